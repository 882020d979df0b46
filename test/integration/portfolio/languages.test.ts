import type { Sandbox } from '@brm/sandbox/sandbox';
import { acmeOnlyAgent, admin, agent, dataOf, errorOf, startSandbox } from '../harness';
import { callPortfolio, callPortfolioAdmin, organizationId, panelExtension, PORTFOLIO_PAGE } from './portfolio-harness';

/**
 * The portfolio in the language Jira gives its reader: a German admin gets the import's problems
 * (with the columns named in German), the export's headers, words and file name, and the admin
 * calls' refusals in German, and the German export goes back in unchanged; a German agent gets the
 * panel's refusals and the portfolio page's CSV in German. Jira is asked the language only where
 * something is written for the caller: a clean file's preview asks nothing more.
 */

let sandbox: Sandbox;
beforeAll(() => {
  sandbox = startSandbox();
  for (const accountId of [admin().accountId, acmeOnlyAgent().accountId]) {
    const user = sandbox.jira.store.user(accountId);
    if (!user) throw new Error(`the demo tenant has no user ${accountId}`);
    sandbox.jira.store.docs.users.put({ ...user, locale: 'de_DE' });
  }
});
afterAll(() => sandbox.close());

const asksLanguage = () => sandbox.runtime.calls.filter((c) => c.type === 'product' && c.path.split('?')[0] === '/rest/api/3/myself').length;

describe('a German admin on the portfolio tab', () => {
  it('gets the import’s problems in German, each in a German-named column', async () => {
    const file = [
      'organization,owner email,tier,lifecycle,lifecycle date',
      'Northwind Traders,,gold,,',
      'Nowhere Ltd,,key,,',
      'Woodgrove Bank,nobody@nowhere.example,,aktiv,2999-01-01',
    ].join('\n');
    sandbox.runtime.resetCalls();
    const preview = dataOf(await callPortfolioAdmin(sandbox, 'previewPortfolioImport', { csv: file, createMissing: false }, admin().accountId));
    expect(asksLanguage()).toBe(1);
    expect(preview.errors).toEqual([
      { line: 2, field: 'Kundenstufe', message: 'muss einer der folgenden Werte sein: strategisch, Key Account, Standard' },
      {
        line: 3,
        field: 'Organisation',
        message: 'keine Organisation heißt „Nowhere Ltd“; aktivieren Sie „Fehlende Organisationen erstellen“, um sie zu erstellen',
      },
      {
        line: 4,
        field: 'BRM-Verantwortung (E-Mail)',
        message: 'kein Jira-Benutzer (außer Portalkunden) hat die E-Mail-Adresse nobody@nowhere.example, oder Jira zeigt sie nicht an',
      },
      { line: 4, field: 'Lebenszyklus seit', message: expect.stringMatching(/^darf nicht nach dem heutigen Tag \(\d{4}-\d{2}-\d{2}\) liegen$/) },
    ]);

    // A file without problems writes nothing for the admin to read: Jira is not asked their language.
    sandbox.runtime.resetCalls();
    const clean = dataOf(
      await callPortfolioAdmin(
        sandbox,
        'previewPortfolioImport',
        { csv: 'Organisation,Kundenstufe\nNorthwind Traders,Key Account', createMissing: false },
        admin().accountId,
      ),
    );
    expect(clean).toEqual({ rows: [{ line: 2, organization: 'Northwind Traders', action: 'update' }], errors: [], toCreate: [] });
    expect(asksLanguage()).toBe(0);
  });

  it('exports the portfolio with German headers, words and file name, and importing it back changes nothing', async () => {
    const exported = dataOf(await callPortfolioAdmin(sandbox, 'exportPortfolio', {}, admin().accountId));
    const [header, ...rows] = exported.csv.split('\r\n');
    expect(header).toBe(
      'Organisation,Organisations-ID,BRM-Verantwortung (E-Mail),Kundenstufe,Branche,Lebenszyklus,Lebenszyklus seit,Gebuchte Services,' +
        'Vereinbarungstyp,Vereinbarungsname,Vereinbarungslink,Vereinbarungsbeginn,Vereinbarungsende,Services der Vereinbarung',
    );
    expect(exported.fileName).toMatch(/^kundenportfolio-\d{4}-\d{2}-\d{2}\.csv$/);
    const contoso = rows.find((r) => r.startsWith('Contoso Pharmaceuticals,'));
    expect(contoso).toMatch(/,strategisch,/);
    expect(rows.some((r) => /,(aktiv|verloren|Interessent),/.test(r))).toBe(true);
    expect(rows.some((r) => /,(SLA|Vertrag|OLA|Sonstige),/.test(r))).toBe(true);

    const started = dataOf(await callPortfolioAdmin(sandbox, 'runPortfolioImport', { csv: exported.csv, createMissing: false }, admin().accountId));
    expect(started.preview.errors).toEqual([]);
    await sandbox.settle();
    const run = started.run ? dataOf(await callPortfolioAdmin(sandbox, 'getPortfolioImport', { jobId: started.run.jobId }, admin().accountId)).run : null;
    expect(run).toMatchObject({ status: 'done', result: { changed: 0, unchanged: exported.rows, failedCount: 0 } });
  });

  it('refuses in German what the admin calls cannot do', async () => {
    expect(errorOf(await callPortfolioAdmin(sandbox, 'getPortfolioImport', { jobId: 'nope' }, admin().accountId))).toEqual({
      code: 'NOT_FOUND',
      field: 'jobId',
      message: 'jobId: es gibt keinen Import nope.',
    });
    const { settings } = dataOf(await callPortfolioAdmin(sandbox, 'getHealthSettings', {}, admin().accountId));
    expect(errorOf(await callPortfolioAdmin(sandbox, 'saveHealthSettings', { settings: { ...settings, npsRisk: 50 } }, admin().accountId))).toEqual({
      code: 'INVALID_INPUT',
      field: 'settings.npsRisk',
      message: `settings.npsRisk: darf nicht über dem Schwellenwert für „Unter Beobachtung“ (${settings.npsWatch}) liegen`,
    });
    expect(
      errorOf(await callPortfolioAdmin(sandbox, 'saveHealthSettings', { settings: { ...settings, volumeChangeRisk: 20_000 } }, admin().accountId)),
    ).toMatchObject({
      message: 'settings.volumeChangeRisk: darf höchstens 10.000 sein',
    });
    expect(errorOf(await callPortfolioAdmin(sandbox, 'startCustomerBackfill', { projectIds: ['ACME'] }, admin().accountId))).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'projectIds.0: muss eine Projekt-ID sein (nur Ziffern)',
    });
  });
});

describe('a German agent on the portfolio surfaces', () => {
  it('gets the panel’s refusals in German', async () => {
    const northwind = organizationId(sandbox, 'Northwind Traders');
    const panel = <K extends 'getCustomer' | 'saveProfile' | 'changeLifecycle'>(functionKey: K, payload: unknown) =>
      callPortfolio(sandbox, functionKey, payload, acmeOnlyAgent().accountId, 'brm-customer-panel', panelExtension(sandbox, northwind));
    const { profile } = dataOf(await panel('getCustomer', { organizationId: northwind }));
    const edit = {
      organizationId: northwind,
      version: profile.version,
      ownerAccountId: null,
      tier: null,
      industry: 'Einzelhandel',
      keyContacts: [],
      enrolledServiceIds: [],
    };
    expect(errorOf(await panel('saveProfile', edit))).toEqual({
      code: 'FORBIDDEN',
      message: 'Nur die BRM-verantwortliche Person des Kunden und Jira-Administratoren können sein Profil ändern.',
    });
    expect(errorOf(await panel('changeLifecycle', { organizationId: northwind, version: profile.version, state: 'weg', date: 'heute' }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'state',
      message: 'state: muss einer der folgenden Werte sein: prospect, active, lost; date: muss ein Datum im Format JJJJ-MM-TT sein',
    });
  });

  it('exports the portfolio page’s list with German headers and words, and an English agent still gets English', async () => {
    const german = dataOf(await callPortfolio(sandbox, 'exportPortfolioView', { filter: {} }, acmeOnlyAgent().accountId, PORTFOLIO_PAGE));
    const [header, ...rows] = german.csv.split('\r\n');
    expect(header).toBe('Organisation,Organisations-ID,Kundenstufe,BRM-Verantwortung,Lebenszyklus,Kundengesundheit,Bewertet am,CSAT %,NPS,Offene Beschwerden');
    expect(german.fileName).toMatch(/^kunden-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(rows.some((r) => /,(strategisch|Key Account|Standard),/.test(r))).toBe(true);

    const english = dataOf(await callPortfolio(sandbox, 'exportPortfolioView', { filter: {} }, agent().accountId, PORTFOLIO_PAGE));
    expect(english.csv.split('\r\n')[0]).toBe('organization,organization id,tier,owner,lifecycle,health,assessed at,CSAT %,NPS,open complaints');
    expect(english.fileName).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
