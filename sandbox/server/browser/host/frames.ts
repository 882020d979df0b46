/**
 * The app frames on a host page: finding them, telling them things, and the URL and extension
 * (Forge's `context.extension`) each one carries.
 */
import { PROTOCOL, type HostMessage } from '../protocol';
import { isRecord } from '../values';

/** What closing a frame means depends on where it sits (the frame's `data-role`). */
export type FrameRole = 'inline' | 'action' | 'app-modal' | 'gadget-edit' | 'field-edit';

export function frames(): HTMLIFrameElement[] {
  return Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe.forge-frame'));
}

export function send(frame: HTMLIFrameElement, message: HostMessage): void {
  frame.contentWindow?.postMessage({ source: PROTOCOL, ...message }, window.location.origin);
}

/** Tells every frame on the page, except `except` if given. */
export function broadcast(message: HostMessage, except?: HTMLIFrameElement): void {
  for (const frame of frames()) if (frame !== except) send(frame, message);
}

/** The frame a message came from, if it is one of the page's app frames. */
export function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  return frames().find((frame) => frame.contentWindow === source);
}

/** The URL of an app frame, the same form the server writes into its pages (app-frames.ts). */
export function frameUrl(resourceKey: string, moduleKey: string, extension: Record<string, unknown>, closable: boolean): string {
  const query = new URLSearchParams({ moduleKey, ext: JSON.stringify(extension) });
  if (closable) query.set('closable', '1');
  return `/__app/${encodeURIComponent(resourceKey)}/?${query.toString()}`;
}

/** A JSON object written into an attribute or query parameter; `{}` if it is missing or not one. */
export function parseExtension(json: string | null | undefined): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(json ?? '{}');
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

export function extensionOf(frame: HTMLIFrameElement): Record<string, unknown> {
  return parseExtension(frame.dataset.extension);
}
