import { z } from 'zod';
import * as appHandlers from '#app';
import { backfillJob } from '#portfolio/services/backfill-job';
import { jobConsumer } from '#platform/jobs/runner';
import { ManualClock } from '@brm/sandbox/runtime/clock';
import { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_USERS } from '@brm/sandbox/seed/demo-users';
import { seedDemoTenant } from '@brm/sandbox/seed/seed';
import { admin, agent, dataOf, errorOf, jira } from '../harness';
import { callPortfolioAdmin, organizationId } from './portfolio-harness';
import { customerFieldId } from './tenant';
import { MANIFEST_PATH } from '#test/support/app';

/**
 * Filling Customer on existing tickets from the reporter's one organization, as a resumable job:
 * it never overwrites a Customer, says what it skipped and why, and a run stopped halfway resumes
 * and fills each ticket once.
 */
jest.setTimeout(120_000);

const updateBody = z.object({ updates: z.array(z.object({ issueIds: z.array(z.number()), value: z.unknown() })) });

interface Tenant {
  sandbox: Sandbox;
  clock: ManualClock;
  /** Issue ids in every app field value write, in order. */
  written: string[];
  /** Stops the consumer (Forge's time limit) right after the n-th app field value write. */
  killAfterWrite: (n: number) => void;
}

async function tenant(issues: number): Promise<Tenant> {
  const clock = new ManualClock();
  const sandbox = new Sandbox({
    dataDir: ':memory:',
    manifest: MANIFEST_PATH,
    clock,
    handlers: { ...appHandlers, runJobs: jobConsumer({ jobs: [backfillJob], now: () => clock.now() }) },
  });
  seedDemoTenant(sandbox.jira, { issues, kvs: sandbox.kvs });
  const written: string[] = [];
  let killAt = Number.POSITIVE_INFINITY;
  let writes = 0;
  const handle = sandbox.jira.handle.bind(sandbox.jira);
  jest.spyOn(sandbox.jira, 'handle').mockImplementation(async (request) => {
    const answer = await handle(request);
    if (request.method === 'PUT' && /^\/rest\/api\/3\/app\/field\/[^/]+\/value$/.test(request.path) && answer.status < 300) {
      for (const update of updateBody.parse(JSON.parse(request.body ?? '{}')).updates) written.push(...update.issueIds.map(String));
      writes++;
      if (writes === killAt) await clock.advance(300_000);
    }
    return answer;
  });
  return { sandbox, clock, written, killAfterWrite: (n) => (killAt = n) };
}

async function runToEnd(t: Tenant): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await t.sandbox.runDueEvents();
    const next = t.sandbox.nextDueAt();
    if (next === undefined) break;
    await t.clock.advanceTo(Math.max(next, t.clock.now()));
  }
}

async function customerOf(sandbox: Sandbox, key: string): Promise<unknown> {
  const field = customerFieldId(sandbox);
  const answer = await jira(sandbox, 'GET', `/rest/api/3/issue/${key}?fields=${field}`);
  return z.object({ fields: z.record(z.string(), z.unknown()) }).parse(answer.body).fields[field] ?? null;
}

describe('the Customer backfill', () => {
  it('fills tickets from the reporter’s one organization, skips the others with reasons, and never overwrites', async () => {
    const t = await tenant(120);
    try {
      const store = t.sandbox.jira.store;
      const northwind = organizationId(t.sandbox, 'Northwind Traders');
      const contoso = organizationId(t.sandbox, 'Contoso Pharmaceuticals');
      // One customer in two organizations, and one ticket whose Customer an agent already set.
      const nora = DEMO_USERS.find((u) => u.displayName === 'Nora Lindqvist');
      if (!nora) throw new Error('no Nora');
      const contosoOrg = store.docs.organizations.get(contoso);
      if (!contosoOrg) throw new Error('no Contoso');
      store.docs.organizations.put({ ...contosoOrg, memberIds: [...contosoOrg.memberIds, nora.accountId] });
      const field = customerFieldId(t.sandbox);
      const set = store.docs.issues
        .all()
        .find(
          (i) =>
            i.projectId === store.project('ACME')?.id &&
            i.reporterId !== null &&
            DEMO_USERS.find((u) => u.accountId === i.reporterId)?.organization === 'Woodgrove Bank',
        );
      if (!set) throw new Error('no Woodgrove ticket');
      store.docs.issues.put({ ...set, customFields: { ...set.customFields, [field]: { id: northwind, name: 'Chosen by an agent' } } });
      // The demo history gave a share of the requests their Customer already: those stay as they are.
      const withoutCustomer = new Set(
        store.docs.issues
          .all()
          .filter((i) => i.customFields[field] === undefined || i.customFields[field] === null)
          .map((i) => i.id),
      );
      expect(withoutCustomer.size).toBeLessThan(store.docs.issues.all().length - 1);

      const started = dataOf(await callPortfolioAdmin(t.sandbox, 'startCustomerBackfill', {}, admin().accountId));
      await runToEnd(t);
      const run = dataOf(await callPortfolioAdmin(t.sandbox, 'getCustomerBackfill', { jobId: started.run.jobId }, admin().accountId)).run;
      expect(run?.status).toBe('done');
      const result = run?.result;
      if (!result) throw new Error('no result');
      const tickets = store.docs.issues.all().filter((i) => withoutCustomer.has(i.id));
      // The rule: the reporter's organizations that the ticket's project serves; exactly one fills.
      const choices = (issue: (typeof tickets)[number]) => {
        const desk = store.serviceDeskOfProject(issue.projectId);
        return store.docs.organizations
          .all()
          .filter((o) => issue.reporterId !== null && o.memberIds.includes(issue.reporterId) && desk !== undefined && o.serviceDeskIds.includes(desk.id));
      };
      const fillable = tickets.filter((i) => choices(i).length === 1);
      expect(result.filled).toBe(fillable.length);
      expect(result.skipped['several-organizations']).toBe(tickets.filter((i) => choices(i).length > 1).length);
      expect(result.skipped['several-organizations']).toBeGreaterThan(0);
      expect(result.skipped['no-organization']).toBe(tickets.filter((i) => choices(i).length === 0).length);
      expect(result.examples.find((e) => e.reason === 'several-organizations')?.organizations.sort()).toEqual(['Contoso Pharmaceuticals', 'Northwind Traders']);
      expect(result.scanned).toBe(tickets.length);
      // Each filled ticket holds its reporter's organization; the agent's choice stayed.
      for (const issue of fillable.slice(0, 10)) {
        const [organization] = choices(issue);
        expect(await customerOf(t.sandbox, issue.key)).toEqual({ id: organization?.id, name: organization?.name });
      }
      expect(await customerOf(t.sandbox, set.key)).toEqual({ id: northwind, name: 'Chosen by an agent' });
      expect(new Set(t.written).size).toBe(t.written.length);

      // Run again: nothing left to fill.
      const again = dataOf(await callPortfolioAdmin(t.sandbox, 'startCustomerBackfill', {}, admin().accountId));
      await runToEnd(t);
      const second = dataOf(await callPortfolioAdmin(t.sandbox, 'getCustomerBackfill', { jobId: again.run.jobId }, admin().accountId)).run;
      expect(second?.result?.filled).toBe(0);
    } finally {
      t.sandbox.close();
    }
  });

  it('resumes a run stopped halfway, after Jira wrote a page it had not recorded, and fills each ticket once', async () => {
    const t = await tenant(300);
    try {
      const field = customerFieldId(t.sandbox);
      const withoutCustomer = new Set(
        t.sandbox.jira.store.docs.issues
          .all()
          .filter((i) => i.customFields[field] === undefined || i.customFields[field] === null)
          .map((i) => i.id),
      );
      t.killAfterWrite(2);
      const started = dataOf(await callPortfolioAdmin(t.sandbox, 'startCustomerBackfill', {}, admin().accountId));
      await runToEnd(t);
      expect(t.sandbox.consumerErrors.map((e) => e.name)).toEqual(['InvocationTimeoutError']);
      const run = dataOf(await callPortfolioAdmin(t.sandbox, 'getCustomerBackfill', { jobId: started.run.jobId }, admin().accountId)).run;
      expect(run?.status).toBe('done');
      const customerTickets = t.sandbox.jira.store.docs.issues
        .all()
        .filter((i) => withoutCustomer.has(i.id) && DEMO_USERS.find((u) => u.accountId === i.reporterId)?.kind === 'customer');
      expect(run?.result?.filled).toBe(customerTickets.length);
      expect(t.written.sort()).toEqual(customerTickets.map((i) => i.id).sort());
    } finally {
      t.sandbox.close();
    }
  });

  it('is for Jira admins only, and names a project list that is not one', async () => {
    const t = await tenant(5);
    try {
      expect(errorOf(await callPortfolioAdmin(t.sandbox, 'startCustomerBackfill', {}, agent().accountId)).code).toBe('FORBIDDEN');
      expect(errorOf(await callPortfolioAdmin(t.sandbox, 'startCustomerBackfill', { projectIds: ['ACME'] }, admin().accountId))).toMatchObject({
        code: 'INVALID_INPUT',
        field: 'projectIds.0',
      });
    } finally {
      t.sandbox.close();
    }
  });
});
