/**
 * Forge's private wire, in one place: how the `@forge/*` SDKs reach the platform, which the
 * sandbox answers in Forge's stead. None of it is documented by Atlassian; it is read from the
 * packages' own code (`node_modules/@forge/*`) and checked against the installed versions by
 * test/runtime/forge-wire.test.ts, which fails naming the package and version when an upgrade
 * changes it. Everything else in the sandbox goes through this module.
 *
 * - `@forge/api` (requestJira) and `@forge/kvs` call `globalThis.__forge_fetch__(target, path, init)`
 *   and read `globalThis.__forge_runtime__` (the app context, the invocation's remaining time,
 *   metrics, tracing, the egress proxy). `@forge/events` pushes through the same fetch.
 * - `@forge/resolver`'s handler takes `({ call: { functionKey, payload }, context }, runtimePayload)`
 *   and reads the caller from `runtimePayload.principal.accountId`.
 * - `@forge/bridge` looks up `globalThis.__bridge.callBridge(name, payload)` when it loads.
 *
 * Kept free of Node and of dependencies: the frames' bridge script (server/browser/bridge) bundles
 * the bridge's names from here.
 */

/** The global `@forge/api`, `@forge/kvs` and `@forge/events` send every platform call through. */
export const FORGE_FETCH_GLOBAL = '__forge_fetch__';
/** The global the SDKs read the invocation's context and limits from. */
export const FORGE_RUNTIME_GLOBAL = '__forge_runtime__';

/** The first argument of `__forge_fetch__`: which platform service a call is for. */
export interface FetchTarget {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

export type ForgeFetch = (target: FetchTarget, path: string, init?: RequestInit) => Promise<Response>;

/** Where a `__forge_fetch__` call goes, as the sandbox routes it. */
export type WireRoute =
  /** A product REST call to Jira: as the app, as a user (asUser: the invocation's user, or `accountId`), or unspecified (the app). */
  | { kind: 'jira'; provider: 'app' | 'user' | 'none'; accountId?: string }
  /** `@forge/kvs`: `POST /api/v1/<operation>` with a JSON body. */
  | { kind: 'kvs'; operation: string }
  /** `@forge/events`: a push to a queue, through the platform's webhook. */
  | { kind: 'queue' }
  | { kind: 'unknown'; description: string };

const KVS_PATH = /^\/api\/v1\//;
const QUEUE_PATH = /^\/webhook\/queue\//;

/** Reads a `__forge_fetch__` call's target and path. */
export function routeOf(target: FetchTarget, path: string): WireRoute {
  if (target.type === 'kvs') return { kind: 'kvs', operation: path.replace(KVS_PATH, '') };
  if (target.type === 'fpp' && target.remote === 'jira') {
    const provider = target.provider === 'app' || target.provider === 'user' ? target.provider : 'none';
    return { kind: 'jira', provider, ...(target.accountId ? { accountId: target.accountId } : {}) };
  }
  if (target.type === 'fpp' && target.remote === 'stargate' && QUEUE_PATH.test(path)) return { kind: 'queue' };
  return { kind: 'unknown', description: `${target.type} requests to ${target.remote ?? 'an unknown remote'}` };
}

/** The app context `__forge_runtime__.appContext` gives the SDKs (getAppContext(), KVS and events headers). */
export interface WireAppContext {
  appId: string;
  appVersion: string;
  environmentId: string;
  environmentType: string;
  invocationId: string;
  installationId: string;
  moduleKey: string;
  license: undefined;
  installation: undefined;
  permissions: { scopes: string[]; external: Record<string, never> };
}

export interface WireRuntime {
  /** Read anew on every SDK call, inside the invocation it runs in. */
  appContext: () => WireAppContext;
  /** What `getAppContext().invocationRemainingTimeInMillis()` answers. */
  remainingMillis: () => number;
  /** Fresh ids for the tracing headers. */
  newId: () => string;
}

declare global {
  var __forge_fetch__: ForgeFetch | undefined;
  var __forge_runtime__: unknown;
}

const noopMetric = { incr: () => undefined, decr: () => undefined, set: () => undefined };
const metrics = {
  counter: () => noopMetric,
  gauge: () => noopMetric,
  timing: () => ({ measure: () => ({ stop: () => undefined }), set: () => undefined }),
};

/** Installs the two globals the SDKs reach the platform through. */
export function installForgeGlobals(fetch: ForgeFetch, runtime: WireRuntime): void {
  globalThis.__forge_fetch__ = fetch;
  globalThis.__forge_runtime__ = {
    // A getter: the SDKs read it on every call, inside the invocation they run in.
    get appContext() {
      return runtime.appContext();
    },
    lambdaContext: { getRemainingTimeInMillis: () => runtime.remainingMillis() },
    metrics,
    tracing: { traceId: runtime.newId(), spanId: runtime.newId() },
    proxy: { token: 'sandbox', url: 'http://sandbox.invalid' },
    externalAuth: [],
  };
}

/** The event a Forge function that holds a resolver (`@forge/resolver`'s handler) is called with. */
export const resolverEvent = (functionKey: string, payload: unknown, context: Record<string, unknown>) => ({ call: { functionKey, payload }, context });

/** The second argument Forge passes every function: the installation, and the calling user for a resolver. */
export const runtimePayloadOf = (installContext: string, accountId: string | undefined) => ({
  installContext,
  ...(accountId ? { principal: { accountId } } : {}),
});

/** The global `@forge/bridge` finds the host through, in a Custom UI frame. */
export const BRIDGE_GLOBAL = '__bridge';

/**
 * The names `@forge/bridge` calls `callBridge` with, that the sandbox's frames answer (the bridge's
 * `invoke`, `view.*`, `router.*`, `events.*`, `requestJira`, flags and modals).
 */
export const BRIDGE_CALLS = [
  'invoke',
  'fetchProduct',
  'getContext',
  'enableTheming',
  'submit',
  'close',
  'onClose',
  'open',
  'refresh',
  'showFlag',
  'closeFlag',
  'navigate',
  'getUrl',
  'reload',
  'createHistory',
  'changeWindowTitle',
  'emit',
  'emitPublic',
  'on',
  'onPublic',
  'openModal',
  'emitReadyEvent',
  'emitFrontendCustomMetric',
  'isRovoEnabled',
  'getCookieConsentPreferences',
] as const;
export type BridgeCallName = (typeof BRIDGE_CALLS)[number];
