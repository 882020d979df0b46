import { z } from 'zod';
import { asAppJira } from '#platform/jira/client';
import { readStatusCategory } from '#platform/jira/statuses';
import { readRecord } from '#register/domain/complaint-record';
import { resolutionVerdict } from '#register/domain/resolution-rule';
import { validatorEnabledIn } from '#register/domain/settings';
import { registerText } from '#register/texts';
import { readComplaintIssue } from './complaint-store';
import { readRegisterSettings } from './settings-store';

/** What Jira passes a `jira:workflowValidator` function (Forge manifest reference). */
export const validatorPayload = z.object({
  issue: z.object({ key: z.string() }),
  transition: z.object({ to: z.object({ id: z.string() }) }).passthrough(),
});

export type ValidatorResult = { result: true } | { result: false; errorMessage: string };

/**
 * The workflow rule on complaints: a transition into a Done-category status is allowed once the
 * complaint has a corrective measure and none is still open, unless an admin switched the rule
 * off for the project. Other issue types and other transitions always pass. Runs as the app.
 */
export async function validateResolution(payload: unknown): Promise<ValidatorResult> {
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
  if (!record.ok) return { result: false, errorMessage: registerText('validator.unreadable', { problem: record.problem }) };
  const verdict = resolutionVerdict(record.record);
  if (verdict.allowed) return { result: true };
  return {
    result: false,
    errorMessage:
      verdict.reason === 'no-corrective-measure'
        ? registerText('validator.noCorrective')
        : registerText('validator.openCorrective', { count: verdict.openCorrective }),
  };
}
