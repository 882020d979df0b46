import type { Sandbox } from '@brm/sandbox/sandbox';
import { agent, dataOf, errorOf, startSandbox } from '../harness';
import { callSurveyAdmin, fakeNow } from './survey-harness';

/**
 * A relationship campaign set to repeat quarterly: nothing happens before its date; once the
 * sandbox's clock passes it, the hourly sweep starts the next campaign of the series as its sending
 * job, once, even when Forge delivers the sweep twice at the same time; and that campaign repeats
 * in turn.
 */

jest.setTimeout(120_000);

const CAMPAIGN_ORGS = ['Northwind Traders', 'Contoso Pharmaceuticals'];

let sandbox: Sandbox;
beforeAll(() => {
  fakeNow(new Date('2026-03-02T09:00:00Z'));
  sandbox = startSandbox();
});
afterAll(() => {
  sandbox.close();
  jest.useRealTimers();
});

/** Survey requests raised for a campaign name, by reporter. */
function raisedFor(name: string): Map<string, number> {
  const byReporter = new Map<string, number>();
  for (const issue of sandbox.jira.store.docs.issues.filter((i) => i.summary.startsWith(`${name}:`)))
    byReporter.set(issue.reporterId ?? '', (byReporter.get(issue.reporterId ?? '') ?? 0) + 1);
  return byReporter;
}

async function sweep(times = 1): Promise<void> {
  await Promise.all(Array.from({ length: times }, () => sandbox.fireScheduledTrigger('survey-hourly-sweep')));
  await sandbox.settle();
}

it('starts the next campaign of a quarterly series once when its date comes, and that one repeats in turn', async () => {
  const store = sandbox.jira.store;
  const requestType = dataOf(await callSurveyAdmin(sandbox, 'addSurveyRequestType', { serviceDeskId: '1' })).requestType;
  const organizationIds = CAMPAIGN_ORGS.map((name) => store.organizations().find((o) => o.name === name)?.id ?? '');
  const started = dataOf(
    await callSurveyAdmin(sandbox, 'startCampaign', {
      setup: {
        name: 'Key accounts',
        questionnaireId: 'default',
        organizationIds,
        audience: 'all-customers',
        keyContacts: {},
        serviceDeskId: '1',
        requestTypeId: requestType.id,
        expiryDays: 14,
        reminderDays: 7,
        anonymous: false,
      },
    }),
  ).campaign;
  await sandbox.settle();
  const first = dataOf(await callSurveyAdmin(sandbox, 'getCampaign', { id: started.id })).campaign;
  expect(first).toMatchObject({ status: 'sent', repeat: null });
  expect(first.contacts).toBeGreaterThan(0);

  // Bad input names the field; only a Jira admin may set it.
  expect(errorOf(await callSurveyAdmin(sandbox, 'setCampaignRepeat', { id: started.id, everyMonths: 13 }))).toMatchObject({
    code: 'INVALID_INPUT',
    field: 'everyMonths',
  });
  expect(errorOf(await callSurveyAdmin(sandbox, 'setCampaignRepeat', { id: started.id, everyMonths: 3 }, agent().accountId)).code).toBe('FORBIDDEN');

  const set = dataOf(await callSurveyAdmin(sandbox, 'setCampaignRepeat', { id: started.id, everyMonths: 3 })).campaign;
  expect(set.repeat).toEqual({ everyMonths: 3, nextAt: '2026-06-02T09:00:00.000Z' });
  const count = async () => dataOf(await callSurveyAdmin(sandbox, 'listCampaigns', {})).campaigns.length;
  const before = await count();

  // Before its date, the sweep starts nothing.
  jest.setSystemTime(new Date('2026-06-02T08:00:00Z'));
  await sweep();
  expect(await count()).toBe(before);

  // Its date has come; Forge delivers the sweep twice at once.
  jest.setSystemTime(new Date('2026-06-02T10:00:00Z'));
  await sweep(2);
  expect(await count()).toBe(before + 1);
  const previous = dataOf(await callSurveyAdmin(sandbox, 'getCampaign', { id: started.id })).campaign;
  expect(previous.repeatedBy).toEqual(expect.any(String));
  const next = dataOf(await callSurveyAdmin(sandbox, 'getCampaign', { id: previous.repeatedBy ?? '' })).campaign;
  expect(next).toMatchObject({
    name: 'Key accounts (2026-06)',
    status: 'sent',
    contacts: first.contacts,
    previousId: started.id,
    repeat: { everyMonths: 3, nextAt: '2026-09-02T09:00:00.000Z' },
  });
  expect(next.job).toMatchObject({ status: 'done' });
  // Every contact got one survey request of the new campaign, as of the first.
  const raised = raisedFor('Key accounts (2026-06)');
  expect([...raised.values()].every((n) => n === 1)).toBe(true);
  expect(raised.size).toBe(first.contacts);
  expect([...raised.keys()].sort()).toEqual([...raisedFor('Key accounts').keys()].sort());

  // Another delivery in the same hour changes nothing; the next quarter starts the third.
  await sweep();
  expect(await count()).toBe(before + 1);
  jest.setSystemTime(new Date('2026-09-02T09:30:00Z'));
  await sweep();
  expect(await count()).toBe(before + 2);
  const third = dataOf(
    await callSurveyAdmin(sandbox, 'getCampaign', { id: dataOf(await callSurveyAdmin(sandbox, 'getCampaign', { id: next.id })).campaign.repeatedBy ?? '' }),
  ).campaign;
  expect(third).toMatchObject({ name: 'Key accounts (2026-09)', previousId: next.id, repeat: { nextAt: '2026-12-02T09:00:00.000Z' } });

  // Stopping the repeat on the latest campaign ends the series.
  dataOf(await callSurveyAdmin(sandbox, 'setCampaignRepeat', { id: third.id, everyMonths: null }));
  jest.setSystemTime(new Date('2026-12-03T09:00:00Z'));
  await sweep();
  expect(await count()).toBe(before + 2);
  // An earlier campaign of the series refuses a repeat of its own: the series goes on from its latest.
  expect(errorOf(await callSurveyAdmin(sandbox, 'setCampaignRepeat', { id: started.id, everyMonths: 1 }))).toMatchObject({
    code: 'CONFLICT',
    field: 'everyMonths',
  });
});
