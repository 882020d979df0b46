import type { ForgeRuntime } from './forge-runtime';
import { resolverEvent, runtimePayloadOf } from './forge-wire';
import { RUNTIME_LIMIT_SECONDS } from './invocation-limits';

/** The Forge context a Custom UI resolver call carries for its module. */
export interface ResolverContext {
  accountId?: string;
  cloudId: string;
  localId: string;
  moduleKey: string;
  siteUrl: string;
  environmentId: string;
  environmentType: string;
  extension: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * A function the manifest names (`function: [{ key, handler: index.<name> }]`). Forge calls every
 * one with an event and the runtime payload; what each reads from them is its own business.
 */
export type ForgeFunction = (event: unknown, runtimePayload: unknown) => Promise<unknown>;

/** Whether a module export can be called as a Forge function. */
export const isForgeFunction = (value: unknown): value is ForgeFunction => typeof value === 'function';

/** Either the resolver's result or the error it threw, as Forge relays it to `invoke`. */
export type InvokeOutcome = { ok: true; value: unknown } | { ok: false; error: string };

export interface ResolverCall {
  moduleKey: string;
  /** The manifest function that holds the resolver. */
  resolverFunction?: string;
  functionKey: string;
  payload: unknown;
  accountId?: string;
  extension: Record<string, unknown>;
  localId?: string;
}

export function installContextOf(runtime: ForgeRuntime): string {
  return `ari:cloud:jira::site/${runtime.cloudId}`;
}

/** The context object Forge builds for a module, given the extension data of its surface. */
export function resolverContext(runtime: ForgeRuntime, call: Omit<ResolverCall, 'functionKey' | 'payload'>): ResolverContext {
  return {
    accountId: call.accountId,
    cloudId: runtime.cloudId,
    localId: call.localId ?? `${call.moduleKey}-local`,
    moduleKey: call.moduleKey,
    siteUrl: runtime.siteUrl,
    environmentId: runtime.environmentId,
    environmentType: 'DEVELOPMENT',
    extension: call.extension,
  };
}

/**
 * Invokes a resolver exactly as Forge does: a `{ call, context }` event, the caller in
 * `runtimePayload.principal`, inside an invocation bound to that user and stopped at Forge's 25 s
 * limit (Forge platform limits: invocation time). A stopped resolver answers `invoke` with an
 * error, as Forge relays a failed invocation to the frontend.
 */
export async function invokeResolver(
  runtime: ForgeRuntime,
  handler: ForgeFunction,
  call: ResolverCall,
  limitSeconds = RUNTIME_LIMIT_SECONDS,
): Promise<InvokeOutcome> {
  const context = resolverContext(runtime, call);
  const runtimePayload = runtimePayloadOf(installContextOf(runtime), call.accountId);
  try {
    const value = await runtime.run(
      { accountId: call.accountId, moduleKey: call.moduleKey, functionKey: call.resolverFunction ?? call.functionKey },
      () => handler(resolverEvent(call.functionKey, call.payload, context), runtimePayload),
      limitSeconds,
    );
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Where a function runs without a user: a trigger, a scheduled trigger or an async-event consumer. */
export interface AppInvocation {
  moduleKey: string;
  functionKey: string;
  limitSeconds: number;
  /** The async-event push chain a consumer invocation continues. */
  chainId?: string;
}

/**
 * Calls a function as the app (triggers and consumers have no calling user), with the invocation's
 * time limit. Rejects with the runtime's timeout error when Forge would stop it.
 */
export async function fireAsApp(runtime: ForgeRuntime, invocation: AppInvocation, handler: ForgeFunction, event: unknown): Promise<unknown> {
  return runtime.run(
    { moduleKey: invocation.moduleKey, functionKey: invocation.functionKey, ...(invocation.chainId ? { chainId: invocation.chainId } : {}) },
    () => handler(event, runtimePayloadOf(installContextOf(runtime), undefined)),
    invocation.limitSeconds,
  );
}
