/**
 * The Custom UI bridge of the sandbox, run inside every app frame before the app's bundle.
 * `@forge/bridge` reads `globalThis.__bridge.callBridge` when it loads and sends every API call
 * through it by name; this script answers those calls the way Jira's host does: resolver calls
 * and product requests go to the sandbox server as the signed-in user, view calls (submit, close,
 * flags, navigation, modals, events) go to the host page by postMessage.
 *
 * The server serves this file transpiled and wrapped in a function, after a script that sets
 * `globalThis.__forgeSandboxFrame` (a FrameConfig). It must not import anything at run time.
 */
import type { ColorMode, FlagOptions, FrameConfig, FrameMessage, HostMessage, ModalRequest } from './protocol';

type BridgeCall = (name: string, payload?: unknown) => Promise<unknown>;

declare global {
  // eslint-disable-next-line no-var
  var __forgeSandboxFrame: FrameConfig | undefined;
  // eslint-disable-next-line no-var
  var __bridge: { callBridge: BridgeCall } | undefined;
}

const TAG = 'forge-sandbox';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

function installBridge(config: FrameConfig): void {
  const context = config.context;
  let colorMode: ColorMode = context.theme.colorMode;
  let themingEnabled = false;
  const listeners = new Map<string, Set<(payload: unknown) => unknown>>();
  const modalCallbacks = new Map<string, (payload: unknown) => unknown>();
  const historyListeners = new Set<(location: HistoryLocation) => void>();
  let historyLocation = locationOf(config.historyPath);

  const post = (message: FrameMessage): void => {
    window.parent.postMessage({ source: TAG, ...message }, window.location.origin);
  };

  const applyTheme = (): void => {
    const root = document.documentElement;
    root.setAttribute('data-theme', 'light:light dark:dark spacing:spacing typography:typography');
    root.setAttribute('data-color-mode', colorMode);
    root.style.colorScheme = colorMode;
  };

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== window.parent || !isRecord(event.data) || event.data.source !== TAG) return;
    const message = hostMessageOf(event.data);
    if (!message) return;
    if (message.type === 'theme') {
      colorMode = message.colorMode;
      if (themingEnabled) applyTheme();
    } else if (message.type === 'event') {
      for (const listener of listeners.get(message.event) ?? []) void listener(message.payload);
    } else if (message.type === 'modalClosed') {
      const callback = modalCallbacks.get(message.id);
      modalCallbacks.delete(message.id);
      if (callback) void callback(message.payload);
    }
  });

  // The host sizes the frame to its content, as Jira does for panels and context items. The
  // content's height is the bottom of the body's lowest child: the document's own scroll height
  // never drops below the frame's current height, so it could grow a frame but never shrink it.
  let reported = -1;
  const reportSize = (): void => {
    const body = document.body;
    if (!body) return;
    let bottom = 0;
    for (const child of Array.from(body.children)) {
      if (child instanceof HTMLScriptElement || child instanceof HTMLStyleElement) continue;
      bottom = Math.max(bottom, child.getBoundingClientRect().bottom + window.scrollY);
    }
    const style = getComputedStyle(body);
    const height = Math.ceil(bottom + parseFloat(style.paddingBottom || '0') + parseFloat(style.marginBottom || '0'));
    if (height === reported) return;
    reported = height;
    post({ type: 'resize', height });
  };
  const observeSize = (): void => {
    const resize = new ResizeObserver(reportSize);
    const watchChildren = (): void => {
      for (const child of Array.from(document.body.children)) resize.observe(child);
      reportSize();
    };
    new MutationObserver(watchChildren).observe(document.body, { childList: true });
    watchChildren();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', observeSize);
  else observeSize();

  async function postJson(path: string, body: unknown): Promise<unknown> {
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  }

  async function invoke(payload: unknown): Promise<unknown> {
    const call = isRecord(payload) ? payload : {};
    const answer = await postJson('/__sandbox/invoke', {
      moduleKey: context.moduleKey,
      localId: context.localId,
      functionKey: call.functionKey,
      payload: call.payload ?? {},
      extension: context.extension,
    });
    if (!isRecord(answer)) throw new Error('The sandbox answered the resolver call with nothing.');
    if (answer.ok !== true) throw new Error(stringOr(answer.error, 'The resolver call failed.'));
    // With metadata requested, Forge wraps the answer as { body, metadata }.
    return call.metadata === undefined ? answer.value : { body: answer.value, metadata: {} };
  }

  async function fetchProduct(payload: unknown): Promise<unknown> {
    const request = isRecord(payload) ? payload : {};
    if (request.product !== 'jira') throw new Error(`The sandbox hosts Jira only; '${String(request.product)}' requests are not available.`);
    const restPath = stringOr(request.restPath, '');
    if (!restPath.startsWith('/rest/')) throw new Error(`requestJira needs a path under /rest/, not '${restPath}'.`);
    const init = isRecord(request.fetchRequestInit) ? request.fetchRequestInit : {};
    const headers = new Headers();
    if (Array.isArray(init.headers)) {
      for (const pair of init.headers) if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') headers.append(pair[0], pair[1]);
    }
    const method = stringOr(init.method, 'GET').toUpperCase();
    const response = await fetch(restPath, {
      method,
      headers,
      credentials: 'same-origin',
      body: method === 'GET' || method === 'HEAD' || typeof init.body !== 'string' ? undefined : init.body,
    });
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      responseHeaders[key] = value;
    });
    return { body: await response.text(), headers: responseHeaders, status: response.status, statusText: response.statusText, isAttachment: false };
  }

  function navigate(payload: unknown): null {
    const location = isRecord(payload) ? payload : {};
    post({ type: 'navigate', url: urlOf(location), newTab: location.type === 'new-tab' });
    return null;
  }

  function createHistory(): unknown {
    const history = {
      get location(): HistoryLocation {
        return historyLocation;
      },
      set location(_next: HistoryLocation) {
        // @forge/bridge assigns the location it is told about; it is already current here.
      },
      action: 'POP',
      push(path: unknown, state?: unknown) {
        move('push', path, state);
      },
      replace(path: unknown, state?: unknown) {
        move('replace', path, state);
      },
      go(delta: number) {
        window.parent.history.go(delta);
      },
      back() {
        window.parent.history.back();
      },
      forward() {
        window.parent.history.forward();
      },
      listen(listener: (location: HistoryLocation) => void) {
        historyListeners.add(listener);
        return () => historyListeners.delete(listener);
      },
      block() {
        return () => undefined;
      },
      createHref(location: unknown) {
        return typeof location === 'string' ? location : hrefOf(isRecord(location) ? location : {});
      },
    };
    const move = (action: 'push' | 'replace', path: unknown, state: unknown): void => {
      const href = typeof path === 'string' ? path : hrefOf(isRecord(path) ? path : {});
      historyLocation = { ...locationOf(href), state: state ?? null };
      history.action = action === 'push' ? 'PUSH' : 'REPLACE';
      post({ type: 'history', action, path: href });
      for (const listener of historyListeners) listener(historyLocation);
    };
    return history;
  }

  function openModal(payload: unknown): boolean {
    const options = isRecord(payload) ? payload : {};
    const id = `modal-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    if (typeof options.onClose === 'function') {
      const onClose = options.onClose;
      modalCallbacks.set(id, (result) => onClose(result));
    }
    const size = options.size;
    const modal: ModalRequest = {
      id,
      resource: typeof options.resource === 'string' ? options.resource : null,
      size: typeof size === 'string' ? size : isRecord(size) && typeof size.width === 'string' ? { width: size.width, height: typeof size.height === 'string' ? size.height : undefined } : 'medium',
      context: isRecord(options.context) ? options.context : {},
      title: stringOr(options.title, ''),
      closeOnEscape: options.closeOnEscape !== false,
      closeOnOverlayClick: options.closeOnOverlayClick !== false,
    };
    post({ type: 'openModal', modal });
    return true;
  }

  function subscribe(payload: unknown): { unsubscribe: () => void } {
    const request = isRecord(payload) ? payload : {};
    const event = stringOr(request.event, '');
    const callback = request.callback;
    if (typeof callback !== 'function') throw new Error('events.on needs a callback.');
    const handler = (value: unknown): unknown => callback(value);
    const set = listeners.get(event) ?? new Set();
    set.add(handler);
    listeners.set(event, set);
    return { unsubscribe: () => set.delete(handler) };
  }

  const calls: Record<string, (payload: unknown) => unknown> = {
    invoke,
    fetchProduct,
    getContext: () => ({ ...context, theme: { ...context.theme, colorMode } }),
    enableTheming: () => {
      themingEnabled = true;
      applyTheme();
      return true;
    },
    submit: (payload) => {
      if (!config.closable) return false;
      post({ type: 'submit', payload });
      return true;
    },
    close: (payload) => {
      if (!config.closable) return false;
      post({ type: 'close', payload });
      return true;
    },
    onClose: () => config.closable,
    open: () => false,
    refresh: (payload) => {
      post({ type: 'refresh', payload });
      return true;
    },
    showFlag: (payload) => {
      const flag = flagOf(payload);
      post({ type: 'flag', flag });
      return true;
    },
    closeFlag: (payload) => {
      post({ type: 'closeFlag', id: isRecord(payload) ? stringOr(payload.id, '') : '' });
      return true;
    },
    navigate,
    getUrl: (payload) => urlOf(isRecord(payload) ? payload : {}),
    reload: () => {
      post({ type: 'reload' });
      return null;
    },
    createHistory,
    changeWindowTitle: (payload) => {
      post({ type: 'title', title: stringOr(payload, '') });
      return true;
    },
    emit: (payload) => {
      const request = isRecord(payload) ? payload : {};
      post({ type: 'emit', event: stringOr(request.event, ''), payload: request.payload });
      return null;
    },
    emitPublic: (payload) => calls.emit?.(payload),
    on: subscribe,
    onPublic: subscribe,
    openModal,
    emitReadyEvent: () => null,
    emitFrontendCustomMetric: () => null,
    isRovoEnabled: () => false,
    getCookieConsentPreferences: () => ({ strictlyNecessary: true, functional: false, analytics: false, marketing: false }),
  };

  globalThis.__bridge = {
    callBridge: async (name: string, payload?: unknown) => {
      const call = calls[name];
      if (!call) throw new Error(`'${name}' is not available in the Forge sandbox.`);
      return call(payload);
    },
  };
}

interface HistoryLocation {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}

function locationOf(href: string): HistoryLocation {
  const url = new URL(href || '/', 'http://history.invalid');
  return { pathname: url.pathname, search: url.search, hash: url.hash, state: null, key: Math.random().toString(36).slice(2, 10) };
}

function hrefOf(location: Record<string, unknown>): string {
  return `${stringOr(location.pathname, '/')}${stringOr(location.search, '')}${stringOr(location.hash, '')}`;
}

/**
 * The sandbox URL of a `router.navigate` location: a URL string or a Forge navigation target.
 * Relative to the page's own origin, which is the site the browser reached.
 */
function urlOf(location: Record<string, unknown>): string {
  const siteUrl = window.location.origin;
  if (typeof location.url === 'string') return new URL(location.url, siteUrl).href;
  const path = (() => {
    switch (location.target) {
      case 'issue':
        return `/browse/${encodeURIComponent(stringOr(location.issueKey, ''))}`;
      case 'dashboard':
        return `/jira/dashboards/${encodeURIComponent(stringOr(location.dashboardId, ''))}`;
      case 'module':
        return `/jira/settings/apps/${encodeURIComponent(stringOr(location.moduleKey, ''))}${stringOr(location.path, '')}`;
      case 'projectSettingsDetails':
        return `/jira/software/projects/${encodeURIComponent(stringOr(location.projectKey, ''))}/issues`;
      case 'userProfile':
        return `/jira/people/${encodeURIComponent(stringOr(location.accountId, ''))}`;
      default:
        throw new Error(`The sandbox cannot navigate to target '${String(location.target)}'.`);
    }
  })();
  return new URL(path, siteUrl).href;
}

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

function hostMessageOf(data: Record<string, unknown>): HostMessage | undefined {
  if (data.type === 'theme' && (data.colorMode === 'light' || data.colorMode === 'dark')) return { type: 'theme', colorMode: data.colorMode };
  if (data.type === 'event' && typeof data.event === 'string') return { type: 'event', event: data.event, payload: data.payload };
  if (data.type === 'modalClosed' && typeof data.id === 'string') return { type: 'modalClosed', id: data.id, payload: data.payload };
  return undefined;
}

const frameConfig = globalThis.__forgeSandboxFrame;
if (frameConfig) installBridge(frameConfig);

export type { FrameConfig };
