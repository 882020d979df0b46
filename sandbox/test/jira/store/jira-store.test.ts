import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '#sandbox/store/database';
import { JiraEmulator } from '#sandbox/jira/jira-emulator';
import { ADMIN, SAM, call, demoJira, nextKey } from '#sandbox/test/jira/emulator-fixture';

describe('persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jira-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write across a close and reopen', async () => {
    const first = demoJira({ issues: 5, db: openDatabase(dir) });
    const seeded = first.jira.store.counts().issues;
    const key = nextKey(first.jira, 'ACME');
    const created = await call(first.jira, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ACME' }, issuetype: { name: 'Incident' }, summary: 'Persist me', labels: ['kept'] },
    });
    expect(created.status).toBe(201);
    await call(first.jira, SAM, 'PUT', '/rest/api/3/issue/ACME-2/properties/note', { text: 'hello' });
    await call(first.jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Escalation' });
    first.db.close();

    const again = new JiraEmulator(openDatabase(dir));
    expect(again.store.counts()).toMatchObject({ issues: seeded + 1, projects: 3, organizations: 6 });
    expect(again.store.issue(key)).toMatchObject({ summary: 'Persist me', labels: ['kept'] });
    expect((await call(again, SAM, 'GET', '/rest/api/3/issue/ACME-2/properties/note')).body).toEqual({ key: 'note', value: { text: 'hello' } });
    expect(again.store.issueTypes().some((t) => t.name === 'Escalation')).toBe(true);
    const following = nextKey(again, 'ACME');
    const next = await call(again, SAM, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary: 'Next' } });
    expect(next.body).toMatchObject({ key: following });
    expect(Number(again.store.issue(following)?.id)).toBeGreaterThan(Number(again.store.issue(key)?.id));
  });

  it('opens a data folder written before screens, layouts and portal groups existed: the baseline fills them in', async () => {
    const first = demoJira({ issues: 3, db: openDatabase(dir) });
    first.db.exec("DELETE FROM jira_document WHERE kind IN ('screen', 'screenscheme', 'issuetypescreenscheme', 'fieldlayout', 'requesttypegroup')");
    first.db.exec("UPDATE jira_document SET json = json_remove(json, '$.issueTypeScreenSchemeId') WHERE kind = 'project'");
    first.db.close();

    const again = new JiraEmulator(openDatabase(dir));
    expect(again.store.docs.screens.all().map((s) => s.name)).toEqual(['Default Screen']);
    expect(again.store.docs.issueTypeScreenSchemes.all().map((s) => s.name)).toEqual(['Default Issue Type Screen Scheme']);
    // ACME falls back to Jira's default screens, FIELD's types to their default fields.
    const acme = await call(again, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary: 'After the upgrade', labels: ['ok'] },
    });
    expect(acme.status).toBe(201);
    const field = await call(again, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'FIELD' }, issuetype: { name: 'Task' }, summary: 'After the upgrade' },
    });
    expect(field.status).toBe(201);
    expect((await call(again, SAM, 'GET', '/rest/servicedeskapi/servicedesk/1/requesttypegroup')).body).toMatchObject({ values: [] });
  });

  it('writes nothing of a request that failed', async () => {
    const first = demoJira({ issues: 2, db: openDatabase(dir) });
    const seeded = first.jira.store.counts().issues;
    const res = await call(first.jira, SAM, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ACME' }, issuetype: { name: 'Task' }, summary: 'x', labels: ['bad label'] },
    });
    expect(res.status).toBe(400);
    first.db.close();
    const again = new JiraEmulator(openDatabase(dir));
    expect(again.store.counts().issues).toBe(seeded);
  });
});

describe('transactions', () => {
  it('puts memory back when the work throws half-way', () => {
    const { jira } = demoJira({ issues: 2 });
    const before = jira.store.issue('ACME-1');
    expect(() =>
      jira.store.transaction(() => {
        jira.store.docs.issues.put({ ...(before ?? fail()), summary: 'changed' });
        jira.store.docs.issues.delete(jira.store.issue('ACME-2')?.id ?? '');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(jira.store.issue('ACME-1')).toBe(before);
    expect(jira.store.issue('ACME-2')).toBeDefined();
  });

  it('finds issues by key case-insensitively and after a key is removed no longer', () => {
    const { jira } = demoJira({ issues: 2 });
    expect(jira.store.issue('acme-1')?.key).toBe('ACME-1');
    const id = jira.store.issue('ACME-1')?.id ?? '';
    jira.store.transaction(() => jira.store.docs.issues.delete(id));
    expect(jira.store.issue('ACME-1')).toBeUndefined();
  });
});

function fail(): never {
  throw new Error('expected an issue');
}

describe('nested transactions', () => {
  it('join the outer one: an outer failure undoes the inner work too', () => {
    const { jira } = demoJira({ issues: 2 });
    const before = jira.store.issue('ACME-1');
    expect(() =>
      jira.store.transaction(() => {
        jira.store.transaction(() => jira.store.docs.issues.put({ ...(before ?? fail()), summary: 'inner' }));
        throw new Error('outer fails');
      }),
    ).toThrow('outer fails');
    expect(jira.store.issue('ACME-1')).toBe(before);
  });
});
