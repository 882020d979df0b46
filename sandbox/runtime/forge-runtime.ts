import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Caller, KvsBackend, ProductBackend, ProductResponse } from './product-types';
import { DEFAULT_SITE_URL, SANDBOX_ENVIRONMENT_ID } from '../jira/constants';

/** One call the app made across the platform boundary, as tests and benchmarks count them. */
export interface BoundaryCall {
  type: 'product' | 'kvs';
  method: string;
  path: string;
  caller: Caller['kind'];
  status: number;
}

/** What Forge knows about one invocation: who runs it and in which module. */
export interface Invocation {
  accountId?: string;
  moduleKey: string;
}

export interface ForgeRuntimeOptions {
  jira: ProductBackend;
  kvs: KvsBackend;
  appId?: string;
  environmentId?: string;
  cloudId?: string;
  siteUrl?: string;
}

/** A Forge-shaped target as @forge/api and @forge/kvs hand it to `__forge_fetch__`. */
interface FetchTarget {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

type ForgeFetch = (target: FetchTarget, path: string, init?: RequestInit) => Promise<Response>;

declare global {
  // eslint-disable-next-line no-var
  var __forge_fetch__: ForgeFetch | undefined;
  // eslint-disable-next-line no-var
  var __forge_runtime__: unknown;
}

const noopMetric = { incr: () => undefined, decr: () => undefined, set: () => undefined };
const metrics = {
  counter: () => noopMetric,
  gauge: () => noopMetric,
  timing: () => ({ measure: () => ({ stop: () => undefined }), set: () => undefined }),
};

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

async function bodyText(init: RequestInit | undefined): Promise<string | undefined> {
  const body = init?.body;
  if (body === undefined || body === null) return undefined;
  return new Response(body).text();
}

function toResponse(answer: ProductResponse): Response {
  const headers = new Headers(answer.headers);
  if (answer.body === undefined || answer.status === 204) return new Response(null, { status: answer.status, headers });
  if (typeof answer.body === 'string') return new Response(answer.body, { status: answer.status, headers });
  if (!headers.has('content-type')) headers.set('content-type', 'application/json;charset=UTF-8');
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
}

/**
 * The sandbox's Forge runtime. It installs the two globals the Forge SDKs talk to and runs the
 * app's handlers the way Forge does: one invocation at a time per async context, each bound to its
 * calling user, so that `asUser()` requests (which carry no account id) run as that user.
 */
export class ForgeRuntime {
  readonly appId: string;
  readonly environmentId: string;
  readonly cloudId: string;
  readonly siteUrl: string;
  /** Every call across the boundary, in order. Tests and benchmarks read and clear it. */
  readonly calls: BoundaryCall[] = [];
  private readonly invocation = new AsyncLocalStorage<Invocation>();

  constructor(private readonly options: ForgeRuntimeOptions) {
    this.appId = options.appId ?? 'b7f1c2d4-0000-4000-8000-000000000b0a';
    this.environmentId = options.environmentId ?? SANDBOX_ENVIRONMENT_ID;
    this.cloudId = options.cloudId ?? 'sandbox-cloud-0001';
    this.siteUrl = options.siteUrl ?? DEFAULT_SITE_URL;
  }

  /** Installs `__forge_fetch__` and `__forge_runtime__` on the global object. */
  install(): this {
    const runtime = this;
    globalThis.__forge_fetch__ = (target, path, init) => this.fetch(target, path, init);
    globalThis.__forge_runtime__ = {
      get appContext() {
        const current = runtime.invocation.getStore();
        return {
          appId: runtime.appId,
          appVersion: '1.0.0',
          environmentId: runtime.environmentId,
          environmentType: 'DEVELOPMENT',
          invocationId: randomUUID(),
          installationId: `${runtime.cloudId}-installation`,
          moduleKey: current?.moduleKey ?? 'sandbox',
          license: undefined,
          installation: undefined,
          permissions: { scopes: [], external: {} },
        };
      },
      lambdaContext: { getRemainingTimeInMillis: () => 25_000 },
      metrics,
      tracing: { traceId: randomUUID(), spanId: randomUUID() },
      proxy: { token: 'sandbox', url: 'http://sandbox.invalid' },
      externalAuth: [],
    };
    return this;
  }

  /** The invocation the current async context runs in, if any. */
  current(): Invocation | undefined {
    return this.invocation.getStore();
  }

  /** Runs `fn` as one Forge invocation by `accountId` (or as the app alone, without one). */
  run<T>(invocation: Invocation, fn: () => Promise<T>): Promise<T> {
    return this.invocation.run(invocation, fn);
  }

  /** Forgets the recorded boundary calls. */
  resetCalls(): void {
    this.calls.length = 0;
  }

  private async fetch(target: FetchTarget, path: string, init?: RequestInit): Promise<Response> {
    const method = (init?.method ?? 'GET').toUpperCase();
    if (target.type === 'kvs') {
      const operation = path.replace(/^\/api\/v1\//, '');
      const text = await bodyText(init);
      const answer = this.options.kvs.handle(operation, text ? JSON.parse(text) : {});
      this.calls.push({ type: 'kvs', method, path, caller: 'app', status: answer.status });
      return toResponse(answer);
    }
    if (target.type === 'fpp' && target.remote === 'jira') {
      const caller = this.callerFor(target);
      const answer = await this.options.jira.handle({
        method,
        path,
        headers: headersOf(init),
        body: await bodyText(init),
        caller,
        ...(caller.kind === 'user' ? { viaApp: true } : {}),
      });
      this.calls.push({ type: 'product', method, path, caller: caller.kind, status: answer.status });
      return toResponse(answer);
    }
    throw new Error(`The sandbox does not serve ${target.type} requests to ${target.remote ?? 'an unknown remote'} (${path}).`);
  }

  private callerFor(target: FetchTarget): Caller {
    if (target.provider === 'app') return { kind: 'app' };
    if (target.provider === 'user') {
      const accountId = target.accountId ?? this.invocation.getStore()?.accountId;
      return accountId ? { kind: 'user', accountId } : { kind: 'anonymous' };
    }
    // requestJira without asUser/asApp: Forge treats it as the app in backend code.
    return { kind: 'app' };
  }
}
