import type { Sandbox } from '@brm/sandbox/sandbox';
import { readRecord } from '#register/domain/complaint-record';
import {
  acmeOnlyAgent,
  agent,
  callComplaint,
  customers,
  dataOf,
  errorOf,
  measureId,
  newComplaint,
  startRegisterSandbox,
  storedRecord,
  writesSince,
} from './harness';

describe('the complaint panel', () => {
  let sandbox: Sandbox;
  let complaint: { id: string; key: string };
  const due = '2030-01-31';

  beforeEach(async () => {
    sandbox = startRegisterSandbox();
    complaint = await newComplaint(sandbox);
    sandbox.runtime.resetCalls();
  });
  afterEach(() => sandbox.close());

  const add = (accountId = agent().accountId, id = measureId(), owner = acmeOnlyAgent().accountId) =>
    callComplaint(
      sandbox,
      'changeComplaint',
      {
        issueKey: complaint.key,
        operation: {
          kind: 'addMeasure',
          measureId: id,
          measure: { type: 'corrective', description: 'Restore the mail service', ownerAccountId: owner, dueDate: due },
        },
      },
      accountId,
    );

  it('shows an empty record on a new complaint, with the rule that it cannot be resolved yet', async () => {
    const view = dataOf(await callComplaint(sandbox, 'getComplaint', { issueKey: complaint.key }, agent().accountId));
    expect(view).toMatchObject({
      isComplaint: true,
      canEdit: true,
      resolved: false,
      record: { measures: [], revision: 0 },
      resolution: { ruleOn: true, allowed: false, reason: 'no-corrective-measure' },
    });
  });

  it('adds a measure, stores it in brm-complaint with its index values, and names the people by name', async () => {
    const saved = dataOf(await add());
    expect(saved.saved).toBe(true);
    expect(saved.complaint.record).toMatchObject({ openCorrective: 1, openMeasures: 1, nextDue: due, owners: [acmeOnlyAgent().accountId] });
    expect(saved.complaint.people[acmeOnlyAgent().accountId]).toBe('Kim Agent');
    const stored = readRecord(storedRecord(sandbox, complaint.key));
    expect(stored.ok && stored.record.measures[0]).toMatchObject({ description: 'Restore the mail service', status: 'open', createdBy: agent().accountId });
    // One property write, as the app, under a lease taken and given back in KVS.
    expect(writesSince(sandbox).jira).toEqual([`PUT /rest/api/3/issue/${complaint.id}/properties/brm-complaint`]);
  });

  it('closes the measure, recording who and when, after which the complaint may be resolved', async () => {
    const id = measureId();
    dataOf(await add(agent().accountId, id));
    const closed = dataOf(
      await callComplaint(
        sandbox,
        'changeComplaint',
        { issueKey: complaint.key, operation: { kind: 'closeMeasure', measureId: id, revision: 1, outcome: 'done' } },
        acmeOnlyAgent().accountId,
      ),
    );
    expect(closed.complaint.record.measures[0]).toMatchObject({ status: 'done', closedBy: acmeOnlyAgent().accountId });
    expect(closed.complaint.resolution).toMatchObject({ allowed: true, reason: null });
  });

  it('refuses an owner who cannot see the complaint, naming the field, and writes nothing', async () => {
    const outsider = customers().find((c) => c.organization === 'Litware Health');
    const error = errorOf(await add(agent().accountId, measureId(), outsider?.accountId));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'operation.measure.ownerAccountId' });
    expect(error.message).toContain('cannot see');
    expect(writesSince(sandbox).jira).toEqual([]);
    expect(storedRecord(sandbox, complaint.key)).toBeUndefined();
  });

  it('refuses an unknown owner', async () => {
    expect(errorOf(await add(agent().accountId, measureId(), '712020:00000000-0000-4000-8000-00000000dead'))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'operation.measure.ownerAccountId',
    });
  });

  it('lets only people who may edit the complaint change it: a portal customer who can see it may not', async () => {
    const reporter = sandbox.jira.store.issue(complaint.key)?.reporterId;
    const customer = customers()[0];
    if (!customer) throw new Error('no customer');
    // Share the complaint with the customer's organization, as a portal request is.
    const org = sandbox.jira.store.organizationsOf(customer.accountId)[0];
    const issue = sandbox.jira.store.issue(complaint.key);
    if (!issue || !org) throw new Error('set-up');
    sandbox.jira.store.transaction(() => sandbox.jira.store.docs.issues.put({ ...issue, organizationIds: [org.id] }));
    const view = dataOf(await callComplaint(sandbox, 'getComplaint', { issueKey: complaint.key }, customer.accountId));
    expect(view.canEdit).toBe(false);
    expect(errorOf(await add(customer.accountId))).toMatchObject({ code: 'FORBIDDEN' });
    expect(reporter).not.toBe(customer.accountId);
    expect(storedRecord(sandbox, complaint.key)).toBeUndefined();
  });

  it('answers NOT_FOUND for a complaint the caller cannot see, without telling whether it exists', async () => {
    const outsider = customers().find((c) => c.organization === 'Litware Health');
    expect(errorOf(await callComplaint(sandbox, 'getComplaint', { issueKey: complaint.key }, outsider?.accountId))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'issueKey',
    });
  });

  it('parses every payload: a bad one is refused naming the field, and nothing is written', async () => {
    const cases: [unknown, string][] = [
      [
        {
          issueKey: complaint.key,
          operation: { kind: 'addMeasure', measureId: 'x', measure: { type: 'corrective', description: 'd', ownerAccountId: 'a', dueDate: due } },
        },
        'operation.measureId',
      ],
      [
        {
          issueKey: complaint.key,
          operation: { kind: 'addMeasure', measureId: measureId(), measure: { type: 'fix', description: 'd', ownerAccountId: 'a', dueDate: due } },
        },
        'operation.measure.type',
      ],
      [
        {
          issueKey: complaint.key,
          operation: { kind: 'addMeasure', measureId: measureId(), measure: { type: 'corrective', description: ' ', ownerAccountId: 'a', dueDate: due } },
        },
        'operation.measure.description',
      ],
      [
        {
          issueKey: complaint.key,
          operation: {
            kind: 'addMeasure',
            measureId: measureId(),
            measure: { type: 'corrective', description: 'd', ownerAccountId: 'a', dueDate: '2030-02-30' },
          },
        },
        'operation.measure.dueDate',
      ],
      [{ issueKey: complaint.key, operation: { kind: 'closeMeasure', measureId: measureId(), revision: 0, outcome: 'done' } }, 'operation.revision'],
      [{ issueKey: complaint.key, operation: { kind: 'closeMeasure', measureId: measureId(), revision: 1, outcome: 'finished' } }, 'operation.outcome'],
      [{ issueKey: complaint.key, operation: { kind: 'nuke' } }, 'operation.kind'],
      [{ issueKey: 'not a key', operation: { kind: 'reopenMeasure', measureId: measureId(), revision: 1 } }, 'issueKey'],
    ];
    for (const [payload, field] of cases) {
      const error = errorOf(await callComplaint(sandbox, 'changeComplaint', payload, agent().accountId));
      expect({ field: error.field, code: error.code }).toEqual({ field, code: 'INVALID_INPUT' });
      expect(error.message).toContain(field);
    }
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });

  it('keeps measures on Complaints only', async () => {
    const other = sandbox.jira.store.docs.issues.find(
      (i) => i.key.startsWith('ACME-') && sandbox.jira.store.docs.issueTypes.get(i.issueTypeId)?.name === 'Incident',
    );
    const view = dataOf(await callComplaint(sandbox, 'getComplaint', { issueKey: other?.key ?? '' }, agent().accountId));
    expect(view.isComplaint).toBe(false);
    const error = errorOf(
      await callComplaint(
        sandbox,
        'changeComplaint',
        { issueKey: other?.key ?? '', operation: { kind: 'reopenMeasure', measureId: measureId(), revision: 1 } },
        agent().accountId,
      ),
    );
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'issueKey' });
  });

  it('records the root cause and a disputed resolution, which JQL then finds', async () => {
    dataOf(
      await callComplaint(
        sandbox,
        'changeComplaint',
        {
          issueKey: complaint.key,
          operation: {
            kind: 'setAnalysis',
            expected: { rootCause: null, response: 'none' },
            changes: { rootCause: 'The mail queue filled up', response: 'disputed' },
          },
        },
        agent().accountId,
      ),
    );
    const found = await sandbox.jira.handle({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      headers: {},
      body: JSON.stringify({ jql: `key = ${complaint.key} AND brmResponse = disputed AND brmRootCause = yes`, fields: ['id'] }),
      caller: { kind: 'app' },
    });
    expect(found.body).toMatchObject({ issues: [{ key: complaint.key }] });
  });

  it('offers as owners only staff who may browse the complaint', async () => {
    const people = dataOf(await callComplaint(sandbox, 'searchPeople', { issueKey: complaint.key, query: 'a' }, agent().accountId)).people.map(
      (p) => p.displayName,
    );
    expect(people).toEqual(expect.arrayContaining(['Ada Admin', 'Sam Agent']));
    expect(people.every((name) => ['Ada Admin', 'Sam Agent', 'Kim Agent'].includes(name))).toBe(true);
  });
});
