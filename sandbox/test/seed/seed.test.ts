import { openDatabase } from '#sandbox/store/database';
import { JiraEmulator } from '#sandbox/jira/jira-emulator';
import { appManifest } from '#sandbox/test/support/app-under-test';
import { DEMO_ORGANIZATIONS, DEMO_USERS } from '#sandbox/seed/demo-users';
import { isSeeded, seedDemoTenant } from '#sandbox/seed/seed';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const YEAR_MS = 365 * 24 * 3600 * 1000;

function seeded(options: { issues?: number; seed?: number } = {}): JiraEmulator {
  const jira = new JiraEmulator(openDatabase(':memory:'), { now: () => NOW });
  jira.installApp(appManifest());
  seedDemoTenant(jira, { now: NOW, ...options });
  return jira;
}

const snapshot = (jira: JiraEmulator) =>
  jira.store.docs.issues
    .all()
    .map((i) =>
      [
        i.key,
        i.issueTypeId,
        i.created,
        i.updated,
        i.statusId,
        i.reporterId,
        i.assigneeId,
        i.summary,
        i.organizationIds.join(),
        i.labels.join(),
        JSON.stringify(i.customFields),
        JSON.stringify(i.properties),
      ].join('|'),
    )
    .concat(jira.store.docs.issueLinks.all().map((l) => [l.typeId, l.inwardIssueId, l.outwardIssueId].join('|')));

describe('seedDemoTenant', () => {
  it('is deterministic: the same seed gives the same keys, dates and people; another seed does not', () => {
    const a = snapshot(seeded({ seed: 42 }));
    expect(snapshot(seeded({ seed: 42 }))).toEqual(a);
    expect(snapshot(seeded({ seed: 43 }))).not.toEqual(a);
  });

  it('creates 200 ACME requests, 20 BRM tickets and 40 register complaints over the last twelve months, 10 FIELD and 40 GLOBEX requests', () => {
    const jira = seeded();
    const acme = jira.store.docs.issues.filter((i) => i.key.startsWith('ACME-'));
    const field = jira.store.docs.issues.filter((i) => i.key.startsWith('FIELD-'));
    const brmTypes = new Set(
      jira.store
        .issueTypes()
        .filter((t) => ['Complaint', 'Compliment', 'Business Case', 'Service Requirement'].includes(t.name))
        .map((t) => t.id),
    );
    expect(acme.filter((i) => !brmTypes.has(i.issueTypeId))).toHaveLength(200);
    // 20 BRM tickets, and the complaint register's history: one complaint in fifty requests, at least 40.
    expect(acme.filter((i) => brmTypes.has(i.issueTypeId))).toHaveLength(20 + 40);
    expect(field).toHaveLength(10);
    expect(jira.store.docs.issues.filter((i) => i.key.startsWith('GLOBEX-'))).toHaveLength(40);
    const created = acme.map((i) => Date.parse(i.created));
    expect(Math.min(...created)).toBeGreaterThanOrEqual(NOW.getTime() - YEAR_MS);
    expect(Math.max(...created)).toBeLessThanOrEqual(NOW.getTime());
    expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(0.9 * YEAR_MS);
    // Keys follow creation order: the requests and BRM tickets, then the register's complaints.
    const byNumber = [...acme].sort((x, y) => Number(x.key.slice(5)) - Number(y.key.slice(5)));
    for (const part of [byNumber.slice(0, 220), byNumber.slice(220)]) expect(part.map((i) => i.created)).toEqual([...part.map((i) => i.created)].sort());
  });

  it("gives ACME and GLOBEX their own JSM screens (create, edit, view) through their issue type screen schemes, FIELD's types their fields, and each desk its portal groups", () => {
    const jira = seeded({ issues: 1 });
    const store = jira.store;
    const field = store.project('FIELD');
    if (!field) throw new Error('The seed has no FIELD.');
    const jsmFields = ['summary', 'issuetype', 'description', 'reporter', 'assignee', 'priority', 'labels', 'customfield_10010', 'customfield_10002'];
    const appFields = store
      .fields()
      .filter((f) => f.schemaCustom?.startsWith('ari:cloud:ecosystem::extension/'))
      .map((f) => f.id);
    for (const [key, fields] of [
      ['ACME', [...jsmFields, ...appFields]],
      ['GLOBEX', jsmFields],
    ] as const) {
      const project = store.project(key);
      if (!project) throw new Error(`The seed has no ${key}.`);
      const scheme = store.screenSchemeOfProject(project);
      expect(scheme.name).toBe(`${key}: Jira Service Management Issue Type Screen Scheme`);
      const screenScheme = store.docs.screenSchemes.get(scheme.mappings.find((m) => m.issueTypeId === 'default')?.screenSchemeId ?? '');
      const screens = (['create', 'edit', 'view'] as const).map((op) => store.docs.screens.get(screenScheme?.screens[op] ?? ''));
      expect(screens.map((s) => s?.name)).toEqual([
        `${key}: Jira Service Management Create Issue Screen`,
        `${key}: Jira Service Management Edit Issue Screen`,
        `${key}: Jira Service Management View Issue Screen`,
      ]);
      // BRM is set up in ACME: the app's fields follow JSM's on its screens; GLOBEX's have JSM's only.
      for (const screen of screens) expect(screen?.tabs.flatMap((t) => t.fieldIds)).toEqual(fields);
    }
    for (const type of store.issueTypesOfProject(field)) expect(store.docs.fieldLayouts.get(type.id)?.fieldIds).toContain('summary');
    const groups = store.docs.requestTypeGroups.all().map((g) => `${g.serviceDeskId}:${g.name}`);
    expect(groups).toEqual(['1:Get help', '1:Report a problem', '1:Feedback', '2:Get help', '2:Feedback', '3:Get help', '3:Report a problem', '3:Feedback']);
    expect(store.docs.requestTypes.all().every((t) => t.groupIds.length === 1)).toBe(true);
  });

  it('gives each issue a coherent lifecycle', () => {
    const jira = seeded({ issues: 500 });
    const categories = new Set<string>();
    for (const issue of jira.store.docs.issues.all()) {
      const category = jira.store.docs.statuses.get(issue.statusId)?.categoryKey;
      categories.add(category ?? 'missing');
      expect(Date.parse(issue.updated)).toBeGreaterThanOrEqual(Date.parse(issue.created));
      expect(Date.parse(issue.updated)).toBeLessThanOrEqual(NOW.getTime());
      if (category === 'done') {
        expect(issue.resolutionId).not.toBeNull();
        expect(Date.parse(issue.resolutiondate ?? '')).toBeGreaterThan(Date.parse(issue.created));
        expect(Date.parse(issue.resolutiondate ?? '')).toBeLessThanOrEqual(Date.parse(issue.updated));
      } else {
        expect(issue.resolutionId).toBeNull();
        expect(issue.resolutiondate).toBeNull();
      }
      const reporter = jira.store.user(issue.reporterId ?? '');
      expect(reporter).toBeDefined();
      if (issue.requestTypeId) expect(reporter?.kind).toBe('customer');
      const reporterOrganizations = jira.store.organizationsOf(issue.reporterId ?? '').map((o) => o.id);
      for (const id of issue.organizationIds) expect(reporterOrganizations).toContain(id);
      if (issue.assigneeId) expect(jira.store.docs.projects.get(issue.projectId)?.agentIds).toContain(issue.assigneeId);
    }
    expect(categories).toEqual(new Set(['new', 'indeterminate', 'done']));
    const all = jira.store.docs.issues.all();
    expect(all.filter((i) => i.organizationIds.length > 0).length).toBeGreaterThan(all.length / 2);
    expect(all.some((i) => i.requestTypeId && i.organizationIds.length === 0)).toBe(true);
    expect(all.filter((i) => i.assigneeId).length).toBeGreaterThan(all.length / 2);
  });

  it('builds the three desks: ACME company-managed with BRM set up, FIELD team-managed with its own types, GLOBEX company-managed without BRM', () => {
    const jira = seeded({ issues: 5 });
    const acme = jira.store.project('ACME');
    const field = jira.store.project('FIELD');
    const globex = jira.store.project('GLOBEX');
    expect(acme).toMatchObject({ name: 'Acme Service Desk', style: 'classic', projectTypeKey: 'service_desk' });
    expect(field).toMatchObject({ name: 'Field Services', style: 'next-gen', projectTypeKey: 'service_desk' });
    expect(globex).toMatchObject({ name: 'Globex Service Desk', style: 'classic', projectTypeKey: 'service_desk' });
    if (!acme || !field || !globex) throw new Error('projects missing');
    const jsmTypes = ['Service Request', 'Incident', 'Problem', 'Change', 'Task'];
    expect(jira.store.issueTypesOfProject(acme).map((t) => t.name)).toEqual([...jsmTypes, 'Complaint', 'Compliment', 'Business Case', 'Service Requirement']);
    expect(jira.store.issueTypesOfProject(globex).map((t) => t.name)).toEqual(jsmTypes);
    expect(jira.store.schemeOfProject(globex).id).not.toBe(jira.store.schemeOfProject(acme).id);
    expect(jira.store.issueTypesOfProject(field).map((t) => [t.name, t.scopeProjectId])).toEqual([
      ['Request', field.id],
      ['Task', field.id],
    ]);
    const requestTypesOf = (projectId: string) =>
      jira.store.docs.requestTypes
        .all()
        .filter((t) => t.serviceDeskId === jira.store.serviceDeskOfProject(projectId)?.id)
        .map((t) => t.name);
    expect(requestTypesOf(acme.id)).toEqual(['Get IT help', 'Report an incident', 'Request access', 'Raise a complaint', 'Give a compliment']);
    expect(requestTypesOf(globex.id)).toEqual(['Ask a question', 'Request new hardware', 'Report an outage']);
    const sam = DEMO_USERS.find((u) => u.email === 'agent@brm-demo.example');
    const kim = DEMO_USERS.find((u) => u.email === 'agent2@brm-demo.example');
    const ada = DEMO_USERS.find((u) => u.email === 'admin@brm-demo.example');
    expect(acme.agentIds).toEqual([sam?.accountId, kim?.accountId]);
    expect(field.agentIds).toEqual([sam?.accountId]);
    expect(globex.agentIds).toEqual([sam?.accountId, ada?.accountId]);
    const globexDesk = jira.store.serviceDeskOfProject(globex.id)?.id ?? '';
    expect(
      jira.store
        .organizations()
        .filter((o) => o.serviceDeskIds.includes(globexDesk))
        .map((o) => o.name),
    ).toEqual(['Contoso Pharmaceuticals', 'Tailspin Airlines', 'Litware Health']);
  });

  it('creates the six organizations with two or three portal customers each, as DEMO_USERS lists them', () => {
    const jira = seeded({ issues: 1 });
    expect(jira.store.organizations().map((o) => o.name)).toEqual([...DEMO_ORGANIZATIONS]);
    for (const organization of jira.store.organizations()) {
      expect(organization.memberIds.length).toBeGreaterThanOrEqual(2);
      expect(organization.memberIds.length).toBeLessThanOrEqual(3);
      for (const id of organization.memberIds) expect(jira.store.user(id)).toMatchObject({ kind: 'customer', accountType: 'customer' });
    }
    for (const demo of DEMO_USERS) {
      expect(jira.store.user(demo.accountId)).toMatchObject({ emailAddress: demo.email, displayName: demo.displayName, kind: demo.kind });
      const memberOf = jira.store.organizationsOf(demo.accountId).map((o) => o.name);
      expect(memberOf).toEqual(demo.organization ? [demo.organization] : []);
    }
    expect(new Set(DEMO_USERS.map((u) => u.email)).size).toBe(DEMO_USERS.length);
    expect(DEMO_USERS.filter((u) => u.kind === 'admin').map((u) => u.displayName)).toEqual(['Ada Admin']);
  });

  it('seeds only an empty store', () => {
    const jira = seeded({ issues: 1 });
    expect(isSeeded(jira)).toBe(true);
    expect(() => seedDemoTenant(jira, { now: NOW })).toThrow(/already holds a tenant/);
    expect(isSeeded(new JiraEmulator(openDatabase(':memory:')))).toBe(false);
  });

  it('scales: 20,000 issues with unique keys and ids', () => {
    const jira = seeded({ issues: 20_000 });
    const all = jira.store.docs.issues.all();
    // ACME's requests, 20 BRM tickets and 400 register complaints (one in fifty requests), FIELD's 10 and GLOBEX's 40 requests.
    expect(all).toHaveLength(20_470);
    expect(new Set(all.map((i) => i.key)).size).toBe(20_470);
    expect(new Set(all.map((i) => i.id)).size).toBe(20_470);
    expect(jira.store.issue('ACME-20420')).toBeDefined();
    expect(jira.store.issue('ACME-20421')).toBeUndefined();
  });
});
