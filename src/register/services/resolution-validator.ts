import { z } from 'zod';
import type { MessageParams } from '#kernel/message-format';
import { asAppJira } from '#platform/jira/client';
import { siteLocale, userLocale } from '#platform/jira/locales';
import { readStatusCategory } from '#platform/jira/statuses';
import { readRecord } from '#register/domain/complaint-record';
import { resolutionVerdict } from '#register/domain/resolution-rule';
import { validatorEnabledIn } from '#register/domain/settings';
import { REGISTER_TEXTS, type RegisterTextKey } from '#register/texts';
import { readComplaintIssue } from './complaint-store';
import { readRegisterSettings } from './settings-store';

/** What Jira passes a `jira:workflowValidator` function (Forge manifest reference). */
export const validatorPayload = z.object({
  issue: z.object({ key: z.string() }),
  transition: z.object({ to: z.object({ id: z.string() }) }).passthrough(),
});

/** Who takes the transition, when Forge names them in the function's context (`principal`). */
const invocationContext = z.object({ principal: z.object({ accountId: z.string().min(1) }) });

export type ValidatorResult = { result: true } | { result: false; errorMessage: string };

/** The refusal in the acting user's language when Jira names them, in the site's otherwise; Jira is asked only on a refusal. */
async function refusal(context: unknown, key: RegisterTextKey, params?: MessageParams): Promise<ValidatorResult> {
  const acting = invocationContext.safeParse(context);
  const locale = acting.success ? await userLocale(acting.data.principal.accountId) : await siteLocale();
  return { result: false, errorMessage: REGISTER_TEXTS.in(locale, key, params) };
}

/**
 * The workflow rule on complaints: a transition into a Done-category status is allowed once the
 * complaint has a corrective measure and none is still open, unless an admin switched the rule
 * off for the project. Other issue types and other transitions always pass. Runs as the app.
 * `context` is the invocation's context Forge passes beside the payload.
 */
export async function validateResolution(payload: unknown, context?: unknown): Promise<ValidatorResult> {
  const parsed = validatorPayload.safeParse(payload);
  // A payload this function cannot read is Jira's change, not the agent's fault: let it through.
  if (!parsed.success) return { result: true };
  const app = asAppJira();
  const [read, category, settings] = await Promise.all([
    readComplaintIssue(app, parsed.data.issue.key),
    readStatusCategory(app, parsed.data.transition.to.id),
    readRegisterSettings(),
  ]);
  if (!read || !read.issue.isComplaint || category !== 'done' || !validatorEnabledIn(settings, read.issue.projectId)) return { result: true };
  const record = readRecord(read.stored);
  if (!record.ok) return refusal(context, 'validator.unreadable', { problem: record.problem });
  const verdict = resolutionVerdict(record.record);
  if (verdict.allowed) return { result: true };
  return verdict.reason === 'no-corrective-measure'
    ? refusal(context, 'validator.noCorrective')
    : refusal(context, 'validator.openCorrective', { count: verdict.openCorrective });
}
