import type { Sandbox } from '@brm/sandbox/sandbox';
import { readRecord } from '#register/domain/complaint-record';
import { acmeOnlyAgent, admin, agent, callComplaint, dataOf, errorOf, measureId, newComplaint, startRegisterSandbox, storedRecord } from './harness';

/**
 * Two agents editing the same complaint at once: each change is applied to the latest stored
 * record under the complaint's lease, so neither is lost; only a change that truly collides with
 * one it had not seen is refused, and the panel then shows the newer state.
 */
describe('concurrent edits of one complaint', () => {
  let sandbox: Sandbox;
  let complaint: { id: string; key: string };
  const sam = () => agent().accountId;
  const kim = () => acmeOnlyAgent().accountId;

  beforeEach(async () => {
    sandbox = startRegisterSandbox();
    complaint = await newComplaint(sandbox);
  });
  afterEach(() => sandbox.close());

  const change = (accountId: string, operation: Record<string, unknown>) =>
    callComplaint(sandbox, 'changeComplaint', { issueKey: complaint.key, operation }, accountId);
  const addOp = (id: string, description: string, owner = kim()) => ({
    kind: 'addMeasure',
    measureId: id,
    measure: { type: 'corrective', description, ownerAccountId: owner, dueDate: '2030-05-01' },
  });
  const stored = () => {
    const read = readRecord(storedRecord(sandbox, complaint.key));
    if (!read.ok) throw new Error(read.problem);
    return read.record;
  };

  it('keeps both measures when two agents add one at the same moment', async () => {
    const [a, b] = await Promise.all([change(sam(), addOp(measureId(), 'Restore the service')), change(kim(), addOp(measureId(), 'Call the customer'))]);
    dataOf(a);
    dataOf(b);
    expect(
      stored()
        .measures.map((m) => m.description)
        .sort(),
    ).toEqual(['Call the customer', 'Restore the service']);
    expect(stored().revision).toBe(2);
  });

  it('keeps all of ten changes made at once by three agents', async () => {
    const people = [sam(), kim(), admin().accountId];
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => change(people[i % 3] ?? sam(), addOp(measureId(), `Measure ${i}`))));
    for (const result of results) dataOf(result);
    expect(stored().measures).toHaveLength(10);
    expect(stored().revision).toBe(10);
  });

  it('keeps an edit of one measure and the close of another made from the same view', async () => {
    const first = measureId();
    const second = measureId();
    dataOf(await change(sam(), addOp(first, 'Restore the service')));
    dataOf(await change(sam(), addOp(second, 'Call the customer')));
    const [edit, close] = await Promise.all([
      change(sam(), { kind: 'editMeasure', measureId: first, revision: 1, changes: { description: 'Restore the service and confirm' } }),
      change(kim(), { kind: 'closeMeasure', measureId: second, revision: 1, outcome: 'done' }),
    ]);
    dataOf(edit);
    dataOf(close);
    expect(stored().measures.map((m) => [m.description, m.status])).toEqual([
      ['Restore the service and confirm', 'open'],
      ['Call the customer', 'done'],
    ]);
  });

  it('refuses to edit a measure someone else just closed (CONFLICT) and shows the measure as it now is', async () => {
    const id = measureId();
    dataOf(await change(sam(), addOp(id, 'Restore the service')));
    dataOf(await change(kim(), { kind: 'closeMeasure', measureId: id, revision: 1, outcome: 'done' }));
    const error = errorOf(await change(sam(), { kind: 'editMeasure', measureId: id, revision: 1, changes: { dueDate: '2030-06-01' } }));
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'operation.measureId' });
    expect(error.message).toContain('closed');
    const now = dataOf(await callComplaint(sandbox, 'getComplaint', { issueKey: complaint.key }, sam()));
    expect(now.record.measures[0]).toMatchObject({ status: 'done', closedBy: kim(), dueDate: '2030-05-01' });
    expect(now.people[kim()]).toBe('Kim Agent');
  });

  it('refuses an edit on a stale revision of the same measure, keeping the newer edit', async () => {
    const id = measureId();
    dataOf(await change(sam(), addOp(id, 'Restore the service')));
    const [a, b] = await Promise.all([
      change(sam(), { kind: 'editMeasure', measureId: id, revision: 1, changes: { description: 'Version of Sam' } }),
      change(kim(), { kind: 'editMeasure', measureId: id, revision: 1, changes: { description: 'Version of Kim' } }),
    ]);
    const outcomes = [a, b].map((r) => (r.ok ? 'saved' : r.error.code)).sort();
    expect(outcomes).toEqual(['CONFLICT', 'saved']);
    const winner = a.ok ? 'Version of Sam' : 'Version of Kim';
    expect(stored().measures[0]).toMatchObject({ description: winner, revision: 2 });
  });

  it('treats the same request sent twice (a retry) as one change', async () => {
    const op = addOp(measureId(), 'Restore the service');
    const [a, b] = await Promise.all([change(sam(), op), change(sam(), op)]);
    expect([dataOf(a).saved, dataOf(b).saved].sort()).toEqual([false, true]);
    expect(stored().measures).toHaveLength(1);
  });
});
