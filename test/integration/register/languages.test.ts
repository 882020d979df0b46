import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import {
  acmeOnlyAgent,
  agent,
  callComplaint,
  callRegister,
  dataOf,
  errorOf,
  measureId,
  newComplaint,
  startRegisterSandbox,
  storedComplaints,
  transition,
} from './harness';

/**
 * The complaint register in each reader's language, as Jira gives it (the user's `locale`): Kim
 * works in German, Sam in English. The panel's and the register's errors reach each in their own
 * language; the daily run's emails are in their addressee's; the workflow rule's refusal is in the
 * language of the user Forge names, the site's (English here) when it names nobody.
 */

let sandbox: Sandbox;
let complaint: { id: string; key: string };
const kim = () => acmeOnlyAgent().accountId;
const sam = () => agent().accountId;

/** Sets a demo user's language in Jira, as the sandbox's language menu does. */
function speaks(accountId: string, locale: string): void {
  const user = sandbox.jira.store.user(accountId);
  if (!user) throw new Error(`the demo tenant has no user ${accountId}`);
  sandbox.jira.store.docs.users.put({ ...user, locale });
}

const addMeasure = (by: string, measure: { type: string; description: string; ownerAccountId: string; dueDate: string }) =>
  callComplaint(sandbox, 'changeComplaint', { issueKey: complaint.key, operation: { kind: 'addMeasure', measureId: measureId(), measure } }, by);

beforeAll(async () => {
  sandbox = startRegisterSandbox();
  speaks(kim(), 'de_DE');
  speaks(sam(), 'en_US');
  complaint = await newComplaint(sandbox, 'Complaint: the mail outage lasted all morning');
});
afterAll(() => sandbox.close());

describe('the register’s errors', () => {
  it('reach a German agent in German and an English agent in English', async () => {
    const close = { issueKey: complaint.key, operation: { kind: 'closeMeasure', measureId: 'm-nosuchmeasure', revision: 1, outcome: 'done' } };
    expect(errorOf(await callComplaint(sandbox, 'changeComplaint', close, kim()))).toEqual({
      code: 'INVALID_INPUT',
      field: 'operation.measureId',
      message: 'operation.measureId: diese Maßnahme gibt es in der Beschwerde nicht mehr.',
    });
    expect(errorOf(await callComplaint(sandbox, 'changeComplaint', close, sam()))).toEqual({
      code: 'INVALID_INPUT',
      field: 'operation.measureId',
      message: 'operation.measureId: this measure no longer exists on the complaint.',
    });

    const type = sandbox.jira.store.issueTypes().find((t) => t.name === 'Complaint');
    const ticket = sandbox.jira.store.docs.issues.find((i) => i.key.startsWith('ACME-') && i.issueTypeId !== type?.id);
    if (!ticket) throw new Error('the demo tenant has no ACME issue that is not a complaint');
    const onTicket = { issueKey: ticket.key, operation: { kind: 'reopenMeasure', measureId: 'm-nosuchmeasure', revision: 1 } };
    expect(errorOf(await callComplaint(sandbox, 'changeComplaint', onTicket, kim())).message).toBe(
      `issueKey: ${ticket.key} ist kein Vorgang vom Typ Beschwerde. Maßnahmen und ihre Analyse werden in Vorgängen vom Typ Beschwerde geführt.`,
    );
    expect(errorOf(await callComplaint(sandbox, 'getComplaint', { issueKey: 'ACME-99999' }, kim()))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'issueKey: Vorgang ACME-99999 existiert nicht oder ist für Sie nicht sichtbar.',
    });
  });

  it('name a bad payload’s fields in the caller’s language, on the panel and on the register page', async () => {
    const urgent = { type: 'urgent', description: 'Restore the mail service', ownerAccountId: kim(), dueDate: '2030-01-31' };
    expect(errorOf(await addMeasure(kim(), urgent)).message).toBe('operation.measure.type: muss einer der folgenden Werte sein: corrective, preventive');
    const byPriority = { filter: {}, sort: { key: 'priority', direction: 'desc' } };
    expect(errorOf(await callRegister(sandbox, 'getRegisterPage', byPriority, kim())).message).toBe(
      'sort.key: muss einer der folgenden Werte sein: created, updated, resolved, key, status, nextDue',
    );
    expect(errorOf(await callRegister(sandbox, 'getRegisterPage', byPriority, sam())).message).toBe(
      'sort.key: must be one of created, updated, resolved, key, status, nextDue',
    );
    const outside = await sandbox.invoke({
      moduleKey: 'brm-register-project',
      functionKey: 'countRegister',
      payload: { filter: {}, sort: {} },
      accountId: kim(),
    });
    expect(outside).toMatchObject({
      ok: true,
      value: { ok: false, error: { code: 'NOT_FOUND', message: 'Das Beschwerderegister wurde außerhalb eines Projekts geöffnet.' } },
    });
  });
});

describe('the daily escalation run', () => {
  const sent = () => sandbox.jira.store.docs.notifications.all();

  it('writes to a German owner in German and to an English one in English, asking Jira each person’s language once', async () => {
    dataOf(await addMeasure(sam(), { type: 'corrective', description: 'Restore the mail service', ownerAccountId: kim(), dueDate: '2026-06-01' }));
    dataOf(await addMeasure(sam(), { type: 'preventive', description: 'Add a second mail relay', ownerAccountId: sam(), dueDate: '2026-06-01' }));
    sandbox.runtime.resetCalls();
    const outcome = z.object({ status: z.literal('done') }).parse(await sandbox.fireScheduledTrigger('register-escalation'));
    expect(outcome.status).toBe('done');

    const ours = sent().filter((n) => n.issueId === complaint.id);
    const toKim = ours.find((n) => n.recipientIds.join() === kim());
    const toSam = ours.find((n) => n.recipientIds.join() === sam());
    expect(toKim?.subject).toBe(`${complaint.key}: Eine Korrektur- oder Vorbeugemaßnahme ist überfällig`);
    expect(toKim?.textBody).toMatch(
      new RegExp(
        `^Die Korrekturmaßnahme „Restore the mail service“ zur Beschwerde ${complaint.key} \\(Complaint: the mail outage lasted all morning\\) war am 1\\. Juni 2026 fällig und ist noch offen \\(\\d+ Tage überfällig\\)\\. Bitte schließen Sie sie ab oder ändern Sie ihr Fälligkeitsdatum im Bereich „Beschwerdemaßnahmen“: https?://\\S+/browse/${complaint.key}$`,
      ),
    );
    expect(toSam?.subject).toBe(`${complaint.key}: a corrective or preventive measure is overdue`);
    expect(toSam?.textBody).toMatch(
      /^The preventive measure "Add a second mail relay" on complaint .* was due on June 1, 2026 and is still open \(\d+ days overdue\)\./,
    );

    // Every email of the run (the demo tenant's history has more) is in its addressee's language.
    const german = /überfällig|Beschwerde seit/;
    for (const email of sent()) {
      const recipient = email.recipientIds[0] ?? '';
      expect({ recipient, subject: email.subject, german: german.test(email.subject) }).toEqual({
        recipient,
        subject: email.subject,
        german: sandbox.jira.store.user(recipient)?.locale === 'de_DE',
      });
    }
    // One question to Jira per person written to, however many emails they get.
    const asked = sandbox.runtime.calls.filter((c) => c.type === 'product' && c.method === 'GET' && c.path.startsWith('/rest/api/3/user?'));
    expect(asked).toHaveLength(new Set(sent().flatMap((n) => n.recipientIds)).size);
  });
});

describe('the workflow rule', () => {
  const RESOLVE = '61';
  const RESOLVED_STATUS = '5';

  it('refuses in the site’s language when Jira names nobody, and in the acting user’s when it names them', async () => {
    const refused = await transition(sandbox, complaint.key, RESOLVE, kim());
    expect(refused).toMatchObject({
      status: 400,
      body: { errorMessages: [expect.stringMatching(/^This complaint cannot be resolved yet: 1 corrective measure is still open\./)] },
    });

    const validate = sandbox.handlerFor('validate-complaint');
    const status = sandbox.jira.store.issue(complaint.key)?.statusId ?? '';
    const payload = { issue: { key: complaint.key }, configuration: {}, transition: { from: { id: status }, to: { id: RESOLVED_STATUS }, modifiedFields: {} } };
    const asKim = await sandbox.runtime.run({ moduleKey: 'brm-complaint-resolution', functionKey: 'validate-complaint' }, () =>
      validate(payload, { principal: { accountId: kim() } }),
    );
    expect(asKim).toEqual({
      result: false,
      errorMessage:
        'Diese Beschwerde kann noch nicht gelöst werden: 1 Korrekturmaßnahme ist noch offen. Schließen Sie sie im Bereich „Beschwerdemaßnahmen“ als erledigt oder abgebrochen ab; lösen Sie dann die Beschwerde.',
    });
    expect(storedComplaints(sandbox).find((c) => c.key === complaint.key)?.statusId).toBe(status);
  });
});
