import { asApp, asUser, route } from '@forge/api';
import Resolver from '@forge/resolver';
import { z } from 'zod';
import { Sandbox } from '#sandbox/sandbox';
import { demoUser } from '#sandbox/seed/demo-users';
import { seedDemoTenant } from '#sandbox/seed/seed';
import { testManifest } from './test-app';

/**
 * The sandbox's Forge runtime, driven through the real SDKs: handlers built with @forge/resolver
 * call Jira with @forge/api, and the sandbox answers as the invoking user.
 */

const admin = demoUser('admin@brm-demo.example');
const agent = demoUser('agent@brm-demo.example');
const customer = demoUser('nora.lindqvist@northwind-traders.example');

const myself = z.object({ accountId: z.string(), displayName: z.string() });
const count = z.object({ count: z.number() });

const resolver = new Resolver();
resolver.define('whoAmI', async ({ context }) => {
  const me = myself.parse(await (await asUser().requestJira(route`/rest/api/3/myself`)).json());
  return {
    contextAccountId: context.accountId,
    jiraAccountId: me.accountId,
    moduleKey: context.moduleKey,
    extension: context.extension,
    cloudId: context.cloudId,
  };
});
resolver.define('countAs', async ({ payload }) => {
  const jql = z.object({ jql: z.string(), as: z.enum(['user', 'app']) }).parse(payload);
  const client = jql.as === 'user' ? asUser() : asApp();
  const response = await client.requestJira(route`/rest/api/3/search/approximate-count`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jql: jql.jql }),
  });
  return count.parse(await response.json()).count;
});
resolver.define('fails', async () => {
  throw new Error('the resolver said no');
});

const createdEvents: unknown[] = [];
const scheduledEvents: unknown[] = [];
const handlers = {
  adminResolver: resolver.getDefinitions(),
  issueResolver: resolver.getDefinitions(),
  onIssueCreated: async (event: unknown) => {
    createdEvents.push(event);
  },
  onSchedule: async (event: unknown) => {
    scheduledEvents.push(event);
    return { statusCode: 204 };
  },
};

// whoAmI reads /myself (Get current user), which needs read:jira-user.
const manifest = testManifest({ addScopes: ['read:jira-user'] });

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = new Sandbox({ dataDir: ':memory:', handlers, manifest });
  seedDemoTenant(sandbox.jira, { issues: 20, now: new Date('2026-11-20T12:00:00Z') });
});
afterAll(() => sandbox.close());

describe('resolvers', () => {
  it('get the caller from the runtime payload and run asUser() requests as that caller', async () => {
    const outcome = await sandbox.invoke({
      moduleKey: 'brm-issue-panel',
      functionKey: 'whoAmI',
      accountId: agent.accountId,
      extension: { issue: { key: 'ACME-1' } },
    });
    expect(outcome).toEqual({
      ok: true,
      value: {
        contextAccountId: agent.accountId,
        jiraAccountId: agent.accountId,
        moduleKey: 'brm-issue-panel',
        extension: { type: 'jira:issuePanel', issue: { key: 'ACME-1' } },
        cloudId: sandbox.runtime.cloudId,
      },
    });
  });

  it('keeps concurrent invocations apart: each asUser() call runs as its own caller', async () => {
    const callers = [admin, agent, customer, agent, admin, customer];
    const outcomes = await Promise.all(
      callers.map((user) => sandbox.invoke({ moduleKey: 'brm-issue-panel', functionKey: 'whoAmI', accountId: user.accountId })),
    );
    const seen = outcomes.map((o) => (o.ok ? z.object({ jiraAccountId: z.string() }).parse(o.value).jiraAccountId : o.error));
    expect(seen).toEqual(callers.map((u) => u.accountId));
  });

  it('check asUser() requests against the caller, while asApp() requests see everything', async () => {
    const asCustomer = await sandbox.invoke({
      moduleKey: 'brm-issue-panel',
      functionKey: 'countAs',
      accountId: customer.accountId,
      payload: { jql: 'project = ACME', as: 'user' },
    });
    const asTheApp = await sandbox.invoke({
      moduleKey: 'brm-issue-panel',
      functionKey: 'countAs',
      accountId: customer.accountId,
      payload: { jql: 'project = ACME', as: 'app' },
    });
    // ACME's 20 requests and its BRM tickets.
    const acmeIssues = sandbox.jira.store.docs.issues.filter((i) => i.key.startsWith('ACME-')).length;
    expect(asTheApp).toEqual({ ok: true, value: acmeIssues });
    expect(asCustomer.ok).toBe(true);
    const customerCount = asCustomer.ok ? z.number().parse(asCustomer.value) : -1;
    expect(customerCount).toBeLessThan(acmeIssues);
    const direct = await sandbox.jira.handle({
      method: 'POST',
      path: '/rest/api/3/search/approximate-count',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jql: 'project = ACME' }),
      caller: { kind: 'user', accountId: customer.accountId },
    });
    expect(customerCount).toBeGreaterThan(0);
    expect(customerCount).toBe(count.parse(direct.body).count);
  });

  it('record every product call at the boundary with its caller', async () => {
    sandbox.runtime.resetCalls();
    await sandbox.invoke({ moduleKey: 'brm-issue-panel', functionKey: 'countAs', accountId: agent.accountId, payload: { jql: 'project = ACME', as: 'user' } });
    expect(sandbox.runtime.calls).toEqual([{ type: 'product', method: 'POST', path: '/rest/api/3/search/approximate-count', caller: 'user', status: 200 }]);
  });

  it("relay a thrown error as Forge does, with the resolver's message", async () => {
    await expect(sandbox.invoke({ moduleKey: 'brm-issue-panel', functionKey: 'fails', accountId: agent.accountId })).resolves.toEqual({
      ok: false,
      error: 'the resolver said no',
    });
  });

  it('refuse a module that has no resolver', async () => {
    const outcome = await sandbox.invoke({ moduleKey: 'no-such-module', functionKey: 'whoAmI', accountId: agent.accountId });
    expect(outcome.ok).toBe(false);
  });
});

describe('triggers', () => {
  it('deliver issue-created events after the request answered, once per created issue', async () => {
    createdEvents.length = 0;
    const response = await sandbox.jira.handle({
      method: 'POST',
      path: '/rest/api/3/issue',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary: 'Printer on floor 3 jams' } }),
      caller: { kind: 'user', accountId: agent.accountId },
    });
    expect(response.status).toBe(201);
    await sandbox.settle();
    expect(createdEvents).toHaveLength(1);
    const event = z.object({ eventType: z.string(), issue: z.object({ key: z.string(), fields: z.object({ summary: z.string() }) }) }).parse(createdEvents[0]);
    expect(event.eventType).toBe('avi:jira:created:issue');
    expect(event.issue.fields.summary).toBe('Printer on floor 3 jams');
    expect(event.issue.key).toBe(z.object({ key: z.string() }).parse(response.body).key);
  });

  it('fire a scheduled trigger on demand', async () => {
    const withSchedule = new Sandbox({ dataDir: ':memory:', handlers, manifest: testManifest({}) });
    withSchedule.manifest.scheduledTriggers.push({ key: 'nightly', functionKey: 'nightly-fn', interval: 'day' });
    withSchedule.manifest.functions.push({ key: 'nightly-fn', handler: 'index.onSchedule' });
    scheduledEvents.length = 0;
    await expect(withSchedule.fireScheduledTrigger('nightly')).resolves.toEqual({ statusCode: 204 });
    expect(scheduledEvents).toEqual([{ context: { cloudId: withSchedule.runtime.cloudId, moduleKey: 'nightly' }, contextToken: 'sandbox' }]);
    await expect(withSchedule.fireScheduledTrigger('missing')).rejects.toThrow("no scheduledTrigger 'missing'");
    withSchedule.close();
  });
});
