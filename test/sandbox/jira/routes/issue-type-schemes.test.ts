import { z } from 'zod';
import { ADMIN, SAM, call, demoJira } from '../emulator-fixture';

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
    expect(mapping.values).toHaveLength(5);
    const schemes = z
      .object({ values: z.array(z.object({ id: z.string(), isDefault: z.boolean().optional() })) })
      .parse((await call(jira, ADMIN, 'GET', '/rest/api/3/issuetypescheme')).body);
    expect(schemes.values.filter((s) => s.isDefault)).toHaveLength(1);
    expect((await call(jira, SAM, 'GET', '/rest/api/3/issuetypescheme')).status).toBe(403);
  });

  it('adds types to a scheme, answering 400 when one is already there', async () => {
    const { jira } = demoJira({ issues: 1 });
    const schemeId = jira.store.project('ACME')?.issueTypeSchemeId;
    const complaint = issueType.parse((await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Complaint' })).body);
    const path = `/rest/api/3/issuetypescheme/${schemeId}/issuetype`;
    expect((await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id] })).status).toBe(204);
    const acmeTypes = z
      .array(issueType)
      .parse((await call(jira, SAM, 'GET', `/rest/api/3/issuetype/project?projectId=${jira.store.project('ACME')?.id}`)).body);
    expect(acmeTypes.map((t) => t.name)).toContain('Complaint');
    expect((await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id] })).status).toBe(400);
    const acme = jira.store.project('ACME');
    if (!acme) throw new Error('ACME is missing');
    expect(jira.store.schemeOfProject(acme).issueTypeIds.filter((id) => id === complaint.id)).toHaveLength(1);
  });

  it('Add issue types to issue type scheme (PUT /rest/api/3/issuetypescheme/{id}/issuetype): one type the scheme has fails the request and adds nothing, not even the others', async () => {
    const { jira } = demoJira({ issues: 1 });
    const acme = jira.store.project('ACME');
    if (!acme) throw new Error('ACME is missing');
    const path = `/rest/api/3/issuetypescheme/${acme.issueTypeSchemeId}/issuetype`;
    const complaint = issueType.parse((await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Complaint' })).body);
    const compliment = issueType.parse((await call(jira, ADMIN, 'POST', '/rest/api/3/issuetype', { name: 'Compliment' })).body);
    const before = jira.store.schemeOfProject(acme).issueTypeIds;
    const incident = before[1];
    const mixed = await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id, incident, compliment.id] });
    expect(mixed).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining(String(incident))] } });
    expect(jira.store.schemeOfProject(acme).issueTypeIds).toEqual(before);
    // The same id twice in one request is refused too, and an unknown property of the bean.
    expect((await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id, complaint.id] })).status).toBe(400);
    expect((await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id], defaultIssueTypeId: complaint.id })).status).toBe(400);
    expect(jira.store.schemeOfProject(acme).issueTypeIds).toEqual(before);
    expect((await call(jira, ADMIN, 'PUT', path, { issueTypeIds: [complaint.id, compliment.id] })).status).toBe(204);
    expect(jira.store.schemeOfProject(acme).issueTypeIds).toEqual([...before, complaint.id, compliment.id]);
  });

  it('has no scheme for a team-managed project', async () => {
    const { jira } = demoJira({ issues: 1 });
    const res = await call(jira, ADMIN, 'GET', `/rest/api/3/issuetypescheme/project?projectId=${jira.store.project('FIELD')?.id}`);
    expect(res.body).toMatchObject({ total: 0, values: [] });
  });
});
