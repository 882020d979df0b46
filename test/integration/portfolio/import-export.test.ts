import type { Sandbox } from '@brm/sandbox/sandbox';
import { admin, agent, dataOf, errorOf, startSandbox, writesSince } from '../harness';
import { callPortfolio, callPortfolioAdmin, organizationId, panelExtension, writesOf } from './portfolio-harness';

/** The portfolio from and to CSV on the admin page. */
describe('the portfolio import and export', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = startSandbox();
  });
  afterEach(() => sandbox.close());

  const header = 'organization,owner email,tier,industry,lifecycle,lifecycle date,agreement type,agreement name,agreement start,agreement end';
  const file = [
    header,
    'Northwind Traders,agent2@brm-demo.example,key,Retail,,,ola,Warehouse network OLA,2026-01-01,2027-06-30',
    'Woodgrove Bank,,,,lost,2026-03-01,,,,',
    'Adventure Works,agent@brm-demo.example,standard,Outdoor,prospect,2026-02-01,,,,',
    'Litware Health,nobody@nowhere.example,gold,,,,,,,',
    'Tailspin Airlines,,,,prospect,2019-01-01,,,,',
    'Fabrikam Logistics,nobody@nowhere.example,,,,,,,,',
  ].join('\n');

  const importAndWait = async (csv: string, createMissing: boolean) => {
    const started = dataOf(await callPortfolioAdmin(sandbox, 'runPortfolioImport', { csv, createMissing }, admin().accountId));
    await sandbox.settle();
    const run = started.run ? dataOf(await callPortfolioAdmin(sandbox, 'getPortfolioImport', { jobId: started.run.jobId }, admin().accountId)).run : null;
    return { preview: started.preview, run };
  };

  it('previews each row, with the line, column and reason of every error, and writes nothing', async () => {
    sandbox.runtime.resetCalls();
    const preview = dataOf(await callPortfolioAdmin(sandbox, 'previewPortfolioImport', { csv: file, createMissing: false }, admin().accountId));
    expect(preview.rows).toEqual([
      { line: 2, organization: 'Northwind Traders', action: 'update' },
      { line: 3, organization: 'Woodgrove Bank', action: 'update' },
    ]);
    expect(preview.errors).toEqual([
      { line: 4, field: 'organization', message: 'no organization is named "Adventure Works"; tick "Create organizations that do not exist" to create it' },
      { line: 5, field: 'tier', message: 'must be one of strategic, key, standard' },
      { line: 6, field: 'lifecycle date', message: expect.stringMatching(/^must be on or after the previous change \(\d{4}-\d{2}-\d{2}\)$/) },
      { line: 7, field: 'owner email', message: 'no Jira user (other than a portal customer) has the email nobody@nowhere.example, or Jira does not show it' },
    ]);
    expect(writesOf(sandbox, writesSince(sandbox))).toEqual({ jira: [], kvs: [] });
  });

  it('imports only the valid rows, creates organizations only when asked, and changes nothing the second time', async () => {
    const first = await importAndWait(file, true);
    expect(first.preview.toCreate).toEqual(['Adventure Works']);
    expect(first.run).toMatchObject({ status: 'done', result: { changed: 3, unchanged: 0, failedCount: 0, created: ['Adventure Works'] } });
    const adventure = organizationId(sandbox, 'Adventure Works');
    const view = (id: string) =>
      callPortfolio(sandbox, 'getCustomer', { organizationId: id }, admin().accountId, 'brm-customer-panel', panelExtension(sandbox, id));
    const northwind = dataOf(await view(organizationId(sandbox, 'Northwind Traders')));
    expect(northwind.profile).toMatchObject({ tier: 'key', owner: { displayName: 'Kim Agent' }, version: 2 });
    expect(northwind.agreements.map((a) => a.name)).toContain('Warehouse network OLA');
    expect(northwind.history[0]).toMatchObject({ source: 'import', by: { displayName: 'Ada Admin' } });
    expect(dataOf(await view(organizationId(sandbox, 'Woodgrove Bank'))).profile.lifecycle).toEqual({ state: 'lost', since: '2026-03-01' });
    expect(dataOf(await view(adventure)).profile).toMatchObject({ tier: 'standard', industry: 'Outdoor', lifecycle: { state: 'prospect' } });
    // Litware's and Tailspin's rows had errors: untouched.
    expect(dataOf(await view(organizationId(sandbox, 'Litware Health'))).profile.version).toBe(1);

    sandbox.runtime.resetCalls();
    const second = await importAndWait(file, true);
    expect(second.preview.toCreate).toEqual([]);
    expect(second.run).toMatchObject({ status: 'done', result: { changed: 0, unchanged: 3, created: [] } });
    expect(sandbox.jira.store.organizations().filter((o) => o.name === 'Adventure Works')).toHaveLength(1);
    expect(dataOf(await view(organizationId(sandbox, 'Northwind Traders'))).agreements.filter((a) => a.name === 'Warehouse network OLA')).toHaveLength(1);
    expect(writesOf(sandbox, writesSince(sandbox)).jira).toEqual([]);
  });

  it('exports the whole portfolio in the columns the import reads, and reading it back changes nothing', async () => {
    const exported = dataOf(await callPortfolioAdmin(sandbox, 'exportPortfolio', {}, admin().accountId));
    expect(exported.csv.split('\r\n')[0]).toBe(
      'organization,organization id,owner email,tier,industry,lifecycle,lifecycle date,enrolled services,agreement type,agreement name,agreement reference,agreement start,agreement end,agreement services',
    );
    expect(exported.csv).toContain('Contoso Pharmaceuticals');
    expect(exported.rows).toBe(8);
    const back = await importAndWait(exported.csv, false);
    expect(back.preview.errors).toEqual([]);
    expect(back.run).toMatchObject({ status: 'done', result: { changed: 0, unchanged: 8 } });
  });

  it('is for Jira admins only', async () => {
    expect(errorOf(await callPortfolioAdmin(sandbox, 'runPortfolioImport', { csv: file }, agent().accountId)).code).toBe('FORBIDDEN');
    expect(errorOf(await callPortfolioAdmin(sandbox, 'exportPortfolio', {}, agent().accountId)).code).toBe('FORBIDDEN');
    expect(errorOf(await callPortfolioAdmin(sandbox, 'previewPortfolioImport', { csv: 42 }, admin().accountId))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'csv',
      message: 'csv: must be a string',
    });
  });
});
