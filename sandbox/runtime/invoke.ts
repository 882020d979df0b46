import type { ForgeRuntime } from './forge-runtime';

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
 * `runtimePayload.principal`, inside an invocation bound to that user.
 */
export async function invokeResolver(runtime: ForgeRuntime, handler: ForgeFunction, call: ResolverCall): Promise<InvokeOutcome> {
  const context = resolverContext(runtime, call);
  const runtimePayload = {
    installContext: installContextOf(runtime),
    ...(call.accountId ? { principal: { accountId: call.accountId } } : {}),
  };
  try {
    const value = await runtime.run({ accountId: call.accountId, moduleKey: call.moduleKey }, () =>
      handler({ call: { functionKey: call.functionKey, payload: call.payload }, context }, runtimePayload),
    );
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Delivers one event to a trigger handler, as the app (triggers have no calling user). */
export async function fireTrigger(runtime: ForgeRuntime, moduleKey: string, handler: ForgeFunction, event: unknown): Promise<unknown> {
  return runtime.run({ moduleKey }, () => handler(event, { installContext: installContextOf(runtime) }));
}
