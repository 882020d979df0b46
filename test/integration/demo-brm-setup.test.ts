import { createHash } from 'node:crypto';
import { z } from 'zod';
import { APP_CONTEXT_NAME, APP_FIELD_KEYS, APP_FIELD_SCOPES } from '#provisioning/domain/app-fields';
import { appFieldValueProblem } from '#provisioning/domain/app-field-values';
import { BRM_ISSUE_TYPES, BRM_TYPE_KEYS } from '#provisioning/domain/issue-types';
import { BRM_REQUEST_TYPES, BRM_REQUEST_TYPE_KEYS } from '#provisioning/domain/request-types';
import { issueTypeNaming, requestTypeNaming } from '#provisioning/domain/names';
import { normaliseServiceName } from '#catalogue/domain';
import { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES, feedbackTag, readFeedbackLabels } from '#feedback/domain/feedback';
import { feedbackSummary } from '#feedback/domain/summary';
import { readRefFieldValue } from '#kernel/ref-field-value';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_BRM_CONTEXT_NAME, DEMO_BRM_FIELDS, DEMO_BRM_REQUEST_TYPES, DEMO_BRM_TYPES } from '@brm/sandbox/seed/demo-brm-setup';
import { DEMO_SERVICES } from '@brm/sandbox/seed/demo-services';
import { admin, agent, callAdmin, callIssue, dataOf, jira, projectId, provision, searchKeys, startSandbox, writesSince } from './harness';

/**
 * The seeder sets BRM up in ACME without the app's code (the sandbox is a package of its own): these
 * tests hold what it writes to the app. After seeding, the app's provisioning plan for ACME has
 * nothing to write and the admin page shows ACME set up; setting BRM up in GLOBEX through the app
 * leaves GLOBEX as the seeder left ACME; the app reads the seeded catalogue, tickets and tags, and
 * its triggers find every seeded Customer and Service within their rules.
 */

const screenTabs = z.array(z.object({ id: z.number() }));
const tabFields = z.array(z.object({ id: z.string() }));
const requestTypes = z.object({
  values: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      helpText: z.string().optional(),
      issueTypeId: z.string(),
      groupIds: z.array(z.string()),
    }),
  ),
});
const desks = z.object({ values: z.array(z.object({ id: z.string(), projectKey: z.string() })) });
const issueTypes = z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), avatarId: z.number().optional() }));
const fieldList = z.array(z.object({ id: z.string(), name: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));
const search = z.object({ issues: z.array(z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) })) });

describe("the demo tenant's BRM set-up in ACME, held to the app", () => {
  let sandbox: Sandbox;
  let acme: string;
  let globex: string;

  beforeEach(async () => {
    sandbox = startSandbox();
    acme = await projectId(sandbox, 'ACME');
    globex = await projectId(sandbox, 'GLOBEX');
    sandbox.runtime.resetCalls();
  });
  afterEach(() => sandbox.close());

  it("holds the app's definitions as data: issue types with their icons, field scopes, context name, request types", () => {
    expect(BRM_TYPE_KEYS.map((key) => DEMO_BRM_TYPES[key])).toEqual(
      BRM_TYPE_KEYS.map((key) => ({ ...issueTypeNaming(key, 'en'), avatarId: BRM_ISSUE_TYPES[key].avatarId })),
    );
    expect(DEMO_BRM_FIELDS.map((f) => [f.moduleKey, [...f.brmTypes], f.onRequestTypes])).toEqual(
      APP_FIELD_KEYS.map((key) => [key, [...APP_FIELD_SCOPES[key].brmTypes], APP_FIELD_SCOPES[key].includeRequestTypes]),
    );
    expect(DEMO_BRM_CONTEXT_NAME).toBe(APP_CONTEXT_NAME);
    expect(BRM_REQUEST_TYPE_KEYS.map((key) => DEMO_BRM_REQUEST_TYPES[key])).toEqual(
      BRM_REQUEST_TYPE_KEYS.map((key) => ({ ...requestTypeNaming(key, 'en'), issueType: BRM_REQUEST_TYPES[key].issueType })),
    );
  });

  it("leaves the app's provisioning plan for ACME with nothing to write and nothing blocked, and the admin page shows ACME set up and GLOBEX not", async () => {
    const plan = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [acme] }, admin().accountId));
    expect(plan.items.filter((i) => i.status !== 'inPlace').map((i) => [i.id, i.status, i.summary])).toEqual([]);
    expect(plan).toMatchObject({ writes: 0, complete: true });
    expect(plan.items.map((i) => i.area)).toEqual(expect.arrayContaining(['issueType', 'scheme', 'field', 'screen', 'requestType']));

    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(overview.projects.find((p) => p.key === 'ACME')).toMatchObject({ provisioned: true, pendingWrites: 0, attention: [] });
    expect(overview.projects.find((p) => p.key === 'GLOBEX')).toMatchObject({ style: 'company-managed', provisioned: false });
    await sandbox.settle();
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });

  it('is what provisioning makes of GLOBEX through the app, once an admin has put its request types in the Feedback group', async () => {
    const run = await provision(sandbox, [globex]);
    expect(run).toMatchObject({ status: 'done', report: { complete: true } });
    // The types exist and their contexts cover every issue type: the scheme, the screens and the request types are left.
    expect(run.report.counts).toMatchObject({ failed: 0, needsAdmin: 2 });
    expect(sandbox.runtime.calls.some((c) => c.method === 'POST' && (c.path === '/rest/api/3/issuetype' || c.path.includes('/context')))).toBe(false);

    // The same screens' fields, in the same order.
    const screensOf = async (key: string) => {
      const project = sandbox.jira.store.project(key);
      if (!project) throw new Error(`no ${key}`);
      const scheme = sandbox.jira.store.screenSchemeOfProject(project);
      const screenScheme = sandbox.jira.store.docs.screenSchemes.get(scheme.mappings[0]?.screenSchemeId ?? '');
      const fields: string[][] = [];
      for (const op of ['create', 'edit', 'view'] as const) {
        const screenId = screenScheme?.screens[op] ?? '';
        const [tab] = screenTabs.parse((await jira(sandbox, 'GET', `/rest/api/3/screens/${screenId}/tabs`)).body);
        fields.push(tabFields.parse((await jira(sandbox, 'GET', `/rest/api/3/screens/${screenId}/tabs/${tab?.id ?? ''}/fields`)).body).map((f) => f.id));
      }
      return fields;
    };
    expect(await screensOf('GLOBEX')).toEqual(await screensOf('ACME'));

    // The same issue types, each with the app's description and icon.
    const typesOf = async (id: string) => issueTypes.parse((await jira(sandbox, 'GET', `/rest/api/3/issuetype/project?projectId=${id}`)).body);
    const brmNames = BRM_TYPE_KEYS.map((k) => issueTypeNaming(k, 'en').name);
    const brmOf = async (id: string) => (await typesOf(id)).filter((t) => brmNames.includes(t.name));
    expect(await brmOf(globex)).toEqual(await brmOf(acme));
    expect((await brmOf(acme)).map((t) => [t.name, t.description, t.avatarId])).toEqual(
      BRM_TYPE_KEYS.map((k) => [issueTypeNaming(k, 'en').name, issueTypeNaming(k, 'en').description, BRM_ISSUE_TYPES[k].avatarId]),
    );

    // The same request types; GLOBEX's wait in no group until the admin adds them to Feedback.
    const deskOf = async (key: string) =>
      desks.parse((await jira(sandbox, 'GET', '/rest/servicedeskapi/servicedesk')).body).values.find((d) => d.projectKey === key)?.id ?? '';
    const brmRequestTypes = async (key: string) =>
      requestTypes
        .parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${await deskOf(key)}/requesttype`)).body)
        .values.filter((r) => BRM_REQUEST_TYPE_KEYS.some((k) => requestTypeNaming(k, 'en').name === r.name));
    const groupName = (id: string | undefined) => sandbox.jira.store.docs.requestTypeGroups.get(id ?? '')?.name;
    for (const type of await brmRequestTypes('GLOBEX')) {
      expect(type.groupIds).toEqual([]);
      const feedback = sandbox.jira.store.docs.requestTypeGroups.find(
        (g) => g.serviceDeskId === sandbox.jira.store.docs.requestTypes.get(type.id)?.serviceDeskId && g.name === 'Feedback',
      );
      sandbox.jira.settings.addRequestTypeToGroup(admin().accountId, 'GLOBEX', type.id, feedback?.id ?? '');
    }
    const shape = (types: z.infer<typeof requestTypes>['values']) =>
      types.map((t) => ({ name: t.name, description: t.description, helpText: t.helpText, issueTypeId: t.issueTypeId, groups: t.groupIds.map(groupName) }));
    expect(shape(await brmRequestTypes('GLOBEX'))).toEqual(shape(await brmRequestTypes('ACME')));
    expect(shape(await brmRequestTypes('ACME')).map((t) => t.groups)).toEqual([['Feedback'], ['Feedback']]);

    // No context of the app's name: the fields' global contexts, as installed, cover both projects.
    const fields = fieldList
      .parse((await jira(sandbox, 'GET', '/rest/api/3/field')).body)
      .filter((f) => APP_FIELD_KEYS.some((k) => f.schema?.custom?.endsWith(`/static/${k}`)));
    expect(fields).toHaveLength(APP_FIELD_KEYS.length);
    for (const field of fields)
      expect(sandbox.jira.store.docs.fieldContexts.filter((c) => c.fieldId === field.id).map((c) => [c.isGlobalContext, c.isAnyIssueType])).toEqual([
        [true, true],
      ]);

    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(
      overview.projects
        .filter((p) => p.provisioned)
        .map((p) => p.key)
        .sort(),
    ).toEqual(['ACME', 'GLOBEX']);
  });

  it("seeds the app's service catalogue as the app keeps it: listed, names claimed, a name in use refused", async () => {
    const listed = dataOf(await callAdmin(sandbox, 'listServices', { includeArchived: true }, admin().accountId)).services;
    expect(listed.map((s) => s.name)).toEqual([
      'Business applications',
      'Email and collaboration',
      'Identity and access',
      'Network and VPN',
      'Workplace devices',
    ]);
    expect(listed.every((s) => s.status === 'active' && s.ownerAccountId !== null)).toBe(true);
    for (const service of DEMO_SERVICES) {
      const claim = sandbox.kvs.handle('entity/get', {
        entityName: 'service-name',
        key: createHash('sha256').update(normaliseServiceName(service.name)).digest('hex'),
      });
      expect(claim).toMatchObject({ status: 200, body: { value: { serviceId: service.id } } });
    }
    const clash = await callAdmin(sandbox, 'saveService', { name: '  network AND vpn ' }, admin().accountId);
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'name' } });
  });

  it('gives ACME a year of BRM tickets the app reads as its own: tagged feedback linked and marked, labels, Customer and Service, Business Case figures', async () => {
    const fields = fieldList.parse((await jira(sandbox, 'GET', '/rest/api/3/field')).body);
    const fieldId = (key: string) => fields.find((f) => f.schema?.custom?.endsWith(`/static/${key}`))?.id ?? '';
    const services = new Map(
      dataOf(await callAdmin(sandbox, 'listServices', { includeArchived: true }, admin().accountId)).services.map((s) => [s.id, s.name]),
    );
    const organizations = new Map(sandbox.jira.store.organizations().map((o) => [o.id, o.name]));
    const read = async (jql: string, wanted: string[]) => {
      const answer = await jira(sandbox, 'POST', '/rest/api/3/search/jql', { jql, fields: wanted, maxResults: 500 });
      return search.parse(answer.body).issues;
    };

    const complaints = await read('project = ACME AND issuetype = Complaint ORDER BY created ASC', [
      'summary',
      'labels',
      'created',
      fieldId('brm-customer'),
      fieldId('brm-service'),
    ]);
    const compliments = await read('project = ACME AND issuetype = Compliment', ['labels']);
    expect(complaints.length).toBeGreaterThanOrEqual(5);
    expect(compliments.length).toBeGreaterThanOrEqual(3);
    const created = complaints.map((c) => Date.parse(z.string().parse(c.fields.created)));
    expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(180 * 24 * 3600 * 1000);
    for (const complaint of complaints) {
      const labels = z.array(z.string()).parse(complaint.fields.labels);
      const { category, severity } = readFeedbackLabels(labels);
      expect(FEEDBACK_CATEGORIES).toContain(category);
      expect(COMPLAINT_SEVERITIES).toContain(severity);
      const customer = readRefFieldValue(complaint.fields[fieldId('brm-customer')]);
      const service = readRefFieldValue(complaint.fields[fieldId('brm-service')]);
      expect(customer && organizations.get(customer.id)).toBe(customer?.name);
      expect(service && services.get(service.id)).toBe(service?.name);
    }
    for (const compliment of compliments) expect(readFeedbackLabels(z.array(z.string()).parse(compliment.fields.labels)).severity).toBeUndefined();

    // Tagged tickets: the property the app indexes, the link, the feedback issue's summary as tagging writes it.
    const tagged = await searchKeys(sandbox, 'project = ACME AND issue.property[brm-feedback].kind = complaint');
    expect(tagged.length).toBeGreaterThanOrEqual(1);
    for (const key of tagged) {
      const state = dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: key }, agent().accountId, 'brm-feedback-context'));
      expect(state).toMatchObject({ feedbackTypesAvailable: true, tag: { kind: 'complaint' } });
      expect(state.customer).not.toBeNull();
      const feedbackKey = state.tag?.feedbackIssueKey ?? '';
      expect(state.tag?.feedbackIssue?.key).toBe(feedbackKey);
      const property = sandbox.jira.store.issue(key)?.properties['brm-feedback'];
      expect(feedbackTag.parse(property).taggedBy).toEqual(expect.any(String));
      const [feedback] = await read(`key = ${feedbackKey}`, ['summary', 'issuelinks', 'issuetype']);
      expect(feedback?.fields.summary).toBe(feedbackSummary('complaint', String(feedback?.fields.summary).replace(/^Complaint: /, '')));
      expect(JSON.stringify(feedback?.fields.issuelinks)).toContain(key);
    }

    const cases = await read('project = ACME AND issuetype = "Business Case"', [
      'resolution',
      ...['brm-planned-cost', 'brm-actual-cost', 'brm-expected-benefit', 'brm-decision', 'brm-strategic'].map(fieldId),
    ]);
    expect(cases.length).toBeGreaterThanOrEqual(3);
    for (const issue of cases) {
      for (const key of ['brm-planned-cost', 'brm-expected-benefit', 'brm-decision', 'brm-strategic', 'brm-actual-cost'] as const) {
        const value = issue.fields[fieldId(key)];
        if (key !== 'brm-actual-cost') expect(value).toBeDefined();
        if (value !== undefined && value !== null) expect(appFieldValueProblem(key, z.union([z.string(), z.number()]).parse(value))).toBeUndefined();
      }
      expect(issue.fields[fieldId('brm-decision')] === 'pending').toBe(issue.fields.resolution === null);
    }
    expect(await searchKeys(sandbox, 'project = ACME AND issuetype = "Service Requirement"')).not.toEqual([]);
    // A share of the ordinary requests names its customer and service.
    const named = await searchKeys(sandbox, `project = ACME AND issuetype in ("Service Request", Incident) AND Customer.id is not EMPTY`);
    expect(named.length).toBeGreaterThan(0);
  });

  it("has every seeded Customer and Service within the app's rules: the update trigger changes nothing", async () => {
    const customerField = sandbox.jira.store.fields().find((f) => f.schemaCustom?.endsWith('/static/brm-customer'))?.id ?? '';
    const withValues = sandbox.jira.store.docs.issues.filter((i) => i.customFields[customerField] !== undefined);
    expect(withValues.length).toBeGreaterThan(10);
    for (const issue of withValues) await sandbox.deliverEvent('avi:jira:updated:issue', { issue: { id: issue.id, key: issue.key } });
    await sandbox.settle();
    expect(sandbox.triggerErrors).toEqual([]);
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });
});
