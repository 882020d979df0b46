import api, { route } from '@forge/api';
import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { demoUser } from '@brm/sandbox/seed/demo-users';
import { acmeOnlyAgent, admin, agent, callAdmin, callIssue, dataOf, errorOf, jira, projectId, startSandbox, writesSince } from './harness';

/**
 * Update custom field value (PUT /rest/api/3/app/field/{fieldIdOrKey}/value): the app's Customer
 * and Service values are written by the app alone, and only for a caller who may edit the issue,
 * as Jira says when asked as that caller.
 */

const fieldList = z.array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));
const desks = z.object({ values: z.array(z.object({ id: z.string(), projectKey: z.string() })) });
const listOf = z.object({ values: z.array(z.object({ id: z.string(), name: z.string() })) });
const NORA = demoUser('nora.lindqvist@northwind-traders.example');

describe('who writes the Customer and Service fields', () => {
  let sandbox: Sandbox;
  let customerField: string;
  let fieldRequest: { key: string; id: string };
  let northwind: { id: string; name: string };

  beforeEach(async () => {
    sandbox = startSandbox();
    const fields = fieldList.parse((await jira(sandbox, 'GET', '/rest/api/3/field')).body);
    customerField = fields.find((f) => f.schema?.custom?.endsWith('/static/brm-customer'))?.id ?? '';
    dataOf(await callAdmin(sandbox, 'runProvisioning', { projectIds: [await projectId(sandbox, 'ACME')] }, admin().accountId));
    // Nora (Northwind Traders) raises a Field Services request and adds Kim, an agent of ACME only, as a participant.
    const fieldDesk = desks.parse((await jira(sandbox, 'GET', '/rest/servicedeskapi/servicedesk')).body).values.find((d) => d.projectKey === 'FIELD')?.id ?? '';
    const requestType = listOf.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/servicedesk/${fieldDesk}/requesttype`)).body).values[0]?.id ?? '';
    const raised = await sandbox.jira.handle({
      method: 'POST',
      path: '/rest/servicedeskapi/request',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        serviceDeskId: fieldDesk,
        requestTypeId: requestType,
        requestFieldValues: { summary: 'Van needs a new battery' },
        requestParticipants: [acmeOnlyAgent().accountId],
      }),
      caller: { kind: 'user', accountId: NORA.accountId },
    });
    expect(raised.status).toBe(201);
    const created = z.object({ issueKey: z.string(), issueId: z.string() }).parse(raised.body);
    fieldRequest = { key: created.issueKey, id: created.issueId };
    northwind = listOf.parse((await jira(sandbox, 'GET', `/rest/servicedeskapi/organization?accountId=${NORA.accountId}`)).body).values[0] ?? {
      id: '',
      name: '',
    };
    await sandbox.settle();
    sandbox.runtime.resetCalls();
  });
  afterEach(() => sandbox.close());

  it('Update custom field value answers 403 to a user, even an admin, calling it directly or through an app acting for them (asUser); only the app may', async () => {
    const body = { updates: [{ issueIds: [Number(fieldRequest.id)], value: northwind }] };
    const path = `/rest/api/3/app/field/${customerField}/value`;
    for (const user of [agent(), admin()]) {
      const direct = await sandbox.jira.handle({
        method: 'PUT',
        path,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        caller: { kind: 'user', accountId: user.accountId },
      });
      expect(direct).toMatchObject({ status: 403, body: { errorMessages: ['The request is not authenticated as the app that provided the field.'] } });
      const viaApp = await sandbox.runtime.run({ accountId: user.accountId, moduleKey: 'brm-issue-panel' }, () =>
        api.asUser().requestJira(route`/rest/api/3/app/field/${customerField}/value`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
      expect(viaApp.status).toBe(403);
    }
    expect(sandbox.jira.store.issue(fieldRequest.key)?.customFields[customerField]).toEqual(northwind);
    const asApp = await sandbox.runtime.run({ moduleKey: 'brm-issue-panel' }, () =>
      api.asApp().requestJira(route`/rest/api/3/app/field/${customerField}/value`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ updates: [{ issueIds: [Number(fieldRequest.id)], value: null }] }),
      }),
    );
    expect(asApp.status).toBe(204);
    expect(sandbox.jira.store.issue(fieldRequest.key)?.customFields[customerField]).toBeUndefined();
  });

  it('refuses an agent who may see the ticket but not edit it (no EDIT_ISSUES there) through the resolver, and writes nothing', async () => {
    // Kim takes part in the Field Services request, so may browse it, but is an agent of ACME only.
    const state = dataOf(await callIssue(sandbox, 'getFeedbackState', { issueKey: fieldRequest.key }, acmeOnlyAgent().accountId, 'brm-issue-panel'));
    expect(state.canEdit).toBe(false);
    const refused = errorOf(
      await callIssue(sandbox, 'setCustomer', { issueKey: fieldRequest.key, customerId: northwind.id }, acmeOnlyAgent().accountId, 'brm-issue-panel'),
    );
    expect(refused).toEqual({ code: 'FORBIDDEN', message: `You do not have permission to edit issues in the project of ${fieldRequest.key}.` });
    expect(
      errorOf(await callIssue(sandbox, 'setCustomer', { issueKey: fieldRequest.key, customerId: null }, acmeOnlyAgent().accountId, 'brm-issue-panel')).code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await callIssue(sandbox, 'setService', { issueKey: fieldRequest.key, serviceId: null }, NORA.accountId, 'brm-issue-panel')).code).toBe(
      'FORBIDDEN',
    );
    await sandbox.settle();
    expect(writesSince(sandbox).jira).toEqual([]);
    // An agent of Field Services may, and the app writes it whatever the request's screens hold.
    expect(
      dataOf(await callIssue(sandbox, 'setCustomer', { issueKey: fieldRequest.key, customerId: null }, admin().accountId, 'brm-issue-panel')).customer,
    ).toBeNull();
    expect(writesSince(sandbox).jira).toEqual([`PUT /rest/api/3/app/field/${customerField}/value`]);
  });
});
