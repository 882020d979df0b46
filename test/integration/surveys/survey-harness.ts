import { z } from 'zod';
import { surveyAdminContract, type SurveyAdminContract, type Tier } from '#surveys/admin-contract';
import { surveyIssueContract } from '#surveys/issue-contract';
import { surveyPortalContract } from '#surveys/portal-contract';
import { DEFAULT_RULES, type FollowUpRule, type SurveyRules } from '#surveys/domain/survey-rules';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { admin, agent, callSurface as call, dataOf, jira, projectId, startSandbox } from '../harness';

/** Calls and checks the survey surfaces of a sandbox, as the UI would. */

/** What stays real when a survey test fakes `Date`: the timers and ticks the sandbox's deliveries and Jest's own waits run on. */
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/**
 * Fakes Jest's `Date` from `now` on, timers staying real, so the app, the emulators and the
 * sandbox's own clock all see the same "now", which `travel` moves; `jest.useRealTimers()` ends it.
 */
export function fakeNow(now: Date): void {
  jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], advanceTimers: true, now });
}

/** Moves the faked "now" on by `ms`. */
export function travel(ms: number): void {
  jest.setSystemTime(new Date(Date.now() + ms));
}

/** A sandbox with the demo tenant (`startSandbox`); with `now`, on Jest's fake `Date` from that moment (`fakeNow`). */
export function startSurveySandbox(options: { now?: Date } = {}): Sandbox {
  if (options.now) fakeNow(options.now);
  return startSandbox();
}

/** Closes a sandbox of `startSurveySandbox`, and gives Jest its real timers back. */
export function stopSurveySandbox(sandbox: Sandbox): void {
  sandbox.close();
  jest.useRealTimers();
}

/** Fires the surveys' hourly scheduled trigger, as Forge does, and lets the sandbox deliver what it sets off. */
export async function sweep(sandbox: Sandbox): Promise<void> {
  await sandbox.fireScheduledTrigger('survey-hourly-sweep');
  await sandbox.settle();
}

export const callPortal = <K extends Extract<keyof typeof surveyPortalContract, string>>(
  sandbox: Sandbox,
  functionKey: K,
  payload: unknown,
  accountId: string | undefined,
) => call(sandbox, surveyPortalContract, 'brm-survey-portal', functionKey, payload, accountId);

/** The panel's survey section; `locale` is its frame's language, as the panel sends it. */
export const callPanel = (sandbox: Sandbox, issueKey: string, accountId: string | undefined, locale?: string) =>
  call(sandbox, surveyIssueContract, 'brm-issue-panel', 'getSurveyPanel', { issueKey, ...(locale ? { locale } : {}) }, accountId);

/** Sets a demo user's language in Jira, as the sandbox's language menu does. */
export function speaks(sandbox: Sandbox, accountId: string, locale: string): void {
  const user = sandbox.jira.store.user(accountId);
  if (!user) throw new Error(`The demo tenant has no user ${accountId}.`);
  sandbox.jira.store.docs.users.put({ ...user, locale });
}

export const callSurveyAdmin = <K extends Extract<keyof SurveyAdminContract, string>>(
  sandbox: Sandbox,
  functionKey: K,
  payload: unknown,
  accountId: string = admin().accountId,
) => call(sandbox, surveyAdminContract, 'brm-admin-page', functionKey, payload, accountId);

/** Turns the survey after a ticket on for ACME (which the demo tenant has set up for BRM), with `changes` to the default rules. */
export async function enableSurveys(sandbox: Sandbox, changes: Partial<SurveyRules> = {}): Promise<{ acmeId: string }> {
  const acmeId = await projectId(sandbox, 'ACME');
  const rules: SurveyRules = {
    ...DEFAULT_RULES,
    enabled: true,
    scope: { kind: 'projects', projects: [{ projectId: acmeId, requestTypeIds: [] }] },
    maxPerCustomer30Days: null,
    ...changes,
  };
  dataOf(await callSurveyAdmin(sandbox, 'saveSurveyRules', { rules }));
  return { acmeId };
}

/** A follow-up that notifies the relationship owner when any dimension scores 1, and on nothing else. */
export const notifyOwnerOnPoorDimension: FollowUpRule = {
  ...DEFAULT_RULES.followUp,
  enabled: true,
  overallAtOrBelow: null,
  dimensionAtOrBelow: 1,
  npsDetractor: false,
  action: 'notify-owner',
};

/**
 * An ACME request raised by a portal customer (not a Complaint or Compliment), never surveyed nor
 * tagged (the demo tenant's seeded surveys and feedback sit on others), the `index`-th one: its key and reporter.
 * `resolveRequest` reopens it first if it is resolved.
 */
export function openCustomerRequest(sandbox: Sandbox, index = 0): { key: string; id: string; reporter: string } {
  const store = sandbox.jira.store;
  const acme = store.project('ACME');
  const customers = new Set(
    store
      .users()
      .filter((u) => u.kind === 'customer')
      .map((u) => u.accountId),
  );
  // Customers who read Jira in English first, so that what the app writes them reads as the tests quote it.
  const readsEnglish = (accountId: string | null): boolean => accountId !== null && store.user(accountId)?.locale === 'en_US';
  // Not a Complaint (the complaint register's workflow rule decides when one may be resolved) nor a Compliment.
  const feedbackTypes = new Set(
    store
      .issueTypes()
      .filter((t) => t.name === 'Complaint' || t.name === 'Compliment')
      .map((t) => t.id),
  );
  const open = store.docs.issues
    .filter(
      (i) =>
        i.projectId === acme?.id &&
        i.requestTypeId !== null &&
        !feedbackTypes.has(i.issueTypeId) &&
        i.reporterId !== null &&
        customers.has(i.reporterId) &&
        i.properties['brm-survey'] === undefined &&
        i.properties['brm-feedback'] === undefined,
    )
    .sort((a, b) => Number(readsEnglish(b.reporterId)) - Number(readsEnglish(a.reporterId)) || Number(a.id) - Number(b.id));
  const issue = open[index];
  if (!issue?.reporterId) throw new Error(`The demo tenant has no customer request #${index}.`);
  return { key: issue.key, id: issue.id, reporter: issue.reporterId };
}

/** Resolves a request as the agent (transition "Resolve"), and lets the sandbox deliver what it sets off. */
export async function resolveRequest(sandbox: Sandbox, key: string): Promise<void> {
  if (sandbox.jira.store.issue(key)?.resolutionId !== null) await reopenRequest(sandbox, key);
  const answer = await sandbox.jira.handle({
    method: 'POST',
    path: `/rest/api/3/issue/${key}/transitions`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transition: { id: '61' } }),
    caller: { kind: 'user', accountId: agent().accountId },
  });
  if (answer.status !== 204) throw new Error(`Resolving ${key} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  await sandbox.settle();
}

/** Reopens a request as the agent. */
export async function reopenRequest(sandbox: Sandbox, key: string): Promise<void> {
  const answer = await sandbox.jira.handle({
    method: 'POST',
    path: `/rest/api/3/issue/${key}/transitions`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transition: { id: '11' } }),
    caller: { kind: 'user', accountId: agent().accountId },
  });
  if (answer.status !== 204) throw new Error(`Reopening ${key} answered ${answer.status}`);
  await sandbox.settle();
}

/** The request's public comments, as its reporter sees them on the portal. */
export async function publicComments(sandbox: Sandbox, key: string): Promise<string[]> {
  const answer = await jira(sandbox, 'GET', `/rest/servicedeskapi/request/${key}/comment?internal=false`);
  return z
    .object({ values: z.array(z.object({ body: z.string() })) })
    .parse(answer.body)
    .values.map((c) => c.body);
}

/** The request's `brm-survey` property, as Jira holds it. */
export const surveyPropertyOf = (sandbox: Sandbox, key: string): unknown => sandbox.jira.store.issue(key)?.properties['brm-survey'];

/** The id of the request's latest invitation, from its `brm-survey` property. */
export const invitationOf = (sandbox: Sandbox, key: string): string =>
  z.object({ invitationId: z.string() }).parse(surveyPropertyOf(sandbox, key)).invitationId;

/**
 * The reporter's first answers to the request's latest invitation, on the portal; `locale` is the
 * portal frame's language, when the test gives one. Answers the resolver's envelope.
 */
export const answerSurvey = (sandbox: Sandbox, request: { key: string; reporter: string }, answers: Record<string, unknown>, locale?: string) =>
  callPortal(
    sandbox,
    'submitSurveyResponse',
    { issueKey: request.key, invitationId: invitationOf(sandbox, request.key), answers, revision: null, ...(locale ? { locale } : {}) },
    request.reporter,
  );

/** A complete set of answers to the default questionnaire. */
export const goodAnswers = { overall: 5, quality: 5, speed: 4, friendliness: 5, orientation: 4, recommend: 10, comment: 'Quick and friendly.' };
export const poorAnswers = { overall: 1, quality: 2, speed: 1, friendliness: 3, orientation: 2, recommend: 2, comment: 'It took three weeks.' };

/**
 * Gives a request its Customer (the reporter's organization) and a Service, as an agent does on the
 * Customer relationship panel; answers their ids.
 */
export async function setCustomerAndService(sandbox: Sandbox, key: string, reporter: string, serviceId: string): Promise<{ customerId: string }> {
  const { callIssue } = await import('../harness');
  const customerId = sandbox.jira.store.organizationsOf(reporter)[0]?.id;
  if (!customerId) throw new Error(`The reporter of ${key} has no organization.`);
  dataOf(await callIssue(sandbox, 'setCustomer', { issueKey: key, customerId }, agent().accountId, 'brm-issue-panel'));
  dataOf(await callIssue(sandbox, 'setService', { issueKey: key, serviceId }, agent().accountId, 'brm-issue-panel'));
  await sandbox.settle();
  return { customerId };
}

/**
 * Gives a request its Customer and a new catalogue service named `serviceName` (owned by
 * `ownerAccountId`), then resolves it, so that its reporter is invited; answers their ids.
 */
export async function resolveWithNewService(
  sandbox: Sandbox,
  request: { key: string; reporter: string },
  serviceName: string,
  ownerAccountId: string | null = null,
): Promise<{ customerId: string; serviceId: string }> {
  const serviceId = await addService(sandbox, serviceName, ownerAccountId);
  const { customerId } = await setCustomerAndService(sandbox, request.key, request.reporter, serviceId);
  await resolveRequest(sandbox, request.key);
  return { customerId, serviceId };
}

/** Adds a service to the catalogue (owned by `ownerAccountId`), as an admin does. */
export async function addService(sandbox: Sandbox, name: string, ownerAccountId: string | null = null): Promise<string> {
  const { callAdmin } = await import('../harness');
  return dataOf(await callAdmin(sandbox, 'saveService', { name, description: '', ownerAccountId }, admin().accountId)).service.id;
}

/** A customer's profile fields a Jira admin edits on the organization panel. */
interface ProfileEdit {
  ownerAccountId: string | null;
  tier: Tier | null;
}

/** Changes a customer's profile in the customer portfolio as a Jira admin does on the organization panel; the rest stays as it was. */
async function editProfile(sandbox: Sandbox, customerId: string, edit: (current: ProfileEdit) => ProfileEdit): Promise<void> {
  const { callPortfolio, panelExtension } = await import('../portfolio/portfolio-harness');
  const panel = <K extends 'getCustomer' | 'saveProfile'>(functionKey: K, payload: unknown) =>
    callPortfolio(sandbox, functionKey, payload, admin().accountId, 'brm-customer-panel', panelExtension(sandbox, customerId));
  const { profile } = dataOf(await panel('getCustomer', { organizationId: customerId }));
  dataOf(
    await panel('saveProfile', {
      organizationId: customerId,
      version: profile.version,
      ...edit({ ownerAccountId: profile.owner?.accountId ?? null, tier: profile.tier }),
      industry: profile.industry,
      keyContacts: profile.keyContacts.map((c) => ({ accountId: c.accountId, role: c.role })),
      enrolledServiceIds: profile.enrolledServices.map((s) => s.id),
    }),
  );
}

/** Gives a customer a BRM owner (or none) in the customer portfolio. */
export const setRelationshipOwner = (sandbox: Sandbox, customerId: string, ownerAccountId: string | null): Promise<void> =>
  editProfile(sandbox, customerId, (current) => ({ ...current, ownerAccountId }));

/** Puts a customer in a tier (or none) of the customer portfolio. */
export const setCustomerTier = (sandbox: Sandbox, customerId: string, tier: Tier | null): Promise<void> =>
  editProfile(sandbox, customerId, (current) => ({ ...current, tier }));
