import type { Sandbox } from '@brm/sandbox/sandbox';
import {
  acmeOnlyAgent,
  admin,
  agent,
  callComplaint,
  callSettings,
  dataOf,
  errorOf,
  measureId,
  newComplaint,
  startRegisterSandbox,
  transition,
} from './harness';

/**
 * The workflow rule (`jira:workflowValidator` `brm-complaint-resolution`), run by the sandbox on
 * ACME's Complaint transitions into Done as Jira runs app validators (Transition issue answers 400
 * with the validator's message).
 */
describe('the resolution rule on complaints', () => {
  let sandbox: Sandbox;
  let complaint: { id: string; key: string };
  const RESOLVE = '61';
  const sam = () => agent().accountId;

  beforeEach(async () => {
    sandbox = startRegisterSandbox();
    complaint = await newComplaint(sandbox);
  });
  afterEach(() => sandbox.close());

  const add = async (type: 'corrective' | 'preventive') => {
    const id = measureId();
    dataOf(
      await callComplaint(
        sandbox,
        'changeComplaint',
        {
          issueKey: complaint.key,
          operation: {
            kind: 'addMeasure',
            measureId: id,
            measure: { type, description: 'Fix it', ownerAccountId: acmeOnlyAgent().accountId, dueDate: '2030-01-01' },
          },
        },
        sam(),
      ),
    );
    return id;
  };
  const close = async (id: string, outcome: 'done' | 'cancelled' = 'done') => {
    const view = dataOf(await callComplaint(sandbox, 'getComplaint', { issueKey: complaint.key }, sam()));
    const revision = view.record.measures.find((m) => m.id === id)?.revision ?? 1;
    dataOf(
      await callComplaint(
        sandbox,
        'changeComplaint',
        { issueKey: complaint.key, operation: { kind: 'closeMeasure', measureId: id, revision, outcome } },
        sam(),
      ),
    );
  };
  const statusCategory = () => sandbox.jira.store.docs.statuses.get(sandbox.jira.store.issue(complaint.key)?.statusId ?? '')?.categoryKey;

  it('blocks resolving a complaint without a corrective measure, saying why (400), and leaves it open', async () => {
    const refused = await transition(sandbox, complaint.key, RESOLVE, sam());
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('it has no corrective measure');
    expect(statusCategory()).not.toBe('done');
  });

  it('blocks it while a corrective measure is open, even with preventive ones closed', async () => {
    await add('corrective');
    await close(await add('preventive'));
    const refused = await transition(sandbox, complaint.key, RESOLVE, sam());
    expect(refused).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining('1 corrective measure(s) are still open')] } });
  });

  it('allows it once every corrective measure is closed, preventive ones still open', async () => {
    await close(await add('corrective'));
    await add('preventive');
    expect((await transition(sandbox, complaint.key, RESOLVE, sam())).status).toBe(204);
    expect(statusCategory()).toBe('done');
  });

  it('does not count a cancelled corrective measure as the fix', async () => {
    await close(await add('corrective'), 'cancelled');
    expect((await transition(sandbox, complaint.key, RESOLVE, sam())).status).toBe(400);
  });

  it('guards only transitions into Done: moving a complaint along its work is not checked', async () => {
    expect((await transition(sandbox, complaint.key, '21', sam())).status).toBe(204);
  });

  it('lets an admin switch the rule off for a project on the admin page, and on again', async () => {
    const acme = sandbox.jira.store.project('ACME');
    const current = dataOf(await callSettings(sandbox, 'getRegisterSettings', {}, admin().accountId));
    expect(current.projects).toEqual([expect.objectContaining({ key: 'ACME', ruleOn: true }), expect.objectContaining({ key: 'GLOBEX', ruleOn: true })]);
    dataOf(await callSettings(sandbox, 'saveRegisterSettings', { ...current.settings, validatorDisabledProjectIds: [acme?.id] }, admin().accountId));
    expect((await transition(sandbox, complaint.key, RESOLVE, sam())).status).toBe(204);
    await transition(sandbox, complaint.key, '11', sam());
    dataOf(await callSettings(sandbox, 'saveRegisterSettings', { ...current.settings, validatorDisabledProjectIds: [] }, admin().accountId));
    expect((await transition(sandbox, complaint.key, RESOLVE, sam())).status).toBe(400);
  });

  it('keeps the switch for Jira admins: an agent is refused and nothing changes', async () => {
    const error = errorOf(await callSettings(sandbox, 'getRegisterSettings', {}, sam()));
    expect(error.code).toBe('FORBIDDEN');
    expect(
      errorOf(
        await callSettings(
          sandbox,
          'saveRegisterSettings',
          {
            validatorDisabledProjectIds: ['10000'],
            thresholds: { low: 30, medium: 14, high: 5, critical: 2, unrated: 14 },
            escalationContactAccountId: null,
            timeZone: 'UTC',
          },
          sam(),
        ),
      ).code,
    ).toBe('FORBIDDEN');
    expect((await transition(sandbox, complaint.key, RESOLVE, sam())).status).toBe(400);
  });

  it('refuses settings that name an unknown project or time zone, naming the field', async () => {
    const current = dataOf(await callSettings(sandbox, 'getRegisterSettings', {}, admin().accountId)).settings;
    expect(
      errorOf(await callSettings(sandbox, 'saveRegisterSettings', { ...current, validatorDisabledProjectIds: ['99999'] }, admin().accountId)),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'validatorDisabledProjectIds.0' });
    expect(errorOf(await callSettings(sandbox, 'saveRegisterSettings', { ...current, timeZone: 'Mars/Olympus' }, admin().accountId))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'timeZone',
    });
    expect(
      errorOf(await callSettings(sandbox, 'saveRegisterSettings', { ...current, thresholds: { ...current.thresholds, high: 0 } }, admin().accountId)),
    ).toMatchObject({ code: 'INVALID_INPUT', field: 'thresholds.high' });
  });

  it('does not apply to other issue types', async () => {
    const incident = sandbox.jira.store.docs.issues.find(
      (i) => i.key.startsWith('ACME-') && sandbox.jira.store.docs.statuses.get(i.statusId)?.categoryKey !== 'done',
    );
    expect((await transition(sandbox, incident?.key ?? '', RESOLVE, sam())).status).toBe(204);
  });
});
