import { remainingInvocationMs } from '#platform/invocation';
import { runEscalation, type RunOptions, type RunOutcome } from '#register/services/escalation/escalation-run';

/**
 * The daily `scheduledTrigger` `register-escalation` (function `escalate-complaints`): finds
 * overdue measures and stalled complaints and alerts each once (services/escalation). Forge may
 * deliver it twice; the alerts' claims make that harmless.
 */
export function escalationTrigger(options: Partial<RunOptions> = {}): () => Promise<RunOutcome> {
  return () => runEscalation({ remainingMs: remainingInvocationMs, ...options });
}

export const escalateComplaints = escalationTrigger();
