import { z } from 'zod';
import type { ProductRequest } from '../../runtime/product-types';
import { TRANSITIONS } from '../issues/workflow';
import { canSeeIssue, canWorkIssue, type Actor } from '../permissions';
import { RestError } from '../rest-error';
import type { JiraStore } from '../store/jira-store';
import { validatorsFor } from './workflow-rules';

/** What a `jira:workflowValidator` function is asked (Forge manifest reference, "Validating with lambda functions"). */
export interface ValidatorCall {
  moduleKey: string;
  issue: { key: string };
  configuration: Record<string, unknown>;
  transition: { from: { id: string }; to: { id: string }; modifiedFields: Record<string, unknown> };
}

/** What it answers: whether the transition may go ahead, and the message shown when it may not. */
export interface ValidatorAnswer {
  result: boolean;
  errorMessage?: string;
}

/** Runs one validator module's function (the sandbox runs it in the Forge runtime, as the app). */
export type ValidatorHost = (call: ValidatorCall) => Promise<ValidatorAnswer>;

const TRANSITION_PATH = /^\/rest\/api\/[23]\/issue\/([^/]+)\/transitions\/?$/;
const transitionBody = z.object({
  transition: z.object({ id: z.union([z.string(), z.number()]).transform(String) }),
  fields: z.record(z.string(), z.unknown()).optional(),
});

/** The default message when a validator refuses without one, as Jira shows it for a failed validator. */
export const DEFAULT_VALIDATOR_MESSAGE = 'The transition was refused by a workflow validator.';

/**
 * Runs the validators on a transition before Jira takes it (Transition issue, POST
 * /rest/api/3/issue/{issueIdOrKey}/transitions): each validator the workflow has on that
 * transition for the issue's project and type is asked in turn, and the first that answers
 * `result: false` stops the transition; the REST call answers 400 with its `errorMessage` in
 * `errorMessages`, and nothing changes. Anything the route itself refuses (an issue the caller
 * cannot see or work, a bad body, an unknown transition) is left for the route to answer.
 */
export async function refuseByValidators(
  store: JiraStore,
  request: ProductRequest,
  actor: Actor | undefined,
  host: ValidatorHost,
): Promise<RestError | undefined> {
  if (request.method.toUpperCase() !== 'POST' || actor === undefined) return undefined;
  const match = TRANSITION_PATH.exec(new URL(request.path, 'http://jira.invalid').pathname);
  if (!match?.[1]) return undefined;
  const issue = store.issue(decodeURIComponent(match[1]));
  if (!issue || !canSeeIssue(store, actor, issue) || !canWorkIssue(store, actor, issue)) return undefined;
  let body: z.infer<typeof transitionBody>;
  try {
    const parsed = transitionBody.safeParse(request.body === undefined ? undefined : JSON.parse(request.body));
    if (!parsed.success) return undefined;
    body = parsed.data;
  } catch {
    return undefined;
  }
  const transition = TRANSITIONS.find((t) => t.id === body.transition.id);
  if (!transition) return undefined;
  for (const rule of validatorsFor(store, issue, transition.id)) {
    const answer = await host({
      moduleKey: rule.moduleKey,
      issue: { key: issue.key },
      configuration: rule.configuration,
      transition: { from: { id: issue.statusId }, to: { id: transition.toStatusId }, modifiedFields: body.fields ?? {} },
    });
    if (!answer.result) return new RestError(400, [answer.errorMessage && answer.errorMessage.trim() !== '' ? answer.errorMessage : DEFAULT_VALIDATOR_MESSAGE]);
  }
  return undefined;
}
