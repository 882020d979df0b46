import type { AppManifest } from './app-manifest';

/**
 * How long Forge lets one invocation run, after the Forge platform limits page ("Invocation
 * limits", developer.atlassian.com/platform/forge/limits-invocation) and the `function` module
 * reference (`timeoutSeconds`):
 * - UI resolvers, product-event triggers and workflow validator functions: 25 s;
 * - functions referenced only by `consumer` or `scheduledTrigger` modules: `timeoutSeconds`,
 *   1 to 900 s, 55 s when absent. A function that some other module also uses keeps 25 s (the
 *   limits page grants the longer runtime only to functions referenced by nothing else).
 */
export const RUNTIME_LIMIT_SECONDS = 25;
export const DEFAULT_LONG_RUNNING_SECONDS = 55;
export const MAX_TIMEOUT_SECONDS = 900;

/** What started an invocation. */
export type InvocationKind = 'resolver' | 'trigger' | 'scheduledTrigger' | 'consumer' | 'workflowValidator';

const LONG_RUNNING_KINDS: ReadonlySet<InvocationKind> = new Set(['consumer', 'scheduledTrigger']);

/** Every module kind that references `functionKey`. */
function referencesOf(manifest: AppManifest, functionKey: string): InvocationKind[] {
  const kinds: InvocationKind[] = [];
  if (manifest.modules.some((m) => m.resolverFunction === functionKey)) kinds.push('resolver');
  if (manifest.triggers.some((t) => t.functionKey === functionKey)) kinds.push('trigger');
  if (manifest.scheduledTriggers.some((t) => t.functionKey === functionKey)) kinds.push('scheduledTrigger');
  if (manifest.consumers.some((c) => c.functionKey === functionKey)) kinds.push('consumer');
  if (manifest.workflowValidators.some((v) => v.functionKey === functionKey)) kinds.push('workflowValidator');
  return kinds;
}

/** The time limit, in seconds, of an invocation of `functionKey` started by a module of `kind`. */
export function timeLimitSeconds(manifest: AppManifest, functionKey: string, kind: InvocationKind): number {
  const fn = manifest.functions.find((f) => f.key === functionKey);
  const timeout = fn?.timeoutSeconds;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 1 || timeout > MAX_TIMEOUT_SECONDS)) {
    throw new Error(`manifest.yml: function '${functionKey}' sets timeoutSeconds ${timeout}; Forge takes a whole number from 1 to ${MAX_TIMEOUT_SECONDS}.`);
  }
  if (!LONG_RUNNING_KINDS.has(kind)) return RUNTIME_LIMIT_SECONDS;
  const onlyLongRunning = referencesOf(manifest, functionKey).every((k) => LONG_RUNNING_KINDS.has(k));
  return onlyLongRunning ? (timeout ?? DEFAULT_LONG_RUNNING_SECONDS) : RUNTIME_LIMIT_SECONDS;
}
