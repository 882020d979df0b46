import { z } from 'zod';
import { forgeFieldTypeKey } from '#sandbox/runtime/app-manifest';
import { SANDBOX_ENVIRONMENT_ID } from '#sandbox/jira/jira-emulator';
import { ADMIN, SAM, call, demoJira } from '#sandbox/test/jira/emulator-fixture';

const field = z.object({
  id: z.string(),
  name: z.string(),
  custom: z.boolean(),
  clauseNames: z.array(z.string()),
  schema: z.object({ type: z.string(), custom: z.string().optional(), customId: z.number().optional(), system: z.string().optional() }).optional(),
});

const APP_ID = 'b7f1c2d4-0000-4000-8000-000000000b0a';

describe('GET field', () => {
  it('lists system fields, JSM fields and the app’s Forge fields with their clause names and type key', async () => {
    const { jira } = demoJira({ issues: 1 });
    const fields = z.array(field).parse((await call(jira, SAM, 'GET', '/rest/api/3/field')).body);
    expect(fields.find((f) => f.id === 'summary')).toMatchObject({ custom: false, schema: { type: 'string', system: 'summary' } });
    expect(fields.find((f) => f.id === 'customfield_10002')).toMatchObject({ name: 'Organizations', clauseNames: ['cf[10002]', 'Organizations'] });
    const customer = fields.find((f) => f.name === 'Customer');
    const number = Number(customer?.id.replace('customfield_', ''));
    expect(customer).toMatchObject({
      custom: true,
      clauseNames: [`cf[${number}]`, 'Customer'],
      schema: { type: 'object', custom: forgeFieldTypeKey(APP_ID, SANDBOX_ENVIRONMENT_ID, 'brm-customer'), customId: number },
    });
    expect(fields.find((f) => f.name === 'Planned cost')?.schema?.type).toBe('number');
  });
});

describe('field/search and POST field', () => {
  it('is for admins: searches custom fields by name', async () => {
    const { jira } = demoJira({ issues: 1 });
    expect((await call(jira, SAM, 'GET', '/rest/api/3/field/search?type=custom')).status).toBe(403);
    const res = await call(jira, ADMIN, 'GET', '/rest/api/3/field/search?type=custom&query=cost');
    const page = z.object({ total: z.number(), isLast: z.boolean(), values: z.array(field) }).parse(res.body);
    expect(page.values.map((f) => f.name).sort()).toEqual(['Actual cost', 'Planned cost']);
    const byId = z.object({ values: z.array(field) }).parse((await call(jira, ADMIN, 'GET', `/rest/api/3/field/search?id=${page.values[0]?.id}`)).body);
    expect(byId.values).toHaveLength(1);
  });

  it('creates a classic custom field with a global context', async () => {
    const { jira } = demoJira({ issues: 1 });
    const res = await call(jira, ADMIN, 'POST', '/rest/api/3/field', {
      name: 'Satisfaction',
      type: 'com.atlassian.jira.plugin.system.customfieldtypes:float',
      searcherKey: 'com.atlassian.jira.plugin.system.customfieldtypes:exactnumber',
    });
    expect(res.status).toBe(201);
    const created = field.parse(res.body);
    expect(created.schema).toMatchObject({ type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' });
    const contexts = await call(jira, ADMIN, 'GET', `/rest/api/3/field/${created.id}/context`);
    expect(contexts.body).toMatchObject({ total: 1, values: [{ isGlobalContext: true, isAnyIssueType: true }] });
    expect((await call(jira, ADMIN, 'POST', '/rest/api/3/field', { name: 'Bad', type: 'com.example:nope' })).status).toBe(400);
    expect((await call(jira, SAM, 'POST', '/rest/api/3/field', { name: 'X', type: 'com.atlassian.jira.plugin.system.customfieldtypes:float' })).status).toBe(
      403,
    );
  });
});
