import { z } from 'zod';
import { ADMIN, SAM, call, demoJira } from '#sandbox/test/jira/emulator-fixture';

const issueType = z.object({ id: z.string(), name: z.string() });

describe('issuetypescheme', () => {
  it('maps projects to schemes and schemes to types', async () => {
    const { jira } = demoJira({ issues: 1 });
    const acme = jira.store.project('ACME');
    const res = await call(jira, ADMIN, 'GET', `/rest/api/3/issuetypescheme/project?projectId=${acme?.id}`);
    expect(res.body).toMatchObject({
      total: 1,
      isLast: true,
      values: [{ issueTypeScheme: { name: 'ACME: Jira Service Management Issue Type Scheme' }, projectIds: [acme?.id] }],
    });
    const schemeId = acme?.issueTypeSchemeId;
    const mapping = z
      .object({ values: z.array(z.object({ issueTypeSchemeId: z.string(), issueTypeId: z.string() })) })
      .parse((await call(jira, ADMIN, 'GET', `/rest/api/3/issuetypescheme/mapping?issueTypeSchemeId=${schemeId}`)).body);
    // The five JSM types and the four BRM types the demo tenant sets up in ACME.
    expect(mapping.values).toHaveLength(9);
    const schemes = z
      .object({ values: z.array(z.object({ id: z.string(), isDefault: z.boolean().optional() })) })
      .parse((await call(jira, ADMIN, 'GET', '/rest/api/3/issuetypescheme')).body);
    expect(schemes.values.filter((s) => s.isDefault)).toHaveLength(1);
    expect((await call(jira, SAM, 'GET', '/rest/api/3/issuetypescheme')).status).toBe(403);
  });

  it('adds types to a scheme, answering 400 when one is already there', async () => {
    const { jira } = demoJira({ issues: 1 });
    // GLOBEX does not have BRM's types yet; the Complaint type exists on the site (ACME uses it).
    const schemeId = jira.store.project('GLOBEX')?.issueTypeSchemeId;
    const complaint = issueType.parse(jira.store.issueTypes().find((t) => t.name === 'Complaint'));
    const path = `/rest/api/3/issuetypescheme/${schemeId}/issuetype`;
    expect((await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id] })).status).toBe(204);
    const globexTypes = z
      .array(issueType)
      .parse((await call(jira, SAM, 'GET', `/rest/api/3/issuetype/project?projectId=${jira.store.project('GLOBEX')?.id}`)).body);
    expect(globexTypes.map((t) => t.name)).toContain('Complaint');
    expect((await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id] })).status).toBe(400);
    const globex = jira.store.project('GLOBEX');
    if (!globex) throw new Error('GLOBEX is missing');
    expect(jira.store.schemeOfProject(globex).issueTypeIds.filter((id) => id === complaint.id)).toHaveLength(1);
  });

  it('Add issue types to issue type scheme (PUT /rest/api/3/issuetypescheme/{id}/issuetype): one type the scheme has fails the request and adds nothing, not even the others', async () => {
    const { jira } = demoJira({ issues: 1 });
    const globex = jira.store.project('GLOBEX');
    if (!globex) throw new Error('GLOBEX is missing');
    const path = `/rest/api/3/issuetypescheme/${globex.issueTypeSchemeId}/issuetype`;
    // Global types GLOBEX's scheme does not have yet.
    const complaint = issueType.parse(jira.store.issueTypes().find((t) => t.name === 'Complaint'));
    const compliment = issueType.parse(jira.store.issueTypes().find((t) => t.name === 'Compliment'));
    const before = jira.store.schemeOfProject(globex).issueTypeIds;
    const incident = before[1];
    const mixed = await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id, incident, compliment.id] });
    expect(mixed).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining(String(incident))] } });
    expect(jira.store.schemeOfProject(globex).issueTypeIds).toEqual(before);
    // The same id twice in one request is refused too, and an unknown property of the bean.
    expect((await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id, complaint.id] })).status).toBe(400);
    expect((await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id], defaultIssueTypeId: complaint.id })).status).toBe(400);
    expect(jira.store.schemeOfProject(globex).issueTypeIds).toEqual(before);
    expect((await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id, compliment.id] })).status).toBe(204);
    expect(jira.store.schemeOfProject(globex).issueTypeIds).toEqual([...before, complaint.id, compliment.id]);
  });

  it('has no scheme for a team-managed project', async () => {
    const { jira } = demoJira({ issues: 1 });
    const res = await call(jira, ADMIN, 'GET', `/rest/api/3/issuetypescheme/project?projectId=${jira.store.project('FIELD')?.id}`);
    expect(res.body).toMatchObject({ total: 0, values: [] });
  });
});
