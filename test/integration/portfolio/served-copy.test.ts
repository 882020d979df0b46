import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { acmeOnlyAgent, agent, dataOf, errorOf, jira, startSandbox } from '../harness';
import { callPortfolio, listPortfolioPage, lonelyOrganization, organizationId, PANEL, panelExtension } from './portfolio-harness';

/**
 * An agent's portfolio page reads which organizations their service desks serve from the app's
 * copy (entity `desk-organization`), made by a job that the hourly trigger and the page start:
 * the same list as JSM's, at a cost that does not grow with the organizations on the desks. The
 * customer panel checks its reader against the same copy.
 */
describe('an agent’s customers from the app’s copy of the desks’ organizations', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = startSandbox();
  });
  afterEach(() => sandbox.close());

  const list = (who: string, filter: Record<string, unknown> = {}, cursor: string | null = null) => listPortfolioPage(sandbox, who, filter, cursor);
  const names = async (who: string, filter: Record<string, unknown> = {}) => dataOf(await list(who, filter)).rows.map((r) => r.name);
  const copy = async () => {
    await sandbox.fireScheduledTrigger('desk-organizations-hourly');
    await sandbox.settle();
  };
  const productCalls = () => sandbox.runtime.calls.filter((c) => c.type === 'product');
  const deskReads = () => productCalls().filter((c) => /\/servicedesk\/[^/]+\/organization/.test(c.path)).length;

  async function acmeDeskId(): Promise<string> {
    const answer = await jira(sandbox, 'GET', '/rest/servicedeskapi/servicedesk');
    const desk = z
      .object({ values: z.array(z.object({ id: z.string(), projectKey: z.string() })) })
      .parse(answer.body)
      .values.find((d) => d.projectKey === 'ACME');
    if (!desk) throw new Error('ACME has no service desk.');
    return desk.id;
  }

  it('reads the desks from JSM until the copy exists, starts it, then lists the same customers from it', async () => {
    const kim = acmeOnlyAgent().accountId;
    sandbox.runtime.resetCalls();
    const fromJsm = await names(kim);
    const mineFromJsm = await names(agent().accountId, { mine: true });
    expect(deskReads()).toBeGreaterThan(0);
    expect(fromJsm).toHaveLength(6);
    await sandbox.settle();
    sandbox.runtime.resetCalls();
    expect(await names(kim)).toEqual(fromJsm);
    expect(await names(agent().accountId, { mine: true })).toEqual(mineFromJsm);
    expect(deskReads()).toBe(0);
  });

  it('follows an organization added to a desk and taken off it at the next copy', async () => {
    const kim = acmeOnlyAgent().accountId;
    await copy();
    const desk = await acmeDeskId();
    const adventure = await lonelyOrganization(sandbox, 'Adventure Works');
    expect((await jira(sandbox, 'POST', `/rest/servicedeskapi/servicedesk/${desk}/organization`, { organizationId: adventure })).status).toBe(204);
    // Until the next copy, the page shows what the last one saw.
    expect(await names(kim)).not.toContain('Adventure Works');
    await copy();
    expect(await names(kim)).toContain('Adventure Works');
    expect((await jira(sandbox, 'DELETE', `/rest/servicedeskapi/servicedesk/${desk}/organization`, { organizationId: adventure })).status).toBe(204);
    await copy();
    expect(await names(kim)).not.toContain('Adventure Works');
    expect(await names(kim)).toHaveLength(6);
  });

  it('pages through 300 more customers in name order, each once, with the same calls per page', async () => {
    const kim = acmeOnlyAgent().accountId;
    await copy();
    sandbox.runtime.resetCalls();
    await names(kim);
    const before = productCalls().length;
    const desk = await acmeDeskId();
    const store = sandbox.jira.store;
    store.transaction(() => {
      for (let n = 1; n <= 300; n++) {
        store.docs.organizations.put({
          id: String(70_000 + n),
          name: `Customer ${String(301 - n).padStart(3, '0')}`,
          memberIds: [],
          serviceDeskIds: [desk],
          properties: {},
        });
      }
    });
    await copy();
    sandbox.runtime.resetCalls();
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const { rows, cursor: next }: { rows: { name: string }[]; cursor: string | null } = dataOf(await list(kim, {}, cursor));
      pages.push(rows.map((r) => r.name));
      cursor = next;
    } while (cursor !== null && pages.length < 50);
    const listed = pages.flat();
    expect(listed).toHaveLength(306);
    expect(new Set(listed).size).toBe(306);
    expect(listed).toEqual([...listed].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(pages.slice(0, -1).every((p) => p.length === 25)).toBe(true);
    expect(deskReads()).toBe(0);
    sandbox.runtime.resetCalls();
    await names(kim);
    expect(productCalls().length).toBe(before);
  });

  it('checks who may open a customer against the copy, without reading the desks from JSM', async () => {
    const kim = acmeOnlyAgent().accountId;
    const desk = await acmeDeskId();
    const adventure = await lonelyOrganization(sandbox, 'Adventure Works');
    const open = async (id: string) => callPortfolio(sandbox, 'getCustomer', { organizationId: id }, kim, PANEL, panelExtension(sandbox, id));
    await copy();
    sandbox.runtime.resetCalls();
    expect(dataOf(await open(organizationId(sandbox, 'Northwind Traders'))).canEdit).toBe(false);
    expect(errorOf(await open(adventure)).code).toBe('FORBIDDEN');
    expect(deskReads()).toBe(0);
    await jira(sandbox, 'POST', `/rest/servicedeskapi/servicedesk/${desk}/organization`, { organizationId: adventure });
    await copy();
    expect(dataOf(await open(adventure)).canEdit).toBe(false);
  });

  it('forgets the desks that are gone, and a copy made again changes nothing', async () => {
    await copy();
    const kvs = sandbox.kvs;
    const state = z.object({ value: z.object({ syncedAt: z.string(), projectIds: z.array(z.string()) }) });
    const synced = state.parse(kvs.handle('get', { key: 'desk-organizations:synced' }).body).value;
    kvs.handle('set', { key: 'desk-organizations:synced', value: { ...synced, projectIds: [...synced.projectIds, '99999'] } });
    const record = { projectId: '99999', organizationId: '1', name: 'Old', sortKey: 'old\u00011', syncId: 'earlier' };
    expect(kvs.handle('entity/set', { entityName: 'desk-organization', key: '99999:1', value: record }).status).toBeLessThan(300);
    const kim = acmeOnlyAgent().accountId;
    const listed = await names(kim);
    await copy();
    expect(kvs.handle('entity/get', { entityName: 'desk-organization', key: '99999:1' }).status).toBe(404);
    expect(state.parse(kvs.handle('get', { key: 'desk-organizations:synced' }).body).value.projectIds).toEqual(synced.projectIds);
    expect(await names(kim)).toEqual(listed);
  });
});
