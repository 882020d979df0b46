import { type AppConsumer, type AppFunction, type AppManifest } from '#sandbox/runtime/app-manifest';
import { appManifest } from '#sandbox/test/support/app-under-test';

/**
 * A manifest for a tiny test app: the project's own modules (so that `invoke` finds its UI
 * modules), plus whatever functions, consumers and triggers a test adds, with the scopes it names.
 */
export function testManifest(extra: {
  scopes?: string[];
  addScopes?: string[];
  functions?: AppFunction[];
  consumers?: AppConsumer[];
  triggers?: AppManifest['triggers'];
  scheduledTriggers?: AppManifest['scheduledTriggers'];
  workflowValidators?: AppManifest['workflowValidators'];
}): AppManifest {
  const base = appManifest();
  return {
    ...base,
    scopes: [...(extra.scopes ?? base.scopes), ...(extra.addScopes ?? [])],
    functions: [...base.functions, ...(extra.functions ?? [])],
    consumers: [...base.consumers, ...(extra.consumers ?? [])],
    triggers: extra.triggers ?? base.triggers,
    scheduledTriggers: [...base.scheduledTriggers, ...(extra.scheduledTriggers ?? [])],
    workflowValidators: [...base.workflowValidators, ...(extra.workflowValidators ?? [])],
  };
}
