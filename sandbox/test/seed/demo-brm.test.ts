import fc from 'fast-check';
import { z } from 'zod';
import { JiraEmulator } from '#sandbox/jira/jira-emulator';
import type { StoredIssue } from '#sandbox/jira/model';
import { KvsEmulator } from '#sandbox/kvs/kvs-emulator';
import { appManifest } from '#sandbox/test/support/app-under-test';
import { DEMO_BRM_TYPES } from '#sandbox/seed/demo-brm-setup';
import { DEMO_SERVICES, serviceNameClaimKey } from '#sandbox/seed/demo-services';
import { DEMO_USERS } from '#sandbox/seed/demo-users';
import { isSeeded, seedDemoTenant } from '#sandbox/seed/seed';
import { openDatabase } from '#sandbox/store/database';

/**
 * The demo tenant's BRM: set up in ACME as provisioning leaves it (the integration test
 * test/integration/demo-brm-setup.test.ts holds it to the app's own plan), a year of BRM tickets,
 * Customer and Service on a share of ACME's requests, the service catalogue in the app's KVS; and
 * GLOBEX, a second company-managed service project without BRM.
 */

const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY = 24 * 3600 * 1000;
const ref = z.object({ id: z.string(), name: z.string() });
const tag = z.object({ kind: z.enum(['complaint', 'compliment']), feedbackIssueKey: z.string(), taggedAt: z.string(), taggedBy: z.string() });

function tenant(options: { issues?: number; seed?: number; withKvs?: boolean } = {}) {
  const db = openDatabase(':memory:');
  const jira = new JiraEmulator(db, { now: () => NOW });
  jira.installApp(appManifest());
  const kvs = new KvsEmulator(db, { now: () => NOW, entities: appManifest().entities });
  const summary = seedDemoTenant(jira, { issues: options.issues ?? 200, seed: options.seed ?? 1, now: NOW, ...(options.withKvs === false ? {} : { kvs }) });
  const store = jira.store;
  const field = (key: string) => store.fields().find((f) => f.schemaCustom?.endsWith(`/static/${key}`))?.id ?? '';
  const typeId = (name: string) => store.issueTypes().find((t) => t.name === name && t.scopeProjectId === undefined)?.id ?? '';
  const ofType = (name: string) => store.docs.issues.filter((i) => i.issueTypeId === typeId(name));
  return { jira, kvs, store, summary, field, typeId, ofType };
}

const span = (issues: readonly StoredIssue[]): number => {
  const times = issues.map((i) => Date.parse(i.created));
  return Math.max(...times) - Math.min(...times);
};

describe('BRM set up in ACME by the seeder', () => {
  it("creates the four global types with the app's descriptions and icons, in the default scheme and ACME's, not in GLOBEX's", () => {
    const { store } = tenant({ issues: 1 });
    const acme = store.project('ACME');
    const globex = store.project('GLOBEX');
    if (!acme || !globex) throw new Error('projects missing');
    for (const definition of Object.values(DEMO_BRM_TYPES)) {
      const matching = store.issueTypes().filter((t) => t.name === definition.name);
      expect(matching).toEqual([
        expect.objectContaining({ description: definition.description, avatarId: definition.avatarId, subtask: false, hierarchyLevel: 0 }),
      ]);
      const id = matching[0]?.id ?? '';
      expect(matching[0]?.scopeProjectId).toBeUndefined();
      expect(store.defaultScheme().issueTypeIds).toContain(id);
      expect(store.schemeOfProject(acme).issueTypeIds).toContain(id);
      expect(store.schemeOfProject(globex).issueTypeIds).not.toContain(id);
    }
  });

  it("puts the app's request types on ACME's portal in its Feedback group, and leaves each field's one global context as installed", () => {
    const { store } = tenant({ issues: 1 });
    const desk = store.serviceDeskOfProject(store.project('ACME')?.id ?? '');
    const feedback = store.docs.requestTypeGroups.find((g) => g.serviceDeskId === desk?.id && g.name === 'Feedback');
    const brm = store.docs.requestTypes.filter((t) => t.name === 'Raise a complaint' || t.name === 'Give a compliment');
    expect(brm.map((t) => [t.name, t.serviceDeskId, t.groupIds, store.docs.issueTypes.get(t.issueTypeId)?.name])).toEqual([
      ['Raise a complaint', desk?.id, [feedback?.id], 'Complaint'],
      ['Give a compliment', desk?.id, [feedback?.id], 'Compliment'],
    ]);
    const appFields = store.fields().filter((f) => f.schemaCustom?.startsWith('ari:cloud:ecosystem::extension/'));
    expect(appFields).toHaveLength(7);
    for (const f of appFields)
      expect(store.docs.fieldContexts.filter((c) => c.fieldId === f.id).map((c) => [c.isGlobalContext, c.isAnyIssueType])).toEqual([[true, true]]);
  });

  it("refuses a Jira without the app's fields, naming what to do, and writes nothing", () => {
    const db = openDatabase(':memory:');
    const jira = new JiraEmulator(db, { now: () => NOW });
    const kvs = new KvsEmulator(db, { now: () => NOW, entities: appManifest().entities });
    expect(() => seedDemoTenant(jira, { issues: 3, now: NOW, kvs })).toThrow(/install the app \(jira\.installApp\) before seeding/);
    expect(isSeeded(jira)).toBe(false);
    expect(kvs.handle('entity/get', { entityName: 'service', key: DEMO_SERVICES[0]?.id ?? '' }).status).toBe(404);
  });
});

describe("ACME's year of BRM tickets", () => {
  it('seeds Complaints, Compliments, Business Cases and Service Requirements, each kind spread over the year', () => {
    const { ofType, summary } = tenant();
    // Complaints: 8 tickets, and the register's 40 complaints with their history.
    expect(['Complaint', 'Compliment', 'Business Case', 'Service Requirement'].map((name) => ofType(name).length)).toEqual([8 + 40, 5, 4, 3]);
    expect(summary.brmTickets).toBe(20);
    expect(summary.complaints).toBe(40);
    // One in each third of the year or finer, whatever the seed.
    for (const name of ['Complaint', 'Compliment', 'Business Case', 'Service Requirement']) {
      expect(span(ofType(name))).toBeGreaterThan(120 * DAY);
      for (const issue of ofType(name)) expect(Date.parse(issue.created)).toBeGreaterThanOrEqual(NOW.getTime() - 366 * DAY);
    }
  });

  it('tags tickets as tagging does: the property on the ticket, a Relates link, the statement and its origin, Customer and Service on both', () => {
    const { store, field } = tenant();
    const tagged = store.docs.issues.filter((i) => i.properties['brm-feedback'] !== undefined);
    expect(tagged).toHaveLength(8);
    const relates = store.docs.issueLinkTypes.find((t) => t.name === 'Relates');
    for (const ticket of tagged) {
      const mark = tag.parse(ticket.properties['brm-feedback']);
      const feedback = store.issue(mark.feedbackIssueKey);
      if (!feedback) throw new Error(`no ${mark.feedbackIssueKey}`);
      expect(store.docs.issueTypes.get(feedback.issueTypeId)?.name).toBe(mark.kind === 'complaint' ? 'Complaint' : 'Compliment');
      expect(feedback.summary.startsWith(mark.kind === 'complaint' ? 'Complaint: ' : 'Compliment: ')).toBe(true);
      expect(JSON.stringify(feedback.description)).toContain(`${ticket.key} (${ticket.summary})`);
      expect(feedback.created).toBe(mark.taggedAt);
      expect(Date.parse(mark.taggedAt)).toBeGreaterThan(Date.parse(ticket.created));
      expect(Date.parse(ticket.updated)).toBeGreaterThanOrEqual(Date.parse(mark.taggedAt));
      expect(feedback.reporterId).toBe(mark.taggedBy);
      expect(store.linksOf(ticket.id)).toEqual([expect.objectContaining({ typeId: relates?.id, inwardIssueId: ticket.id, outwardIssueId: feedback.id })]);
      expect(ref.parse(ticket.customFields[field('brm-customer')])).toEqual(ref.parse(feedback.customFields[field('brm-customer')]));
      expect(ref.parse(feedback.customFields[field('brm-service')]).id).toMatch(/^5eed5e7c-/);
      expect(feedback.labels.some((l) => l.startsWith('brm-category-'))).toBe(true);
      expect(feedback.labels.some((l) => l.startsWith('brm-severity-'))).toBe(mark.kind === 'complaint');
    }
  });

  it('raises the other feedback on the portal with the request types, for the reporter’s organization; with no ticket to tag, all of it', () => {
    for (const issues of [200, 0]) {
      const { store, field, ofType } = tenant({ issues });
      const raised = [...ofType('Complaint'), ...ofType('Compliment')].filter((i) => i.requestTypeId !== null);
      expect(raised).toHaveLength(issues === 0 ? 13 : 5);
      for (const issue of raised) {
        const reporter = DEMO_USERS.find((u) => u.accountId === issue.reporterId);
        expect(reporter?.kind).toBe('customer');
        const organization = store.organizations().find((o) => o.name === reporter?.organization);
        expect(issue.customFields[field('brm-customer')]).toEqual({ id: organization?.id, name: organization?.name });
        expect(store.docs.requestTypes.get(issue.requestTypeId ?? '')?.name).toBe(
          store.docs.issueTypes.get(issue.issueTypeId)?.name === 'Complaint' ? 'Raise a complaint' : 'Give a compliment',
        );
      }
    }
  });

  it('gives Business Cases their figures: a decision that follows the resolution, an actual cost once carried out', () => {
    const { ofType, field } = tenant({ seed: 5 });
    for (const issue of ofType('Business Case')) {
      const value = (key: string) => issue.customFields[field(key)];
      expect(value('brm-planned-cost')).toEqual(expect.any(Number));
      expect(value('brm-expected-benefit')).toEqual(expect.any(Number));
      expect(['yes', 'no']).toContain(value('brm-strategic'));
      const decision = value('brm-decision');
      expect(decision).toBe(issue.resolutionId === null ? 'pending' : issue.resolutionId === '10000' ? 'go' : 'no-go');
      expect(value('brm-actual-cost') !== undefined).toBe(decision === 'go');
      expect(ref.safeParse(value('brm-customer')).success && ref.safeParse(value('brm-service')).success).toBe(true);
    }
  });
});

describe('for any seed and size', () => {
  it("keeps ACME in creation order with 20 BRM tickets spread over the year (the register's complaints numbered after them), every tag pointing at its feedback issue", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 300 }), (seed, issues) => {
        const { store, ofType, summary } = tenant({ seed, issues, withKvs: false });
        expect(summary).toMatchObject({ acmeIssues: issues, brmTickets: 20, fieldIssues: 10, globexIssues: 40 });
        const acme = store.docs.issues.filter((i) => i.key.startsWith('ACME-')).sort((a, b) => Number(a.key.slice(5)) - Number(b.key.slice(5)));
        const split = summary.acmeIssues + summary.brmTickets;
        for (const part of [acme.slice(0, split), acme.slice(split)]) expect(part.map((i) => i.created)).toEqual([...part.map((i) => i.created)].sort());
        expect(acme.length - split).toBe(summary.complaints);
        for (const name of ['Complaint', 'Compliment', 'Business Case', 'Service Requirement']) expect(span(ofType(name))).toBeGreaterThan(120 * DAY);
        for (const ticket of store.docs.issues.filter((i) => i.properties['brm-feedback'] !== undefined)) {
          const feedback = store.issue(tag.parse(ticket.properties['brm-feedback']).feedbackIssueKey);
          expect(store.linksOf(ticket.id).map((l) => l.outwardIssueId)).toEqual([feedback?.id]);
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe('Customer and Service on ACME’s requests', () => {
  it("gives a share of the customer requests the reporter's organization and a catalogue service, and agents' own work none", () => {
    const { store, field, ofType } = tenant({ issues: 1000 });
    const acme = store.project('ACME')?.id;
    const brm = new Set(['Complaint', 'Compliment', 'Business Case', 'Service Requirement'].flatMap((n) => ofType(n).map((i) => i.id)));
    const ordinary = store.docs.issues.filter((i) => i.projectId === acme && !brm.has(i.id));
    const requests = ordinary.filter((i) => i.requestTypeId !== null);
    const named = requests.filter((i) => i.customFields[field('brm-customer')] !== undefined);
    expect(named.length / requests.length).toBeGreaterThan(0.5);
    expect(named.length / requests.length).toBeLessThan(0.75);
    for (const issue of named) {
      const reporter = DEMO_USERS.find((u) => u.accountId === issue.reporterId);
      expect(ref.parse(issue.customFields[field('brm-customer')]).name).toBe(reporter?.organization);
    }
    const services = new Map(DEMO_SERVICES.map((s) => [s.id, s.name]));
    const withService = requests.filter((i) => i.customFields[field('brm-service')] !== undefined);
    expect(withService.length).toBeGreaterThan(named.length / 2);
    for (const issue of withService) {
      const value = ref.parse(issue.customFields[field('brm-service')]);
      expect(services.get(value.id)).toBe(value.name);
    }
    const tagged = new Set(store.docs.issues.filter((i) => i.properties['brm-feedback'] !== undefined).map((i) => i.id));
    expect(ordinary.filter((i) => i.requestTypeId === null && i.customFields[field('brm-customer')] !== undefined && !tagged.has(i.id))).toEqual([]);
  });

  it('writes the service catalogue into the KVS given, as the app keeps it; without one, only Jira', () => {
    const { kvs } = tenant({ issues: 1 });
    for (const service of DEMO_SERVICES) {
      expect(kvs.handle('entity/get', { entityName: 'service', key: service.id })).toMatchObject({
        status: 200,
        body: { value: { name: service.name, status: 'active' } },
      });
      expect(kvs.handle('entity/get', { entityName: 'service-name', key: serviceNameClaimKey(service.name) })).toMatchObject({
        status: 200,
        body: { value: { serviceId: service.id } },
      });
    }
    expect(serviceNameClaimKey('  Network   AND vpn ')).toBe(serviceNameClaimKey('Network and VPN'));
    const bare = tenant({ issues: 1, withKvs: false });
    expect(bare.kvs.handle('entity/get', { entityName: 'service', key: DEMO_SERVICES[0]?.id ?? '' }).status).toBe(404);
  });
});

describe('GLOBEX, the service project without BRM', () => {
  it('holds 40 requests of the last six months, from its organizations’ customers and its agents, naming no customer or service', () => {
    const { store, field } = tenant({ issues: 10 });
    const globex = store.project('GLOBEX');
    const issues = store.docs.issues.filter((i) => i.projectId === globex?.id);
    expect(issues).toHaveLength(40);
    expect(span(issues)).toBeGreaterThan(90 * DAY);
    for (const issue of issues) expect(Date.parse(issue.created)).toBeGreaterThanOrEqual(NOW.getTime() - 183 * DAY);
    const deskOrganizations = new Set(
      store
        .organizations()
        .filter((o) => o.serviceDeskIds.includes(store.serviceDeskOfProject(globex?.id ?? '')?.id ?? ''))
        .map((o) => o.name),
    );
    for (const issue of issues) {
      const reporter = DEMO_USERS.find((u) => u.accountId === issue.reporterId);
      if (reporter?.kind === 'customer') expect(deskOrganizations.has(reporter.organization ?? '')).toBe(true);
      else expect(globex?.agentIds).toContain(issue.reporterId);
      expect(issue.customFields[field('brm-customer')]).toBeUndefined();
      expect(issue.customFields[field('brm-service')]).toBeUndefined();
    }
    const numbers = issues.map((i) => Number(i.key.split('-')[1]));
    expect([...issues].sort((a, b) => a.created.localeCompare(b.created)).map((i) => Number(i.key.split('-')[1]))).toEqual([...numbers].sort((a, b) => a - b));
  });
});
