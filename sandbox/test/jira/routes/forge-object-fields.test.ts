import { z } from 'zod';
import { APP, SAM, call, demoJira } from '#sandbox/test/jira/emulator-fixture';

/**
 * Forge object fields in JQL and REST (Forge manifest reference, "Jira custom field": "Object type
 * JQL search" and "Formatter"): `Customer ~ "text"` searches the whole value, `Customer.id = 4`
 * and `Customer.name ~ "text"` the properties with a `searchAlias`; `renderedFields` and the
 * changelog show the formatter's text.
 */

type Jira = ReturnType<typeof demoJira>['jira'];

const searchAnswer = z.object({ issues: z.array(z.object({ key: z.string(), renderedFields: z.record(z.string(), z.string().nullable()).optional() })) });
const errorAnswer = z.object({ errorMessages: z.array(z.string()) });

const fieldId = (jira: Jira, name: string): string => jira.store.fields().find((f) => f.name === name)?.id ?? '';
const issueId = (jira: Jira, key: string): number => Number(jira.store.issue(key)?.id);

const northwind = { id: '4', name: 'Northwind Traders' };
const tailspin = { id: '14', name: 'Tailspin Airlines' };

async function tenant(): Promise<{ jira: Jira; customer: string }> {
  const { jira } = demoJira({ issues: 5 });
  const customer = fieldId(jira, 'Customer');
  const set = (keys: string[], value: unknown) =>
    call(jira, APP, 'PUT', `/rest/api/3/app/field/${customer}/value`, { updates: [{ issueIds: keys.map((k) => issueId(jira, k)), value }] });
  // Only the tickets below name a customer: the app clears those the demo tenant seeded with one.
  const seeded = jira.store.docs.issues.filter((i) => i.customFields[customer] !== undefined).map((i) => i.key);
  expect((await set(seeded, null)).status).toBe(204);
  expect((await set(['ACME-1', 'ACME-3'], northwind)).status).toBe(204);
  expect((await set(['ACME-2'], tailspin)).status).toBe(204);
  return { jira, customer };
}

async function keys(jira: Jira, jql: string): Promise<string[]> {
  const res = await call(jira, SAM, 'POST', '/rest/api/3/search/jql', { jql: `${jql} ORDER BY key ASC`, fields: ['summary'] });
  expect(res.status).toBe(200);
  return searchAnswer.parse(res.body).issues.map((i) => i.key);
}

describe('JQL over an object field (Forge manifest reference: "X.Y = value" for a search alias Y, "X ~ text" for the whole value)', () => {
  it('finds tickets by the customer id through the id alias, exactly', async () => {
    const { jira } = await tenant();
    expect(await keys(jira, 'Customer.id = 4')).toEqual(['ACME-1', 'ACME-3']);
    expect(await keys(jira, 'customer.ID = "14"')).toEqual(['ACME-2']);
    expect(await keys(jira, 'Customer.id in (4, 14)')).toEqual(['ACME-1', 'ACME-2', 'ACME-3']);
    expect(await keys(jira, 'project = ACME AND Customer.id != 4')).toEqual(['ACME-2']);
    expect(await keys(jira, 'project = ACME AND issuekey <= ACME-5 AND Customer.id is EMPTY')).toEqual(['ACME-4', 'ACME-5']);
    // An id is not a prefix or a word: 1 is not 14.
    expect(await keys(jira, 'Customer.id = 1')).toEqual([]);
  });

  it('searches the name as text through the name alias, and the whole value with ~', async () => {
    const { jira } = await tenant();
    expect(await keys(jira, 'Customer.name ~ "northwind"')).toEqual(['ACME-1', 'ACME-3']);
    expect(await keys(jira, 'Customer ~ "airlines"')).toEqual(['ACME-2']);
    expect(await keys(jira, 'project = ACME AND Customer is not EMPTY')).toEqual(['ACME-1', 'ACME-2', 'ACME-3']);
  });

  it('refuses = on the whole object and an alias the schema does not declare, as Jira refuses unknown clauses', async () => {
    const { jira } = await tenant();
    const refused = async (jql: string) => {
      const res = await call(jira, SAM, 'POST', '/rest/api/3/search/jql', { jql, fields: ['summary'] });
      expect(res.status).toBe(400);
      return errorAnswer.parse(res.body).errorMessages.join(' ');
    };
    expect(await refused('Customer = 4')).toBe("The operator '=' is not supported by the 'Customer' field.");
    expect(await refused('Customer.tier = gold')).toMatch(/Field 'Customer.tier' does not exist/);
  });
});

describe('the formatter where Jira renders values as text', () => {
  it('renderedFields of Get issue and of search/jql give the formatter text, the field value stays { id, name }', async () => {
    const { jira, customer } = await tenant();
    const issue = await call(jira, SAM, 'GET', `/rest/api/3/issue/ACME-1?fields=summary,${customer}&expand=renderedFields`);
    expect(issue.body).toMatchObject({ fields: { [customer]: northwind }, renderedFields: { [customer]: 'Northwind Traders' } });
    const found = await call(jira, SAM, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('Customer.id = 14')}&fields=${customer}&expand=renderedFields`);
    expect(searchAnswer.parse(found.body).issues).toEqual([{ key: 'ACME-2', renderedFields: { [customer]: 'Tailspin Airlines' } }]);
    const empty = await call(jira, SAM, 'GET', `/rest/api/3/issue/ACME-4?fields=${customer}&expand=renderedFields`);
    expect(empty.body).toMatchObject({ renderedFields: { [customer]: null } });
  });
});
