import api, { route } from '@forge/api';
import { z } from 'zod';
import { ForgeRuntime } from '#sandbox/runtime/forge-runtime';
import { ADMIN, accountIdOf, customerCaller, demoJira, SAM } from './emulator-fixture';

/** A KVS that this suite never reaches. */
const noKvs = { handle: () => ({ status: 500, body: { message: 'KVS is not part of this test.' } }) };

describe('the emulator behind @forge/api', () => {
  const { jira, events } = demoJira({ issues: 30 });
  const runtime = new ForgeRuntime({ jira, kvs: noKvs }).install();

  it('answers asUser() as the invoking user', async () => {
    const res = await runtime.run({ accountId: accountIdOf(SAM), moduleKey: 'brm-issue-panel' }, () =>
      api.asUser().requestJira(route`/rest/api/3/issue/${'ACME-3'}?fields=summary`),
    );
    expect(res.status).toBe(200);
    expect(z.object({ key: z.string(), fields: z.object({ summary: z.string() }) }).parse(await res.json()).key).toBe('ACME-3');
    expect(runtime.calls.at(-1)).toMatchObject({ type: 'product', caller: 'user', status: 200 });
  });

  it('hides from a customer what they cannot see, while asApp() sees it', async () => {
    const customer = customerCaller('Tailspin Airlines');
    const foreign = jira.store.docs.issues
      .all()
      .find((i) => i.reporterId !== accountIdOf(customer) && !i.participantIds.includes(accountIdOf(customer)) && i.organizationIds.length === 0);
    if (!foreign) throw new Error('no private request in the seed');
    const asCustomer = await runtime.run({ accountId: accountIdOf(customer), moduleKey: 'brm-issue-panel' }, () =>
      api.asUser().requestJira(route`/rest/api/3/issue/${foreign.key}`),
    );
    expect(asCustomer.status).toBe(404);
    expect(await asCustomer.json()).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    const asApp = await runtime.run({ moduleKey: 'brm-issue-panel' }, () => api.asApp().requestJira(route`/rest/api/3/issue/${foreign.key}`));
    expect(asApp.status).toBe(200);
  });

  it('runs asUser() without an invoking user as anonymous (401)', async () => {
    const res = await runtime.run({ moduleKey: 'brm-issue-panel' }, () => api.asUser().requestJira(route`/rest/api/3/myself`));
    expect(res.status).toBe(401);
  });

  it('creates through POST with a JSON body and emits the created event', async () => {
    events.length = 0;
    const res = await runtime.run({ accountId: accountIdOf(SAM), moduleKey: 'brm-issue-action' }, () =>
      api.asUser().requestJira(route`/rest/api/3/issue`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary: 'From the app' } }),
      }),
    );
    expect(res.status).toBe(201);
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:created:issue']);
  });

  it("Edit issue's overrideScreenSecurity: a Forge app acting for an admin may use it, acting for an agent may not", async () => {
    const customer = jira.store.fields().find((f) => f.name === 'Customer')?.id ?? '';
    const edit = (accountId: string) =>
      runtime.run({ accountId, moduleKey: 'brm-admin-page' }, () =>
        api.asUser().requestJira(route`/rest/api/3/issue/${'ACME-4'}?overrideScreenSecurity=true`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ fields: { [customer]: { id: '2', name: 'Globex' } } }),
        }),
      );
    expect((await edit(accountIdOf(SAM))).status).toBe(403);
    expect((await edit(accountIdOf(ADMIN))).status).toBe(204);
    expect(jira.store.issue('ACME-4')?.customFields[customer]).toEqual({ id: '2', name: 'Globex' });
  });
});
