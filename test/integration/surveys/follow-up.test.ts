import type { Sandbox } from '@brm/sandbox/sandbox';
import { DEFAULT_RULES } from '#surveys/domain/survey-rules';
import { acmeOnlyAgent, agent, dataOf, errorOf, startSandbox } from '../harness';
import {
  addService,
  answerSurvey,
  callPanel,
  callPortal,
  enableSurveys,
  goodAnswers,
  invitationOf,
  notifyOwnerOnPoorDimension,
  openCustomerRequest,
  poorAnswers,
  resolveRequest,
  resolveWithNewService,
  setCustomerAndService,
  setRelationshipOwner,
  surveyPropertyOf,
} from './survey-harness';

jest.setTimeout(60_000);

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = startSandbox();
});
afterEach(() => sandbox.close());

const linkedComplaints = (key: string) => {
  const store = sandbox.jira.store;
  const issue = store.issue(key);
  const complaintType = store.issueTypes().find((t) => t.name === 'Complaint');
  return store.docs.issueLinks
    .all()
    .flatMap((l) => (l.inwardIssueId === issue?.id ? [l.outwardIssueId] : l.outwardIssueId === issue?.id ? [l.inwardIssueId] : []))
    .map((id) => store.docs.issues.get(id))
    .filter((i) => i?.issueTypeId === complaintType?.id);
};

describe('follow-up on low scores', () => {
  it('a low score creates one linked Complaint with the customer and service filled, shown to the agent', async () => {
    await enableSurveys(sandbox, { followUp: { ...DEFAULT_RULES.followUp, enabled: true, overallAtOrBelow: 2, npsDetractor: true, action: 'complaint' } });
    const request = openCustomerRequest(sandbox);
    const { customerId, serviceId } = await resolveWithNewService(sandbox, request, 'Laptops');
    const invitationId = invitationOf(sandbox, request.key);
    const first = dataOf(await answerSurvey(sandbox, request, poorAnswers));
    await sandbox.settle();
    const complaints = linkedComplaints(request.key);
    expect(complaints).toHaveLength(1);
    const complaint = complaints[0];
    const values = Object.values(complaint?.customFields ?? {});
    expect(values).toEqual(expect.arrayContaining([expect.objectContaining({ id: customerId }), expect.objectContaining({ id: serviceId, name: 'Laptops' })]));
    expect(complaint?.labels).toEqual(expect.arrayContaining(['brm-category-service-quality', 'brm-severity-high']));
    const panel = dataOf(await callPanel(sandbox, request.key, agent().accountId));
    expect(panel.survey?.followUp).toMatchObject({ status: 'done', action: 'complaint', issueKey: complaint?.key });
    expect(surveyPropertyOf(sandbox, request.key)).toMatchObject({ followUpIssueKey: complaint?.key });

    // Once per response: an edit that stays low, and sweeps, raise nothing more.
    dataOf(
      await callPortal(
        sandbox,
        'submitSurveyResponse',
        { issueKey: request.key, invitationId, answers: { ...poorAnswers, overall: 2 }, revision: first.revision },
        request.reporter,
      ),
    );
    await sandbox.fireScheduledTrigger('survey-hourly-sweep');
    await sandbox.fireScheduledTrigger('survey-hourly-sweep');
    await sandbox.settle();
    expect(linkedComplaints(request.key)).toHaveLength(1);
  });

  it('a Complaint Jira refuses to create is tried again, and the panel says why in its reader’s language', async () => {
    await enableSurveys(sandbox, { followUp: { ...DEFAULT_RULES.followUp, enabled: true, overallAtOrBelow: 2, npsDetractor: true, action: 'complaint' } });
    const request = openCustomerRequest(sandbox);
    await setCustomerAndService(sandbox, request.key, request.reporter, await addService(sandbox, 'Laptops'));
    await resolveRequest(sandbox, request.key);
    sandbox.jira.injectFault({ method: 'POST', pathPattern: /\/rest\/api\/3\/issue$/, status: 500, times: 1 });
    dataOf(
      await callPortal(
        sandbox,
        'submitSurveyResponse',
        { issueKey: request.key, invitationId: invitationOf(sandbox, request.key), answers: poorAnswers, revision: null },
        request.reporter,
      ),
    );
    await sandbox.settle();
    expect(linkedComplaints(request.key)).toHaveLength(0);
    expect(dataOf(await callPanel(sandbox, request.key, agent().accountId, 'de')).survey?.followUp).toMatchObject({
      status: 'claimed',
      reason: 'Jira konnte dies nicht ausführen (500): Internal server error.',
    });
    expect(dataOf(await callPanel(sandbox, request.key, agent().accountId, 'id')).survey?.followUp?.reason).toBe(
      'Jira tidak dapat melakukan ini (500): Internal server error.',
    );
  });

  it('a good score raises nothing', async () => {
    await enableSurveys(sandbox, { followUp: { ...DEFAULT_RULES.followUp, enabled: true, overallAtOrBelow: 2, npsDetractor: true, action: 'complaint' } });
    const request = openCustomerRequest(sandbox);
    await resolveWithNewService(sandbox, request, 'Printers');
    dataOf(await answerSurvey(sandbox, request, goodAnswers));
    expect(linkedComplaints(request.key)).toHaveLength(0);
    expect(dataOf(await callPanel(sandbox, request.key, agent().accountId)).survey?.followUp).toBeNull();
  });

  it('or notifies the customer’s relationship owner, once', async () => {
    const serviceOwner = agent().accountId;
    await enableSurveys(sandbox, { followUp: notifyOwnerOnPoorDimension });
    const request = openCustomerRequest(sandbox);
    const { customerId } = await setCustomerAndService(sandbox, request.key, request.reporter, await addService(sandbox, 'Network', serviceOwner));
    await setRelationshipOwner(sandbox, customerId, acmeOnlyAgent().accountId);
    await resolveRequest(sandbox, request.key);
    dataOf(await answerSurvey(sandbox, request, poorAnswers));
    await sandbox.fireScheduledTrigger('survey-hourly-sweep');
    await sandbox.fireScheduledTrigger('survey-hourly-sweep');
    const mails = sandbox.jira.store.docs.notifications.all();
    expect(mails.map((m) => [m.subject, m.recipientIds])).toEqual([[`Low satisfaction score on ${request.key}`, [acmeOnlyAgent().accountId]]]);
    expect(mails[0]?.textBody).toContain('Speed 1 of 5');
    expect(linkedComplaints(request.key)).toHaveLength(0);
  });

  it('or, for a customer without a BRM owner, the owner of the request’s service', async () => {
    const serviceOwner = agent().accountId;
    await enableSurveys(sandbox, { followUp: notifyOwnerOnPoorDimension });
    const request = openCustomerRequest(sandbox);
    const { customerId } = await setCustomerAndService(sandbox, request.key, request.reporter, await addService(sandbox, 'Network', serviceOwner));
    await setRelationshipOwner(sandbox, customerId, null);
    await resolveRequest(sandbox, request.key);
    dataOf(await answerSurvey(sandbox, request, poorAnswers));
    await sandbox.fireScheduledTrigger('survey-hourly-sweep');
    expect(sandbox.jira.store.docs.notifications.all().map((m) => m.recipientIds)).toEqual([[serviceOwner]]);
  });
});

describe('bad answers', () => {
  it('names the question of an out-of-range score, an unknown question, a missing required answer and text over the limit, and writes nothing', async () => {
    await enableSurveys(sandbox);
    const request = openCustomerRequest(sandbox);
    const { callSurveyAdmin } = await import('./survey-harness');
    const before = dataOf(await callSurveyAdmin(sandbox, 'getSurveyOverview', {})).totals;
    await resolveRequest(sandbox, request.key);
    const invitationId = invitationOf(sandbox, request.key);
    const submit = (answers: Record<string, unknown>) => answerSurvey(sandbox, request, answers);
    expect(errorOf(await submit({ ...goodAnswers, recommend: 11 }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'answers.recommend',
      message: 'answers.recommend: must be a whole number from 0 to 10',
    });
    expect(errorOf(await submit({ ...goodAnswers, mood: 3 }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'answers.mood',
      message: 'answers.mood: is not a question of this survey',
    });
    const { overall: _overall, ...withoutOverall } = goodAnswers;
    expect(errorOf(await submit(withoutOverall))).toMatchObject({ code: 'INVALID_INPUT', field: 'answers.overall', message: 'answers.overall: is required' });
    expect(errorOf(await submit({ ...goodAnswers, comment: 'x'.repeat(1001) }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'answers.comment',
      message: 'answers.comment: must be at most 1000 characters',
    });
    expect(
      errorOf(await callPortal(sandbox, 'submitSurveyResponse', { issueKey: request.key, invitationId, answers: 'five', revision: null }, request.reporter)),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'answers' });
    expect(surveyPropertyOf(sandbox, request.key)).toMatchObject({ status: 'sent' });
    expect(dataOf(await callSurveyAdmin(sandbox, 'getSurveyOverview', {})).totals).toMatchObject({ sent: before.sent + 1, answered: before.answered });
  });
});
