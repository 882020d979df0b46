import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { acmeOnlyAgent, admin, agent, callAdmin, callIssue, dataOf, errorOf, jira, projectId, provision, searchKeys, startSandbox } from './harness';

/**
 * The app's sentences in each caller's language, as Jira gives it (the user's `locale`): errors
 * through the resolvers, the admin page's plan, checklist and run report; and what the app writes
 * into Jira for the whole team (a feedback issue) in the site's language, whoever writes it.
 */

let sandbox: Sandbox;
let ticket: string;

/** Sets a demo user's language in Jira, as the sandbox's language menu does. */
function speaks(accountId: string, locale: string): void {
  const user = sandbox.jira.store.user(accountId);
  if (!user) throw new Error(`the demo tenant has no user ${accountId}`);
  sandbox.jira.store.docs.users.put({ ...user, locale });
}

beforeAll(async () => {
  sandbox = startSandbox();
  // Kim works in German; Sam keeps English.
  speaks(acmeOnlyAgent().accountId, 'de_DE');
  speaks(agent().accountId, 'en_US');
  const [first] = await searchKeys(
    sandbox,
    'project = ACME AND issuetype in (Problem, Change, Task) AND Customer is EMPTY AND Service is EMPTY AND issue.property[brm-feedback].kind is EMPTY ORDER BY created ASC',
  );
  if (!first) throw new Error('the demo tenant has no untagged ACME ticket an agent raised');
  ticket = first;
});
afterAll(() => sandbox.close());

describe('a resolver’s errors', () => {
  it('reach a German agent in German and an English agent in English', async () => {
    const unknownOrganization = { issueKey: ticket, customerId: '987654' };
    expect(errorOf(await callIssue(sandbox, 'setCustomer', unknownOrganization, acmeOnlyAgent().accountId, 'brm-issue-panel'))).toEqual({
      code: 'INVALID_INPUT',
      field: 'customerId',
      message: 'customerId: Organisation 987654 steht Ihnen für dieses Projekt nicht zur Auswahl.',
    });
    expect(errorOf(await callIssue(sandbox, 'setCustomer', unknownOrganization, agent().accountId, 'brm-issue-panel'))).toEqual({
      code: 'INVALID_INPUT',
      field: 'customerId',
      message: 'customerId: organization 987654 is not one you can see for this project.',
    });

    expect(errorOf(await callAdmin(sandbox, 'getOverview', {}, acmeOnlyAgent().accountId))).toEqual({
      code: 'FORBIDDEN',
      message: 'Nur Jira-Administratoren können die BRM-Administrationsseite verwenden.',
    });
    expect(errorOf(await callAdmin(sandbox, 'getOverview', {}, agent().accountId))).toEqual({
      code: 'FORBIDDEN',
      message: 'Only Jira administrators can use the BRM admin page.',
    });
  });

  it('name a bad payload’s fields in the caller’s language', async () => {
    const payload = { issueKey: ticket, kind: 'praise', customerId: '1', statement: 'Danke!' };
    expect(errorOf(await callIssue(sandbox, 'tagFeedback', payload, acmeOnlyAgent().accountId)).message).toBe('kind: muss complaint oder compliment sein');
    expect(errorOf(await callIssue(sandbox, 'tagFeedback', payload, agent().accountId)).message).toBe('kind: must be complaint or compliment');
  });
});

describe('a feedback issue', () => {
  const issueRead = z.object({ fields: z.object({ summary: z.string(), description: z.unknown() }) });

  it('is written in the site’s language, whoever tags the ticket, and a refusal in the tagger’s', async () => {
    const [customer] = dataOf(await callIssue(sandbox, 'listCustomers', { issueKey: ticket }, acmeOnlyAgent().accountId)).customers;
    if (!customer) throw new Error(`no customer can be chosen for ${ticket}`);
    const tagged = dataOf(
      await callIssue(
        sandbox,
        'tagFeedback',
        { issueKey: ticket, kind: 'complaint', customerId: customer.id, severity: 'high', statement: 'Niemand hat eine Woche lang geantwortet.' },
        acmeOnlyAgent().accountId,
      ),
    );
    const complaintKey = tagged.tag.feedbackIssueKey;
    const complaint = issueRead.parse((await jira(sandbox, 'GET', `/rest/api/3/issue/${complaintKey}?fields=summary,description`)).body);
    // The sandbox's site speaks English (serverInfo's defaultLocale): so does the complaint.
    expect(complaint.fields.summary).toBe('Complaint: Niemand hat eine Woche lang geantwortet.');
    expect(JSON.stringify(complaint.fields.description)).toContain('Raised from ');

    const again = errorOf(
      await callIssue(
        sandbox,
        'tagFeedback',
        { issueKey: complaintKey, kind: 'compliment', customerId: customer.id, statement: 'Danke!' },
        acmeOnlyAgent().accountId,
      ),
    );
    expect(again).toEqual({
      code: 'INVALID_INPUT',
      field: 'issueKey',
      message: `issueKey: ${complaintKey} ist selbst ein Vorgang vom Typ Complaint; markieren Sie stattdessen das Ticket, um das es im Feedback geht.`,
    });
  });
});

describe('the admin page', () => {
  it('plans in the admin’s language, and reports a run in the language of the admin who started it', async () => {
    const globex = await projectId(sandbox, 'GLOBEX');
    const field = await projectId(sandbox, 'FIELD');
    speaks(admin().accountId, 'de_DE');
    const german = dataOf(await callAdmin(sandbox, 'planProvisioning', { projectIds: [globex] }, admin().accountId));
    expect(german.items.filter((i) => i.status === 'todo').map((i) => i.summary)).toEqual(
      expect.arrayContaining([
        'Complaint, Compliment, Business Case und Service Requirement zum Vorgangstypschema „GLOBEX: Jira Service Management Issue Type Scheme“ (GLOBEX) hinzufügen.',
        'Anfragetyp „Raise a complaint“ im Portal von GLOBEX erstellen.',
      ]),
    );

    const run = await provision(sandbox, [globex]);
    expect(run.report.complete).toBe(true);
    expect(run.report.items.find((i) => i.id === `requesttype:${globex}:complaint`)).toMatchObject({
      outcome: 'needsAdmin',
      summary: 'Anfragetyp „Raise a complaint“ im Portal von GLOBEX erstellen.',
      adminAction: { message: 'Fügen Sie den Anfragetyp „Raise a complaint“ einer Portalgruppe von GLOBEX hinzu.' },
    });

    speaks(admin().accountId, 'zh_CN');
    const checklist = dataOf(await callAdmin(sandbox, 'getChecklist', { projectIds: [field] }, admin().accountId));
    expect(checklist.projects[0]?.steps.find((s) => s.id === 'issuetype:complaint')?.task).toBe('请在 FIELD 中创建事务类型 Complaint。');
    // The report of the run a German admin started stays German.
    const overview = dataOf(await callAdmin(sandbox, 'getOverview', {}, admin().accountId));
    expect(overview.lastRun?.items.find((i) => i.id === `requesttype:${globex}:complaint`)?.summary).toBe(
      'Anfragetyp „Raise a complaint“ im Portal von GLOBEX erstellen.',
    );

    speaks(admin().accountId, 'en_US');
    const english = dataOf(await callAdmin(sandbox, 'getChecklist', { projectIds: [field] }, admin().accountId));
    expect(english.projects[0]?.steps.find((s) => s.id === 'issuetype:complaint')?.task).toBe('Create the issue type Complaint in FIELD.');
  });
});
