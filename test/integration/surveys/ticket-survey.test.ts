import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { customers, dataOf, errorOf, startSandbox } from '../harness';
import { callPanel, callPortal, enableSurveys, goodAnswers, openCustomerRequest, publicComments, resolveRequest, surveyPropertyOf } from './survey-harness';

jest.setTimeout(60_000);

let sandbox: Sandbox;

beforeEach(async () => {
  sandbox = startSandbox();
  await enableSurveys(sandbox);
});
afterEach(() => sandbox.close());

const surveyProperty = z
  .object({ status: z.string(), invitationId: z.string(), overall: z.number().optional(), respondent: z.string().optional() })
  .passthrough();

describe('the survey after a ticket', () => {
  it('invites the reporter once when the request is resolved: a public comment with the portal link and the brm-survey property', async () => {
    const request = openCustomerRequest(sandbox);
    await resolveRequest(sandbox, request.key);
    const property = surveyProperty.parse(surveyPropertyOf(sandbox, request.key));
    expect(property.status).toBe('sent');
    const comments = await publicComments(sandbox, request.key);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toContain(`/servicedesk/customer/portal/1/${request.key}`);
  });

  it('a duplicate trigger delivery sends one invitation', async () => {
    const request = openCustomerRequest(sandbox);
    await resolveRequest(sandbox, request.key);
    const event = { issue: { id: request.id, key: request.key }, changelog: { items: [{ field: 'resolution', fieldId: 'resolution', to: '10000' }] } };
    await sandbox.deliverEvent('avi:jira:updated:issue', event);
    await sandbox.deliverEvent('avi:jira:updated:issue', event);
    await sandbox.settle();
    expect(await publicComments(sandbox, request.key)).toHaveLength(1);
    const property = surveyProperty.parse(surveyPropertyOf(sandbox, request.key));
    expect(property.status).toBe('sent');
    expect(z.object({ history: z.array(z.unknown()).optional() }).parse(property).history).toBeUndefined();
  });

  it('the reporter answers; a second submit, even a concurrent one, gets "already answered" and is counted once', async () => {
    const request = openCustomerRequest(sandbox);
    const { callSurveyAdmin } = await import('./survey-harness');
    // The demo tenant has a year of answers already: this one adds to them.
    const before = dataOf(await callSurveyAdmin(sandbox, 'getSurveyOverview', {})).totals;
    await resolveRequest(sandbox, request.key);
    const shown = dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: request.key, locale: 'en_US' }, request.reporter)).survey;
    if (!shown) throw new Error('The reporter sees no survey.');
    expect(shown.state).toBe('open');
    const submit = () =>
      callPortal(
        sandbox,
        'submitSurveyResponse',
        { issueKey: request.key, invitationId: shown.invitationId, answers: goodAnswers, revision: null },
        request.reporter,
      );
    const results = await Promise.all([submit(), submit()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && errorOf(refused)).toMatchObject({ code: 'CONFLICT', message: 'This survey has already been answered.' });
    const property = surveyProperty.parse(surveyPropertyOf(sandbox, request.key));
    expect(property).toMatchObject({ status: 'answered', overall: 5 });
    const overview = dataOf(await callSurveyAdmin(sandbox, 'getSurveyOverview', {}));
    expect(overview.totals).toMatchObject({ sent: before.sent + 1, answered: before.answered + 1 });
    // A 5 and a 10 raise CSAT and NPS (counted once: twice would raise them further than once does).
    const answered = before.answered;
    const expectedCsat = ((((before.csat ?? 0) / 100) * answered + 1) / (answered + 1)) * 100;
    expect(overview.totals.csat).toBeCloseTo(expectedCsat, 6);
  });

  it('refuses a customer of another organization', async () => {
    const request = openCustomerRequest(sandbox);
    await resolveRequest(sandbox, request.key);
    const reporterOrg = sandbox.jira.store.organizationsOf(request.reporter)[0]?.id;
    const stranger = customers().find((c) => !sandbox.jira.store.organizationsOf(c.accountId).some((o) => o.id === reporterOrg));
    if (!stranger) throw new Error('No customer of another organization.');
    const seen = await callPortal(sandbox, 'getPortalSurvey', { issueKey: request.key }, stranger.accountId);
    expect(errorOf(seen).code).toBe('NOT_FOUND');
    const invitationId = surveyProperty.parse(surveyPropertyOf(sandbox, request.key)).invitationId;
    const submitted = await callPortal(
      sandbox,
      'submitSurveyResponse',
      { issueKey: request.key, invitationId, answers: goodAnswers, revision: null },
      stranger.accountId,
    );
    expect(errorOf(submitted).code).toBe('NOT_FOUND');
    expect(surveyProperty.parse(surveyPropertyOf(sandbox, request.key)).status).toBe('sent');
  });

  it('shows the agent the status and, once answered, the answers by dimension, the NPS category and the comment', async () => {
    const request = openCustomerRequest(sandbox);
    await resolveRequest(sandbox, request.key);
    const { agent } = await import('../harness');
    expect(dataOf(await callPanel(sandbox, request.key, agent().accountId)).survey?.status).toBe('sent');
    const invitationId = surveyProperty.parse(surveyPropertyOf(sandbox, request.key)).invitationId;
    dataOf(await callPortal(sandbox, 'submitSurveyResponse', { issueKey: request.key, invitationId, answers: goodAnswers, revision: null }, request.reporter));
    const panel = dataOf(await callPanel(sandbox, request.key, agent().accountId));
    expect(panel.survey).toMatchObject({ status: 'answered', overall: 5, nps: 10, npsCategory: 'promoter', comment: 'Quick and friendly.' });
    expect(panel.survey?.dimensions.find((d) => d.id === 'speed')).toMatchObject({ label: 'Speed', kind: 'hard', value: 4 });
    expect(panel.survey?.respondent?.accountId).toBe(request.reporter);
    expect(errorOf(await callPanel(sandbox, request.key, request.reporter)).code).toBe('FORBIDDEN');
  });
});
