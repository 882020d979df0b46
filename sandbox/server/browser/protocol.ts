/**
 * The messages between a host page and the app frames it embeds. Both sides are browser scripts
 * (host/, bridge/) and the server writes their pages, so this file holds only types and the two
 * constants all of them share; anything else here would be bundled into both scripts.
 */

import type { ResolverContext } from '../../runtime/invoke';

/** Every message of the protocol carries this tag, so stray messages from other sources are ignored. */
export const PROTOCOL = 'forge-sandbox';

/** The `data-theme` attribute that switches the design-token themes on for a document (page or frame). */
export const THEME_ATTRIBUTE = 'light:light dark:dark spacing:spacing typography:typography';

export type ColorMode = 'light' | 'dark';

export interface FlagOptions {
  id: string;
  title?: string;
  description?: string;
  type?: 'info' | 'success' | 'warning' | 'error';
  appearance?: string;
  isAutoDismiss?: boolean;
}

export interface ModalRequest {
  /** Identifies the modal to the frame that opened it, so it can get its `onClose` payload back. */
  id: string;
  /** The resource to show; `null` means the opener's own resource. */
  resource: string | null;
  size: string | { width: string; height?: string };
  context: Record<string, unknown>;
  title: string;
  closeOnEscape: boolean;
  closeOnOverlayClick: boolean;
}

/** What an app frame asks of its host page. */
export type FrameMessage =
  | { type: 'resize'; height: number }
  | { type: 'submit'; payload: unknown }
  | { type: 'close'; payload: unknown }
  | { type: 'flag'; flag: FlagOptions }
  | { type: 'closeFlag'; id: string }
  | { type: 'navigate'; url: string; newTab: boolean }
  | { type: 'reload' }
  | { type: 'refresh'; payload: unknown }
  | { type: 'history'; action: 'push' | 'replace'; path: string }
  | { type: 'emit'; event: string; payload: unknown }
  | { type: 'openModal'; modal: ModalRequest }
  | { type: 'title'; title: string };

/** What a host page tells its app frames. */
export type HostMessage =
  { type: 'theme'; colorMode: ColorMode } | { type: 'event'; event: string; payload: unknown } | { type: 'modalClosed'; id: string; payload: unknown };

/** The configuration the server writes into each app frame, ahead of the app's bundle. */
export interface FrameConfig {
  /** The Forge context `view.getContext()` answers. */
  context: ResolverContext & {
    locale: string;
    timezone: string;
    theme: { colorMode: ColorMode; light: 'light'; dark: 'dark'; spacing: 'spacing'; typography: 'typography' };
  };
  /** Whether `view.close()` and `view.submit()` may close this frame (modals, gadget edit). */
  closable: boolean;
  /** The initial location `view.createHistory()` reports (full-page modules). */
  historyPath: string;
}
