/**
 * Every call `@forge/bridge` may make, by name, and how this frame answers it: the server for
 * resolvers and Jira, the host page for view calls, local state for context, events and history.
 * A name missing here is a call the sandbox does not offer.
 */
import type { BridgeCallName } from '../../../runtime/forge-wire';
import type { FlagOptions, FrameConfig } from '../protocol';
import { isRecord, stringOr } from '../values';
import type { FrameEvents } from './events';
import type { FrameHistory } from './history';
import { postToHost } from './host-channel';
import type { FrameModals } from './modals';
import { navigate, urlOf } from './navigation';
import { fetchProduct, invoke } from './server-calls';
import type { FrameTheme } from './theme';

/** One answer per name `@forge/bridge` may call (runtime/forge-wire.ts lists them). */
export type BridgeCalls = Record<BridgeCallName, (payload: unknown) => unknown>;

/** The frame's state the calls read and change. */
export interface FrameParts {
  theme: FrameTheme;
  events: FrameEvents;
  modals: FrameModals;
  history: FrameHistory;
}

export function bridgeCalls(config: FrameConfig, parts: FrameParts): BridgeCalls {
  const context = config.context;
  const { theme, events, modals, history } = parts;
  const emit = (payload: unknown): null => {
    const request = isRecord(payload) ? payload : {};
    postToHost({ type: 'emit', event: stringOr(request.event, ''), payload: request.payload });
    return null;
  };
  const subscribe = (payload: unknown): unknown => events.subscribe(payload);
  return {
    invoke: (payload) => invoke(context, payload),
    fetchProduct,
    getContext: () => ({ ...context, theme: { ...context.theme, colorMode: theme.colorMode } }),
    enableTheming: () => {
      theme.enable();
      return true;
    },
    submit: (payload) => {
      if (!config.closable) return false;
      postToHost({ type: 'submit', payload });
      return true;
    },
    close: (payload) => {
      if (!config.closable) return false;
      postToHost({ type: 'close', payload });
      return true;
    },
    onClose: () => config.closable,
    open: () => false,
    refresh: (payload) => {
      postToHost({ type: 'refresh', payload });
      return true;
    },
    showFlag: (payload) => {
      postToHost({ type: 'flag', flag: flagOf(payload) });
      return true;
    },
    closeFlag: (payload) => {
      postToHost({ type: 'closeFlag', id: isRecord(payload) ? stringOr(payload.id, '') : '' });
      return true;
    },
    navigate,
    getUrl: (payload) => urlOf(isRecord(payload) ? payload : {}),
    reload: () => {
      postToHost({ type: 'reload' });
      return null;
    },
    createHistory: () => history.create(),
    changeWindowTitle: (payload) => {
      postToHost({ type: 'title', title: stringOr(payload, '') });
      return true;
    },
    emit,
    emitPublic: emit,
    on: subscribe,
    onPublic: subscribe,
    openModal: (payload) => modals.open(payload),
    emitReadyEvent: () => null,
    emitFrontendCustomMetric: () => null,
    isRovoEnabled: () => false,
    getCookieConsentPreferences: () => ({ strictlyNecessary: true, functional: false, analytics: false, marketing: false }),
  };
}

/** `showFlag(options)`'s options as a flag the host can show; an id is made up if none was given. */
function flagOf(payload: unknown): FlagOptions {
  const options = isRecord(payload) ? payload : {};
  const type = options.type;
  return {
    id: stringOr(options.id, String(Date.now())),
    title: typeof options.title === 'string' ? options.title : undefined,
    description: typeof options.description === 'string' ? options.description : undefined,
    type: type === 'success' || type === 'warning' || type === 'error' ? type : 'info',
    isAutoDismiss: options.isAutoDismiss === true,
  };
}
