import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Caller, KvsBackend, ProductBackend, ProductResponse } from './product-types';
import { DEFAULT_SITE_URL, SANDBOX_ENVIRONMENT_ID } from '../jira/constants';
import { realClock, type Clock } from './clock';
import { installForgeGlobals, routeOf, type FetchTarget, type WireRoute } from './forge-wire';
import { RUNTIME_LIMIT_SECONDS } from './invocation-limits';
import { ScopeGuard } from './scopes/scope-guard';
import { shippedScopeTable } from './scopes/shipped-table';
import type { ScopeTable } from './scopes/scope-table';

/** One call the app made across the platform boundary, as tests and benchmarks count them. */
export interface BoundaryCall {
  type: 'product' | 'kvs' | 'events';
  method: string;
  path: string;
  caller: Caller['kind'];
  status: number;
}

/** What Forge knows about one invocation: who runs it and in which module. */
export interface Invocation {
  accountId?: string;
  moduleKey: string;
  /** The manifest function the invocation runs, for messages. */
  functionKey?: string;
  /**
   * The chain of async-event pushes this invocation belongs to: a consumer invocation continues
   * the chain of the push that queued its event (Forge's cyclic invocation limit counts per chain).
   */
  chainId?: string;
}

/** An invocation while and after it runs: its deadline, and whether Forge still lets it act. */
export interface LiveInvocation extends Invocation {
  id: string;
  chainId: string;
  limitSeconds: number;
  deadline: number;
  state: 'running' | 'finished' | 'stopped';
}

/**
 * The app's platform calls for async events (`@forge/events`): `/webhook/queue/...` through the
 * `stargate` remote. The sandbox's async events emulator answers them.
 */
export interface EventsBackend {
  handle(request: { method: string; path: string; body: string | undefined; invocation: LiveInvocation | undefined }): ProductResponse;
}

export interface ForgeRuntimeOptions {
  jira: ProductBackend;
  kvs: KvsBackend;
  events?: EventsBackend;
  appId?: string;
  environmentId?: string;
  cloudId?: string;
  siteUrl?: string;
  clock?: Clock;
  /**
   * The manifest's `permissions.scopes`. When given, every product and storage call is checked
   * against them (the sandbox always gives them); when absent, nothing is checked.
   */
  scopes?: readonly string[];
  /** The operation-to-scopes table; the shipped one by default. */
  scopeTable?: ScopeTable;
}

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

/** Thrown to the caller of an invocation that ran past its time limit (Forge platform limits: invocation time). */
export class InvocationTimeoutError extends Error {
  constructor(
    readonly functionKey: string,
    readonly limitSeconds: number,
  ) {
    super(`The function '${functionKey}' ran past its ${limitSeconds} s limit and was stopped (Forge invocation limits).`);
    this.name = 'InvocationTimeoutError';
  }
}

/** Thrown to code of an invocation that Forge has stopped or that has already returned, when it calls the platform again. */
export class InvocationEndedError extends Error {
  constructor(live: LiveInvocation) {
    const why = live.state === 'stopped' ? `was stopped at its ${live.limitSeconds} s limit` : 'has already returned';
    super(`The invocation of '${live.functionKey ?? live.moduleKey}' ${why}; Forge refuses its later platform calls.`);
    this.name = 'InvocationEndedError';
  }
}

/**
 * The sandbox's Forge runtime. It installs the two globals the Forge SDKs talk to and runs the
 * app's handlers the way Forge does: one invocation per async context, each bound to its calling
 * user (so `asUser()` requests, which carry no account id, run as that user), each stopped at its
 * time limit, and every product and storage call checked against the manifest's scopes.
 */
export class ForgeRuntime {
  readonly appId: string;
  readonly environmentId: string;
  readonly cloudId: string;
  readonly siteUrl: string;
  readonly clock: Clock;
  /** Every call across the boundary, in order. Tests and benchmarks read and clear it. */
  readonly calls: BoundaryCall[] = [];
  /** Calls refused because their invocation had ended (a zombie's writes), in order. */
  readonly refusedCalls: { invocation: string; method: string; path: string }[] = [];
  private readonly invocation = new AsyncLocalStorage<LiveInvocation>();
  private readonly guard: ScopeGuard | undefined;
  private readonly scopes: readonly string[];

  constructor(private readonly options: ForgeRuntimeOptions) {
    this.appId = options.appId ?? 'b7f1c2d4-0000-4000-8000-000000000b0a';
    this.environmentId = options.environmentId ?? SANDBOX_ENVIRONMENT_ID;
    this.cloudId = options.cloudId ?? 'sandbox-cloud-0001';
    this.siteUrl = options.siteUrl ?? DEFAULT_SITE_URL;
    this.clock = options.clock ?? realClock;
    this.scopes = options.scopes ?? [];
    this.guard = options.scopes ? new ScopeGuard(options.scopeTable ?? shippedScopeTable, options.scopes) : undefined;
  }

  /** The scope check the runtime applies, for other doors into the product (the bridge's `requestJira`). */
  get scopeGuard(): ScopeGuard | undefined {
    return this.guard;
  }

  /** Installs `__forge_fetch__` and `__forge_runtime__` on the global object (forge-wire.ts). */
  install(): this {
    installForgeGlobals((target, path, init) => this.fetch(target, path, init), {
      appContext: () => {
        const current = this.invocation.getStore();
        return {
          appId: this.appId,
          appVersion: '1.0.0',
          environmentId: this.environmentId,
          environmentType: 'DEVELOPMENT',
          invocationId: current?.id ?? 'sandbox-no-invocation',
          installationId: `${this.cloudId}-installation`,
          moduleKey: current?.moduleKey ?? 'sandbox',
          license: undefined,
          installation: undefined,
          permissions: { scopes: [...this.scopes], external: {} },
        };
      },
      remainingMillis: () => this.remainingMillis(),
      newId: () => randomUUID(),
    });
    return this;
  }

  /** The invocation the current async context runs in, if any. */
  current(): LiveInvocation | undefined {
    return this.invocation.getStore();
  }

  /** The time the current invocation has left before Forge stops it; 0 outside any invocation. */
  remainingMillis(): number {
    const live = this.invocation.getStore();
    return live ? Math.max(0, live.deadline - this.clock.now()) : 0;
  }

  /**
   * Runs `fn` as one Forge invocation by `accountId` (or as the app alone, without one). Past
   * `limitSeconds` on the runtime's clock the invocation is stopped: the returned promise rejects
   * with {@link InvocationTimeoutError} and the handler's later platform calls are refused.
   */
  run<T>(invocation: Invocation, fn: () => Promise<T>, limitSeconds: number = RUNTIME_LIMIT_SECONDS): Promise<T> {
    const id = randomUUID();
    const live: LiveInvocation = {
      ...invocation,
      id,
      chainId: invocation.chainId ?? id,
      limitSeconds,
      deadline: this.clock.now() + limitSeconds * 1000,
      state: 'running',
    };
    return new Promise<T>((resolve, reject) => {
      const timer = this.clock.setTimer(limitSeconds * 1000, () => {
        if (live.state !== 'running') return;
        live.state = 'stopped';
        reject(new InvocationTimeoutError(invocation.functionKey ?? invocation.moduleKey, limitSeconds));
      });
      const settle = (): boolean => {
        timer.cancel();
        if (live.state !== 'running') return false;
        live.state = 'finished';
        return true;
      };
      this.invocation.run(live, fn).then(
        (value) => {
          if (settle()) resolve(value);
        },
        (error: unknown) => {
          if (settle()) reject(error);
        },
      );
    });
  }

  /** Forgets the recorded boundary calls. */
  resetCalls(): void {
    this.calls.length = 0;
  }

  private async fetch(target: FetchTarget, path: string, init?: RequestInit): Promise<Response> {
    const method = (init?.method ?? 'GET').toUpperCase();
    const live = this.invocation.getStore();
    if (live && live.state === 'running' && this.clock.now() >= live.deadline) live.state = 'stopped';
    if (live && live.state !== 'running') {
      this.refusedCalls.push({ invocation: live.functionKey ?? live.moduleKey, method, path });
      throw new InvocationEndedError(live);
    }
    const route = routeOf(target, path);
    if (route.kind === 'kvs') {
      const refusal = this.guard?.checkStorage();
      if (refusal) return this.record('kvs', method, path, 'app', refusal);
      const text = await bodyText(init);
      return this.record('kvs', method, path, 'app', this.options.kvs.handle(route.operation, text ? JSON.parse(text) : {}));
    }
    if (route.kind === 'jira') {
      const caller = this.callerFor(route);
      const refusal = this.guard?.checkProduct(method, path);
      if (refusal) return this.record('product', method, path, caller.kind, refusal);
      const answer = await this.options.jira.handle({
        method,
        path,
        headers: headersOf(init),
        body: await bodyText(init),
        caller,
        ...(caller.kind === 'user' ? { viaApp: true } : {}),
      });
      return this.record('product', method, path, caller.kind, answer);
    }
    if (route.kind === 'queue' && this.options.events) {
      const answer = this.options.events.handle({ method, path, body: await bodyText(init), invocation: live });
      return this.record('events', method, path, 'app', answer);
    }
    throw new Error(`The sandbox does not serve ${route.kind === 'unknown' ? route.description : `${route.kind} requests`} (${method} ${path}).`);
  }

  private record(type: BoundaryCall['type'], method: string, path: string, caller: Caller['kind'], answer: ProductResponse): Response {
    this.calls.push({ type, method, path, caller, status: answer.status });
    return toResponse(answer);
  }

  private callerFor(route: Extract<WireRoute, { kind: 'jira' }>): Caller {
    if (route.provider === 'app') return { kind: 'app' };
    if (route.provider === 'user') {
      const accountId = route.accountId ?? this.invocation.getStore()?.accountId;
      return accountId ? { kind: 'user', accountId } : { kind: 'anonymous' };
    }
    // requestJira without asUser/asApp: Forge treats it as the app in backend code.
    return { kind: 'app' };
  }
}
