import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { agent, customers, dataOf, startSandbox } from '../harness';
import {
  addService,
  callPanel,
  callPortal,
  callSurveyAdmin,
  enableSurveys,
  openCustomerRequest,
  poorAnswers,
  resolveRequest,
  setCustomerAndService,
  surveyPropertyOf,
} from './survey-harness';

jest.setTimeout(60_000);

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = startSandbox();
});
afterEach(() => sandbox.close());

/** A request shared with the reporter's organization, and a colleague in that organization who may therefore answer it. */
function sharedRequestAndColleague(): { key: string; reporter: string; colleague: string } {
  for (let i = 0; ; i++) {
    const request = openCustomerRequest(sandbox, i);
    const issue = sandbox.jira.store.issue(request.key);
    const organizationId = issue?.organizationIds[0];
    const colleague = customers().find(
      (c) => c.accountId !== request.reporter && sandbox.jira.store.organizationsOf(c.accountId).some((o) => o.id === organizationId),
    );
    if (organizationId && colleague) return { key: request.key, reporter: request.reporter, colleague: colleague.accountId };
  }
}

describe('an anonymous survey', () => {
  it('stores no account id of whoever answered, and no resolver output reveals who answered', async () => {
    await enableSurveys(sandbox, { anonymous: true, responders: 'organization' });
    const { key, reporter, colleague } = sharedRequestAndColleague();
    await setCustomerAndService(sandbox, key, reporter, await addService(sandbox, 'Email'));
    await resolveRequest(sandbox, key);
    const invitationId = z.object({ invitationId: z.string() }).parse(surveyPropertyOf(sandbox, key)).invitationId;
    // The demo tenant's seeded surveys may name the colleague (their own named answers): only what this answer writes counts.
    const kvsValues = () =>
      sandbox.db
        .prepare('SELECT value FROM kvs_items')
        .all()
        .map((row) => JSON.stringify(row));
    const before = new Set(kvsValues());
    dataOf(await callPortal(sandbox, 'submitSurveyResponse', { issueKey: key, invitationId, answers: poorAnswers, revision: null }, colleague));

    // KVS and Jira: the colleague's account id is nowhere the app wrote.
    const written = kvsValues().filter((value) => !before.has(value));
    expect(written.length).toBeGreaterThan(0);
    expect(JSON.stringify(written)).not.toContain(colleague);
    expect(JSON.stringify(sandbox.jira.store.issue(key)?.properties)).not.toContain(colleague);
    expect(surveyPropertyOf(sandbox, key)).toMatchObject({ status: 'answered', anonymous: true, overall: 1 });

    // Every survey output of the app: the agent's section, the portal for the reporter and the colleague, the admin overview.
    const outputs = [
      dataOf(await callPanel(sandbox, key, agent().accountId)),
      dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: key }, reporter)),
      dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: key }, colleague)),
      dataOf(await callSurveyAdmin(sandbox, 'getSurveyOverview', {})),
    ];
    for (const output of outputs) expect(JSON.stringify(output)).not.toContain(colleague);
    const panel = dataOf(await callPanel(sandbox, key, agent().accountId));
    expect(panel.survey).toMatchObject({ anonymous: true, respondent: null, overall: 1 });
    // The customer's last scores name tickets: an anonymous response is not among them.
    expect(panel.lastScores.map((s) => s.issueKey)).not.toContain(key);
  });
});
