import { z } from 'zod';
import * as app from '#app';
import { pickLocale } from '#kernel/locales';
import { jobConsumer } from '#platform/jobs/runner';
import { provisioningJob } from '#provisioning/provisioning-job';
import { startCampaign } from '#surveys/services/campaigns';
import { campaignJob } from '#surveys/services/campaigns';
import { rebuildJob } from '#surveys/services/rebuild';
import { sweepJob } from '#surveys/services/sweep-job';
import { SURVEY_TEXTS } from '#surveys/texts';
import { ManualClock } from '@brm/sandbox/runtime/clock';
import { Sandbox } from '@brm/sandbox/sandbox';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { MANIFEST_PATH } from '#test/support/app';
import { admin, dataOf } from '../harness';
import { callPortal, callSurveyAdmin, goodAnswers } from './survey-harness';

/**
 * A relationship campaign sends one survey request per contact as a job. Here Forge stops the job's
 * consumer at its time limit right after Jira raised the fifth request, before the job could record
 * it; the retry takes the job over and must not raise that request (or any other) again. Each
 * request is written in its contact's language.
 */

jest.setTimeout(120_000);

const LIMIT_MS = 300_000;
let clock: ManualClock;
let sandbox: Sandbox;

beforeEach(() => {
  clock = new ManualClock(new Date('2026-11-20T12:00:00Z'));
  const runJobs = jobConsumer({ jobs: [provisioningJob, rebuildJob, campaignJob, sweepJob], now: () => clock.now() });
  sandbox = new Sandbox({ dataDir: ':memory:', clock, handlers: { ...app, runJobs }, manifest: MANIFEST_PATH });
  seedDemoTenant(sandbox.jira, { issues: 20, now: new Date(clock.now()), kvs: sandbox.kvs });
});
afterEach(() => {
  sandbox.close();
  jest.useRealTimers();
});

async function runAll(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    await sandbox.runDueEvents();
    const next = sandbox.nextDueAt();
    if (next === undefined) return;
    await clock.advanceTo(Math.max(next, clock.now()));
  }
  throw new Error('deliveries never stopped');
}

const CAMPAIGN_ORGS = ['Northwind Traders', 'Contoso Pharmaceuticals', 'Fabrikam Logistics'];

describe('a relationship campaign', () => {
  it('interrupted halfway, resumes without sending a contact twice', async () => {
    await runAll();
    const requestType = dataOf(await callSurveyAdmin(sandbox, 'addSurveyRequestType', { serviceDeskId: '1' })).requestType;
    expect(requestType.name).toBe('Customer satisfaction survey');
    const store = sandbox.jira.store;
    const organizationIds = CAMPAIGN_ORGS.map((name) => store.organizations().find((o) => o.name === name)?.id ?? '');
    const contacts = organizationIds.flatMap((id) => store.organizations().find((o) => o.id === id)?.memberIds ?? []);
    expect(contacts).toHaveLength(8);

    const realHandle = sandbox.jira.handle.bind(sandbox.jira);
    let raised = 0;
    sandbox.jira.handle = async (request) => {
      const answer = await realHandle(request);
      if (request.method === 'POST' && request.path === '/rest/servicedeskapi/request' && answer.status === 201 && ++raised === 5)
        await clock.advance(LIMIT_MS);
      return answer;
    };

    const started = await sandbox.runtime.run({ moduleKey: 'brm-admin-page', accountId: admin().accountId }, () =>
      startCampaign(
        {
          name: 'Autumn pulse',
          questionnaireId: 'default',
          organizationsBy: 'name',
          organizationIds,
          tiers: [],
          audience: 'all-customers',
          keyContacts: {},
          serviceDeskId: '1',
          requestTypeId: requestType.id,
          expiryDays: 14,
          reminderDays: null,
          anonymous: false,
        },
        admin().accountId,
        { now: () => clock.now() },
      ),
    );
    await runAll();

    expect(sandbox.runtime.refusedCalls.length).toBeGreaterThan(0);
    const summaryFor = (accountId: string | null) =>
      SURVEY_TEXTS.in(pickLocale(store.user(accountId ?? '')?.locale), 'campaign.summary', { campaign: 'Autumn pulse' });
    const surveyRequests = store.docs.issues.filter((i) => i.reporterId !== null && contacts.includes(i.reporterId) && i.summary === summaryFor(i.reporterId));
    expect(surveyRequests.map((i) => i.reporterId).sort()).toEqual([...contacts].sort());
    const summaries = new Map(surveyRequests.map((i) => [store.user(i.reporterId ?? '')?.displayName, i.summary]));
    expect(summaries.get('Nora Lindqvist')).toBe('Autumn pulse: how satisfied are you with our service?');
    expect(summaries.get('Lena Fischer')).toBe('Autumn pulse: Wie zufrieden sind Sie mit unserem Service?');
    expect(summaries.get('Wei Zhang')).toBe('Autumn pulse：您对我们的服务满意吗？');
    const campaign = dataOf(await callSurveyAdmin(sandbox, 'getCampaign', { id: started.id })).campaign;
    expect(campaign).toMatchObject({ status: 'sent', contacts: 8, job: { status: 'done' } });
    expect(campaign.organizations.map((o) => [o.name, o.sent, o.answered])).toEqual([
      ['Northwind Traders', 3, 0],
      ['Contoso Pharmaceuticals', 2, 0],
      ['Fabrikam Logistics', 3, 0],
    ]);

    // A contact answers on the portal like the survey after a ticket (the app's "now" set to the sandbox's); the campaign view counts it.
    jest.useFakeTimers({
      doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask'],
      advanceTimers: true,
      now: clock.now(),
    });
    const first = surveyRequests[0];
    const invitationId = z.object({ invitationId: z.string(), campaign: z.string() }).parse(first?.properties['brm-survey']).invitationId;
    dataOf(
      await callPortal(sandbox, 'submitSurveyResponse', { issueKey: first?.key, invitationId, answers: goodAnswers, revision: null }, first?.reporterId ?? ''),
    );
    const after = dataOf(await callSurveyAdmin(sandbox, 'getCampaign', { id: started.id })).campaign;
    expect(after.organizations.reduce((n, o) => n + o.answered, 0)).toBe(1);
  });
});
