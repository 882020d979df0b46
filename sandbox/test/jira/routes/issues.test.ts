import { z } from 'zod';
import { ADMIN, APP, KIM, NOW, SAM, accountIdOf, call, customerCaller, demoJira, nextKey, putOnScreens } from '#sandbox/test/jira/emulator-fixture';

const createdIssue = z.object({ id: z.string(), key: z.string(), self: z.string() });
const issueBody = z.object({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()), names: z.record(z.string(), z.string()).optional() });

const customerFieldId = (jira: ReturnType<typeof demoJira>['jira']): string => {
  const field = jira.store.fields().find((f) => f.name === 'Customer');
  if (!field) throw new Error('The app did not install its Customer field.');
  return field.id;
};

describe('POST /rest/api/3/issue', () => {
  it('creates an issue with the next key of its project and answers 201 {id, key, self}', async () => {
    const { jira } = demoJira({ issues: 10 });
    const next = nextKey(jira, 'ACME');
    const res = await call(jira, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ACME' }, issuetype: { name: 'Incident' }, summary: 'Printer is on fire', labels: ['printer'] },
    });
    expect(res.status).toBe(201);
    const body = createdIssue.parse(res.body);
    expect(body.key).toBe(next);
    expect(body.self).toBe(`http://localhost:8080/rest/api/3/issue/${body.id}`);
    const stored = jira.store.issue(next);
    expect(stored).toMatchObject({ summary: 'Printer is on fire', labels: ['printer'], statusId: '1', created: NOW.toISOString() });
    expect(stored?.reporterId).toBe(accountIdOf(SAM));
  });

  it('answers 400 with one error per bad field', async () => {
    const { jira } = demoJira({ issues: 5 });
    const seeded = jira.store.counts().issues;
    const noSummary = await call(jira, SAM, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'ACME' }, issuetype: { name: 'Incident' } } });
    expect(noSummary).toMatchObject({ status: 400, body: { errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } } });

    const fieldType = jira.store.issueTypes().find((t) => t.scopeProjectId !== undefined && t.name === 'Request');
    const foreignType = await call(jira, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ACME' }, issuetype: { id: fieldType?.id }, summary: 'x' },
    });
    expect(foreignType).toMatchObject({ status: 400, body: { errors: { issuetype: 'The issue type selected is invalid.' } } });

    const unknown = await call(jira, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary: 'x', customfield_99999: 'y' },
    });
    expect(unknown).toMatchObject({
      status: 400,
      body: { errors: { customfield_99999: "Field 'customfield_99999' cannot be set. It is not on the appropriate screen, or unknown." } },
    });

    const badProject = await call(jira, SAM, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'NOPE' }, issuetype: { name: 'Task' }, summary: 'x' } });
    expect(badProject).toMatchObject({ status: 400, body: { errors: { project: 'Specify a valid project ID or key' } } });
    expect(jira.store.counts().issues).toBe(seeded);
  });

  it('checks custom field values against the field type', async () => {
    const { jira } = demoJira({ issues: 5 });
    const planned = jira.store.fields().find((f) => f.name === 'Planned cost');
    if (!planned) throw new Error('Planned cost field missing');
    await putOnScreens(jira, 'ACME', planned.id);
    const res = await call(jira, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary: 'x', [planned.id]: 'a lot' },
    });
    expect(res).toMatchObject({ status: 400, body: { errors: { [planned.id]: "Field 'Planned cost' must be a number, not a string." } } });
    const good = await call(jira, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary: 'x', [planned.id]: 1200.5 },
    });
    expect(good.status).toBe(201);
    expect(jira.store.issue(createdIssue.parse(good.body).key)?.customFields[planned.id]).toBe(1200.5);
  });

  it('refuses customers (403) and agents of other projects', async () => {
    const { jira } = demoJira({ issues: 5 });
    const seeded = jira.store.counts().issues;
    const customer = await call(jira, customerCaller('Northwind Traders'), 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary: 'x' },
    });
    expect(customer.status).toBe(403);
    const kimInField = await call(jira, KIM, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'FIELD' }, issuetype: { name: 'Task' }, summary: 'x' } });
    expect(kimInField.status).toBe(400);
    expect(jira.store.counts().issues).toBe(seeded);
  });

  it('emits avi:jira:created:issue with the Forge event shape', async () => {
    const { jira, events } = demoJira({ issues: 3 });
    const next = nextKey(jira, 'ACME');
    await call(jira, SAM, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'ACME' }, issuetype: { name: 'Incident' }, summary: 'Network down' } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      eventType: 'avi:jira:created:issue',
      event: {
        issue: {
          key: next,
          fields: {
            summary: 'Network down',
            issuetype: { name: 'Incident' },
            project: { key: 'ACME', name: 'Acme Service Desk' },
            reporter: { accountId: accountIdOf(SAM) },
            status: { name: 'Open', statusCategory: { key: 'new' } },
          },
        },
        atlassianId: accountIdOf(SAM),
      },
    });
  });
});

describe('GET /rest/api/3/issue/{key}', () => {
  it('returns the selected fields, Jira-formatted dates and names on expand=names', async () => {
    const { jira } = demoJira({ issues: 5 });
    const res = await call(jira, SAM, 'GET', '/rest/api/3/issue/ACME-2?fields=summary,status,created,customfield_10002&expand=names');
    expect(res.status).toBe(200);
    const body = issueBody.parse(res.body);
    expect(Object.keys(body.fields).sort()).toEqual(['created', 'customfield_10002', 'status', 'summary']);
    expect(body.fields.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
    expect(body.fields.status).toMatchObject({ statusCategory: { key: expect.stringMatching(/^(new|indeterminate|done)$/) } });
    expect(body.names).toMatchObject({ summary: 'Summary', customfield_10002: 'Organizations' });
  });

  it('includes the app custom fields, null when unset', async () => {
    const { jira } = demoJira({ issues: 2 });
    // GLOBEX: BRM is not set up there, so its tickets name no customer and link nothing.
    const res = await call(jira, APP, 'GET', '/rest/api/3/issue/GLOBEX-1');
    const body = issueBody.parse(res.body);
    expect(body.fields[customerFieldId(jira)]).toBeNull();
    expect(body.fields).toHaveProperty('issuelinks', []);
  });

  it('answers 404 for an unknown key and for an issue the caller cannot see', async () => {
    const { jira } = demoJira({ issues: 2 });
    expect(await call(jira, SAM, 'GET', '/rest/api/3/issue/ACME-999')).toMatchObject({
      status: 404,
      body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] },
    });
    expect((await call(jira, KIM, 'GET', '/rest/api/3/issue/FIELD-1')).status).toBe(404);
    expect((await call(jira, SAM, 'GET', '/rest/api/3/issue/FIELD-1')).status).toBe(200);
  });
});

describe('PUT and DELETE /rest/api/3/issue/{key}', () => {
  it('edits fields (204), bumps updated and emits a changelog', async () => {
    const { jira, events } = demoJira({ issues: 3 });
    const field = customerFieldId(jira);
    await putOnScreens(jira, 'GLOBEX', field);
    const customer = { id: '3', name: 'Tailspin Airlines' };
    const res = await call(jira, SAM, 'PUT', '/rest/api/3/issue/GLOBEX-1', {
      fields: { summary: 'Renamed', [field]: customer },
      update: { labels: [{ add: 'vip' }] },
    });
    expect(res.status).toBe(204);
    const issue = jira.store.issue('GLOBEX-1');
    expect(issue).toMatchObject({ summary: 'Renamed', updated: NOW.toISOString(), customFields: { [field]: customer } });
    expect(issue?.labels).toContain('vip');
    expect(events).toHaveLength(1);
    expect(events[0]?.eventType).toBe('avi:jira:updated:issue');
    expect(events[0]?.event.changelog).toMatchObject({
      items: expect.arrayContaining([
        expect.objectContaining({ fieldId: 'summary', toString: 'Renamed' }),
        expect.objectContaining({ fieldId: field, fieldtype: 'custom', to: JSON.stringify(customer), toString: 'Tailspin Airlines' }),
      ]),
    });
  });

  it('answers 400 and changes nothing when one value is bad', async () => {
    const { jira, events } = demoJira({ issues: 3 });
    const before = jira.store.issue('ACME-1');
    const res = await call(jira, SAM, 'PUT', '/rest/api/3/issue/ACME-1', { fields: { summary: 'Fine', labels: ['has space'] } });
    expect(res).toMatchObject({ status: 400, body: { errors: { labels: "The label 'has space' contains spaces which is invalid." } } });
    expect(jira.store.issue('ACME-1')).toBe(before);
    expect(events).toHaveLength(0);
  });

  it('lets only agents of the project edit: customers get 403 on their own request', async () => {
    const { jira } = demoJira({ issues: 40 });
    const own = jira.store.docs.issues.all().find((i) => i.reporterId && jira.store.user(i.reporterId)?.kind === 'customer');
    if (!own?.reporterId) throw new Error('The seed has no customer request.');
    const res = await call(jira, { kind: 'user', accountId: own.reporterId }, 'PUT', `/rest/api/3/issue/${own.key}`, { fields: { summary: 'mine' } });
    expect(res.status).toBe(403);
  });

  it('deletes an issue and its links', async () => {
    const { jira } = demoJira({ issues: 3 });
    // ACME's tagged tickets are linked to their feedback issues; GLOBEX's tickets are linked to nothing.
    const seeded = jira.store.counts().issueLinks;
    await call(jira, SAM, 'POST', '/rest/api/3/issueLink', { type: { name: 'Relates' }, inwardIssue: { key: 'GLOBEX-1' }, outwardIssue: { key: 'GLOBEX-2' } });
    expect(jira.store.counts().issueLinks).toBe(seeded + 1);
    expect((await call(jira, ADMIN, 'DELETE', '/rest/api/3/issue/GLOBEX-2')).status).toBe(204);
    expect(jira.store.issue('GLOBEX-2')).toBeUndefined();
    expect(jira.store.counts().issueLinks).toBe(seeded);
    expect((await call(jira, ADMIN, 'GET', '/rest/api/3/issue/GLOBEX-2')).status).toBe(404);
  });
});
