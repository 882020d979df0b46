import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { appSandbox } from '#test/support/app';
import { Prng } from '@brm/sandbox/seed/prng';
import { readSurveyAggregates, type SurveyAggregateRow } from '#surveys/public';
import { dataOf } from '../harness';
import { callPortal, callSurveyAdmin, enableSurveys, fakeNow, reopenRequest, resolveRequest } from './survey-harness';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';

/**
 * The aggregates are updated in the same step as each submit; rebuilding them from the issue
 * properties must give the same numbers. 1,000 random submissions (first answers, edits, refused
 * second answers, invalid ones) over 150 surveyed requests of six customers, three services and
 * four months, then the rebuild job, then the two are compared row by row.
 */

jest.setTimeout(240_000);

const DAY = 86_400_000;

let sandbox: Sandbox;
beforeAll(() => {
  fakeNow(new Date('2026-02-03T08:00:00Z'));
  sandbox = appSandbox({ dataDir: ':memory:' });
  seedDemoTenant(sandbox.jira, { issues: 600, now: new Date('2026-02-01T00:00:00Z'), kvs: sandbox.kvs });
});
afterAll(() => {
  sandbox.close();
  jest.useRealTimers();
});

const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
const sortRows = (rows: SurveyAggregateRow[]) =>
  [...rows].sort((a, b) => `${a.month}${a.projectId}${a.customerId}${a.serviceId}`.localeCompare(`${b.month}${b.projectId}${b.customerId}${b.serviceId}`));

/** Reads the aggregates inside the sandbox's runtime (they are KVS reads of the app). */
async function aggregates(): Promise<SurveyAggregateRow[]> {
  return sandbox.runtime.run({ moduleKey: 'survey-aggregates-reader' }, () => readSurveyAggregates({ months }));
}

describe('rebuilding the aggregates', () => {
  it('gives the same numbers as the incremental updates after 1,000 random submissions', async () => {
    await enableSurveys(sandbox, { expiryDays: 90, reminderDays: null });
    // The demo tenant's seeded surveys count already (January): the submissions add to them.
    const seededAnswers = (await aggregates()).reduce((n, r) => n + r.answered, 0);
    const store = sandbox.jira.store;
    const rng = new Prng(42);
    const customerField = store.fields().find((f) => f.schemaCustom?.endsWith('/static/brm-customer'));
    const serviceField = store.fields().find((f) => f.schemaCustom?.endsWith('/static/brm-service'));
    if (!customerField || !serviceField) throw new Error('The app fields are missing.');
    const organizations = store.organizations();
    const services = [{ id: 'svc-email', name: 'Email' }, { id: 'svc-laptops', name: 'Laptops' }, null];
    const customers = new Set(
      store
        .users()
        .filter((u) => u.kind === 'customer')
        .map((u) => u.accountId),
    );
    // Customers' requests, not Complaints (the register's workflow rule decides when those may be resolved) nor Compliments.
    const feedbackTypes = new Set(
      store
        .issueTypes()
        .filter((t) => t.name === 'Complaint' || t.name === 'Compliment')
        .map((t) => t.id),
    );
    const requests = store.docs.issues
      .filter(
        (i) =>
          i.projectId === store.project('ACME')?.id &&
          i.requestTypeId !== null &&
          !feedbackTypes.has(i.issueTypeId) &&
          customers.has(i.reporterId ?? '') &&
          i.properties['brm-survey'] === undefined,
      )
      .slice(0, 150);
    expect(requests.length).toBe(150);
    store.transaction(() => {
      for (const issue of requests) {
        const organization = rng.pick(organizations);
        const service = rng.pick(services);
        store.docs.issues.put({
          ...issue,
          customFields: {
            ...issue.customFields,
            [customerField.id]: { id: organization.id, name: organization.name },
            ...(service ? { [serviceField.id]: service } : {}),
          },
        });
      }
    });
    for (const issue of requests) {
      if (issue.resolutionId !== null) await reopenRequest(sandbox, issue.key);
      await resolveRequest(sandbox, issue.key);
    }
    const invitations = requests.map((issue) => ({
      key: issue.key,
      reporter: issue.reporterId ?? '',
      invitationId: z.object({ invitationId: z.string() }).parse(issue && store.issue(issue.key)?.properties['brm-survey']).invitationId,
      revision: null as number | null,
      answeredAt: 0,
    }));

    let accepted = 0;
    for (let n = 0; n < 1000; n++) {
      if (n % 100 === 99) jest.setSystemTime(new Date(Date.now() + 11 * DAY));
      const target = rng.pick(invitations);
      const canEdit = target.revision !== null && Date.now() - target.answeredAt < 12 * 3_600_000;
      const answers = {
        overall: rng.int(1, 5),
        quality: rng.int(1, 5),
        speed: rng.int(1, 5),
        friendliness: rng.int(1, 5),
        orientation: rng.int(1, 5),
        recommend: rng.int(0, 10),
        ...(rng.chance(0.5) ? { value: rng.int(1, 5) } : {}),
        ...(rng.chance(0.5) ? { effort: rng.int(1, 7) } : {}),
        ...(rng.chance(0.05) ? { overall: 9 } : {}),
      };
      const result = await callPortal(
        sandbox,
        'submitSurveyResponse',
        { issueKey: target.key, invitationId: target.invitationId, answers, revision: canEdit ? target.revision : null },
        target.reporter,
      );
      if (result.ok) {
        accepted += 1;
        if (target.revision === null) target.answeredAt = Date.now();
        target.revision = result.data.revision;
      }
    }
    expect(accepted).toBeGreaterThan(150);

    const incremental = sortRows(await aggregates());
    expect(new Set(incremental.map((r) => r.month)).size).toBeGreaterThan(2);
    expect(new Set(incremental.flatMap((r) => (r.customerId === null ? [] : [r.customerId]))).size).toBe(organizations.length);
    expect(incremental.reduce((n, r) => n + r.answered, 0)).toBe(seededAnswers + invitations.filter((i) => i.revision !== null).length);
    const started = dataOf(await callSurveyAdmin(sandbox, 'rebuildSurveyAggregates', {}));
    await sandbox.settle();
    const overview = dataOf(await callSurveyAdmin(sandbox, 'getSurveyOverview', {}));
    expect(overview.rebuild).toMatchObject({ jobId: started.rebuild.jobId, status: 'done' });
    const rebuilt = sortRows(await aggregates());
    expect(rebuilt).toEqual(incremental);
  });
});
