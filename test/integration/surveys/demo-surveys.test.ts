import type { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_PROFILES } from '@brm/sandbox/seed/demo-portfolio';
import { DEMO_CAMPAIGN_ID } from '@brm/sandbox/seed/demo-surveys';
import { demoUser } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant, type SeedSummary } from '@brm/sandbox/seed/seed';
import { appSandbox } from '#test/support/app';
import { addCounts, applyShare, contributionOf, emptyCounts, type AggregateCounts } from '#surveys/domain/aggregate';
import type { InvitationRecord } from '#surveys/domain/invitation';
import { csatPercent, netPromoterScore } from '#surveys/domain/scoring';
import { propertyOf, surveyProperty } from '#surveys/domain/survey-property';
import { readSurveyAggregates, type SurveyAggregateRow } from '#surveys/public';
import { lastMonths } from '#surveys/resolver';
import { factsOf } from '#surveys/services/invitation-writes';
import { campaigns } from '#surveys/store/campaign-store';
import { invitations, storedOf } from '#surveys/store/invitation-store';
import { agent, dataOf, writesSince } from '../harness';
import { callPanel, callSurveyAdmin, fakeNow } from './survey-harness';

/**
 * The demo tenant's year of surveys is written by the sandbox's seeder as data (it cannot import the
 * app). Read back through the app's own schemas, stores and readers, it is what the app would have
 * written: every invitation parses and carries the index attributes the app derives, every request's
 * `brm-survey` property is the one the app makes of its invitations, the aggregates count exactly
 * what the invitations say (and a rebuild from the properties gives the same), and the campaign of
 * last quarter has finished.
 */

jest.setTimeout(120_000);

const NOW = new Date('2026-06-10T09:00:00Z');

let sandbox: Sandbox;
let seeded: { id: string; record: InvitationRecord; stored: unknown }[];
let summary: SeedSummary;
beforeAll(async () => {
  fakeNow(NOW);
  sandbox = appSandbox({ dataDir: ':memory:' });
  summary = seedDemoTenant(sandbox.jira, { kvs: sandbox.kvs });
  // Every property is written: no invitation waits for its property (index `sync`, partition `yes`).
  expect(await asApp(() => invitations.queryAll('sync', { partition: ['yes'] }))).toEqual([]);
  seeded = (await asApp(() => invitations.queryAll('sync', { partition: ['no'] }))).map((e) => ({ id: e.key, record: e.value.record, stored: e.value }));
});
afterAll(() => {
  sandbox.close();
  jest.useRealTimers();
});

const asApp = <T>(work: () => Promise<T>): Promise<T> => sandbox.runtime.run({ moduleKey: 'survey-demo-reader' }, work);
const months = lastMonths(NOW, 13);
const total = (rows: readonly AggregateCounts[]): AggregateCounts => rows.reduce((sum, r) => addCounts(sum, r), emptyCounts());
const sortRows = (rows: SurveyAggregateRow[]) =>
  [...rows].sort((a, b) => `${a.month}${a.projectId}${a.customerId}${a.serviceId}`.localeCompare(`${b.month}${b.projectId}${b.customerId}${b.serviceId}`));

test('every seeded invitation is a record the app reads, stored with the index attributes the app derives', () => {
  // The app's store leaves out what it cannot parse: every one written is read.
  expect(seeded.length).toBe(summary.surveyInvitations);
  expect(seeded.length).toBeGreaterThan(80);
  for (const { record, stored } of seeded) expect(stored).toEqual(storedOf(record, record.rev));
  const count = (status: string) => seeded.filter((s) => s.record.status === status).length;
  expect(count('answered')).toBeGreaterThan(seeded.length / 2);
  expect(count('expired')).toBeGreaterThan(0);
  expect(count('sent') + count('reminded')).toBeGreaterThan(0);
  expect(count('answered') + count('expired') + count('sent') + count('reminded')).toBe(seeded.length);
  // Over twelve months, not all at once.
  expect(new Set(seeded.map((s) => s.record.sentAt?.slice(0, 7))).size).toBeGreaterThanOrEqual(11);
  // Anonymous responses name nobody, named ones their recipient.
  const answered = seeded.filter((s) => s.record.response !== null);
  expect(answered.filter((s) => s.record.anonymous).length).toBeGreaterThan(0);
  for (const { record } of answered) expect(record.response?.respondent).toBe(record.anonymous ? null : record.recipient);
});

test('each surveyed request carries the brm-survey property the app makes of its invitation', () => {
  const store = sandbox.jira.store;
  for (const { id, record } of seeded) {
    const issue = store.issue(record.issueKey);
    expect(issue?.id).toBe(record.issueId);
    const property = surveyProperty.parse(issue?.properties['brm-survey']);
    expect(property).toEqual(propertyOf([{ id, record }]));
    if (record.anonymous) expect(JSON.stringify(property)).not.toContain(record.recipient);
  }
});

test('the aggregates count what the invitations say, with a realistic spread of CSAT, NPS and CES', async () => {
  for (const { record } of seeded) expect(record.applied['1']).toEqual(contributionOf(factsOf(record)));
  const rows = await asApp(() => readSurveyAggregates({ months }));
  const expected = total(seeded.flatMap(({ record }) => Object.values(contributionOf(factsOf(record))).map((share) => applyShare(emptyCounts(), share, 1))));
  const read = total(rows);
  expect(read).toEqual(expected);
  expect(read.invitationsSent).toBe(seeded.length);
  expect(read.answered).toBe(seeded.filter((s) => s.record.status === 'answered').length);
  expect(read.expired).toBe(seeded.filter((s) => s.record.status === 'expired').length);
  // Mostly satisfied customers, some detractors: CSAT and NPS where a real service desk has them.
  expect(csatPercent(read.overall)).toBeGreaterThan(50);
  expect(csatPercent(read.overall)).toBeLessThan(95);
  const nps = netPromoterScore(read.nps) ?? Number.NaN;
  expect(nps).toBeGreaterThan(-50);
  expect(nps).toBeLessThan(80);
  expect(read.ces.count).toBeGreaterThan(0);
  expect(read.ces.count).toBeLessThan(read.answered);
  expect(Object.keys(read.nps.buckets).some((b) => Number(b) <= 6)).toBe(true);
});

test('low scores were followed up: a linked Complaint or a notice to the customer’s BRM owner', () => {
  const store = sandbox.jira.store;
  const followed = seeded.filter((s) => s.record.followUp !== null);
  expect(followed.length).toBeGreaterThan(0);
  for (const { record } of followed) {
    expect(record.response?.scores.overall).toBeLessThanOrEqual(2);
    expect(record.followUp?.status).toBe('done');
    if (record.followUp?.action === 'complaint') {
      const complaint = store.issue(record.followUp.issueKey ?? '');
      expect(store.issueTypes().find((t) => t.id === complaint?.issueTypeId)?.name).toBe('Complaint');
    } else {
      const customer = store.organizations().find((o) => o.id === record.customerId)?.name;
      const owner = DEMO_PROFILES.find((p) => p.organization === customer)?.owner;
      expect(record.followUp?.notified).toEqual(owner ? demoUser(owner).accountId : expect.any(String));
    }
  }
});

test('the relationship campaign of last quarter has finished, with its results per organization', async () => {
  const stored = await asApp(() => campaigns.get(DEMO_CAMPAIGN_ID));
  expect(stored?.record.status).toBe('sent');
  const listed = dataOf(await callSurveyAdmin(sandbox, 'listCampaigns', {})).campaigns;
  expect(listed.map((c) => c.id)).toContain(DEMO_CAMPAIGN_ID);
  const campaign = dataOf(await callSurveyAdmin(sandbox, 'getCampaign', { id: DEMO_CAMPAIGN_ID })).campaign;
  expect(campaign.finished).toBe(true);
  expect(campaign.createdAt < '2026-04-01' && campaign.createdAt >= '2026-01-01').toBe(true);
  const ofCampaign = seeded.filter((s) => s.record.campaignId === DEMO_CAMPAIGN_ID);
  expect(campaign.contacts).toBe(ofCampaign.length);
  expect(campaign.organizations.reduce((n, o) => n + o.sent, 0)).toBe(ofCampaign.length);
  expect(campaign.organizations.reduce((n, o) => n + o.answered, 0)).toBe(ofCampaign.filter((s) => s.record.status === 'answered').length);
  // Each contact's request was raised on their behalf, in ACME, with the reference its invitation keeps.
  for (const { id, record } of ofCampaign) {
    const issue = sandbox.jira.store.issue(record.issueKey);
    expect(issue?.reporterId).toBe(record.recipient);
    expect(JSON.stringify(issue?.description)).toContain(id);
  }
});

test('the agent sees a seeded answer on the request, and the sweep finds nothing due at seeding time', async () => {
  const named = seeded.find((s) => s.record.status === 'answered' && !s.record.anonymous && s.record.kind === 'ticket');
  if (!named) throw new Error('No named answer was seeded.');
  const panel = dataOf(await callPanel(sandbox, named.record.issueKey, agent().accountId));
  expect(panel.survey).toMatchObject({ status: 'answered', overall: named.record.response?.scores.overall });
  sandbox.runtime.resetCalls();
  await sandbox.fireScheduledTrigger('survey-hourly-sweep');
  await sandbox.settle();
  expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
});

test('rebuilding the aggregates from the requests gives the seeded numbers', async () => {
  const before = sortRows(await asApp(() => readSurveyAggregates({ months })));
  dataOf(await callSurveyAdmin(sandbox, 'rebuildSurveyAggregates', {}));
  await sandbox.settle();
  expect(sortRows(await asApp(() => readSurveyAggregates({ months })))).toEqual(before);
});
