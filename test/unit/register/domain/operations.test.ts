import fc from 'fast-check';
import {
  emptyRecord,
  ESCALATION_NOTE_MAX,
  MAX_ESCALATIONS_KEPT,
  MAX_MEASURES,
  MEASURE_DESCRIPTION_MAX,
  PROPERTY_MAX_BYTES,
  readRecord,
  recordBytes,
  ROOT_CAUSE_MAX,
  type ComplaintRecord,
} from '#register/domain/complaint-record';
import { applyOperation, type ComplaintOperation, type MeasureDraft } from '#register/domain/operations';
import { resolutionVerdict } from '#register/domain/resolution-rule';

const sam = { accountId: 'sam', at: '2026-03-01T10:00:00.000Z' };
const kim = { accountId: 'kim', at: '2026-03-01T10:00:05.000Z' };
const draft: MeasureDraft = { type: 'corrective', description: 'Refund the duplicate charge', ownerAccountId: 'sam', dueDate: '2026-03-10' };

function applied(record: ComplaintRecord, op: ComplaintOperation, actor = sam): ComplaintRecord {
  const result = applyOperation(record, op, actor);
  if (result.outcome !== 'applied') throw new Error(`expected applied, got ${result.outcome}${'reason' in result ? ` (${result.reason})` : ''}`);
  return result.record;
}

const withMeasure = (): ComplaintRecord => applied(emptyRecord(), { kind: 'addMeasure', measureId: 'm-aaaaaaaa', measure: draft });

describe('measure state rules', () => {
  it('adds an open measure at revision 1 and counts it in the index values JQL reads', () => {
    const record = withMeasure();
    expect(record.revision).toBe(1);
    expect(record.measures[0]).toMatchObject({ id: 'm-aaaaaaaa', status: 'open', revision: 1, createdBy: 'sam' });
    expect(record).toMatchObject({
      openCorrective: 1,
      openMeasures: 1,
      nextDue: '2026-03-10',
      owners: ['sam'],
      escalated: 'no',
      response: 'none',
      rootCauseSet: 'no',
    });
  });

  it('treats the same add repeated as done, and another measure under a taken id as a conflict', () => {
    const record = withMeasure();
    expect(applyOperation(record, { kind: 'addMeasure', measureId: 'm-aaaaaaaa', measure: draft }, sam).outcome).toBe('unchanged');
    const other = applyOperation(record, { kind: 'addMeasure', measureId: 'm-aaaaaaaa', measure: { ...draft, description: 'Something else' } }, kim);
    expect(other).toMatchObject({ outcome: 'conflict', reason: 'measure-id-taken' });
  });

  it('closes an open measure as done, recording who and when, and keeps the open counts right', () => {
    const closed = applied(withMeasure(), { kind: 'closeMeasure', measureId: 'm-aaaaaaaa', revision: 1, outcome: 'done' }, kim);
    expect(closed.measures[0]).toMatchObject({ status: 'done', closedBy: 'kim', closedAt: kim.at, revision: 2 });
    expect(closed).toMatchObject({ openCorrective: 0, openMeasures: 0, owners: [] });
    expect(closed.nextDue).toBeUndefined();
  });

  it('refuses to edit a measure someone closed since it was read: a conflict that shows the closed measure', () => {
    const closed = applied(withMeasure(), { kind: 'closeMeasure', measureId: 'm-aaaaaaaa', revision: 1, outcome: 'done' }, kim);
    const edit = applyOperation(closed, { kind: 'editMeasure', measureId: 'm-aaaaaaaa', revision: 1, changes: { dueDate: '2026-03-20' } }, sam);
    expect(edit).toMatchObject({ outcome: 'conflict', reason: 'measure-closed', measure: { status: 'done', closedBy: 'kim' } });
  });

  it('refuses an edit made on a stale revision of the same measure', () => {
    const edited = applied(withMeasure(), { kind: 'editMeasure', measureId: 'm-aaaaaaaa', revision: 1, changes: { description: 'Refund both charges' } }, kim);
    const stale = applyOperation(edited, { kind: 'editMeasure', measureId: 'm-aaaaaaaa', revision: 1, changes: { dueDate: '2026-03-20' } }, sam);
    expect(stale).toMatchObject({ outcome: 'conflict', reason: 'measure-changed', field: 'revision' });
  });

  it('keeps both edits when two agents change different measures from the same state', () => {
    const two = applied(withMeasure(), {
      kind: 'addMeasure',
      measureId: 'm-bbbbbbbb',
      measure: { ...draft, type: 'preventive', description: 'Check billing runs' },
    });
    const a = applied(two, { kind: 'editMeasure', measureId: 'm-aaaaaaaa', revision: 1, changes: { description: 'Refund, and apologise' } }, sam);
    const b = applied(a, { kind: 'closeMeasure', measureId: 'm-bbbbbbbb', revision: 1, outcome: 'cancelled' }, kim);
    expect(b.measures.map((m) => [m.id, m.description, m.status])).toEqual([
      ['m-aaaaaaaa', 'Refund, and apologise', 'open'],
      ['m-bbbbbbbb', 'Check billing runs', 'cancelled'],
    ]);
    expect(b.revision).toBe(4);
  });

  it('treats closing a measure someone already closed the same way as done, and the other way as a conflict', () => {
    const done = applied(withMeasure(), { kind: 'closeMeasure', measureId: 'm-aaaaaaaa', revision: 1, outcome: 'done' }, kim);
    expect(applyOperation(done, { kind: 'closeMeasure', measureId: 'm-aaaaaaaa', revision: 1, outcome: 'done' }, sam).outcome).toBe('unchanged');
    expect(applyOperation(done, { kind: 'closeMeasure', measureId: 'm-aaaaaaaa', revision: 1, outcome: 'cancelled' }, sam)).toMatchObject({
      outcome: 'conflict',
      reason: 'measure-closed',
    });
  });

  it('reopens a closed measure, clearing who closed it', () => {
    const done = applied(withMeasure(), { kind: 'closeMeasure', measureId: 'm-aaaaaaaa', revision: 1, outcome: 'done' });
    const reopened = applied(done, { kind: 'reopenMeasure', measureId: 'm-aaaaaaaa', revision: 2 }, kim);
    expect(reopened.measures[0]?.status).toBe('open');
    expect(reopened.measures[0]?.closedBy).toBeUndefined();
    expect(reopened.openCorrective).toBe(1);
  });

  it('refuses to edit a closed measure at its current revision, and an unknown measure', () => {
    const done = applied(withMeasure(), { kind: 'closeMeasure', measureId: 'm-aaaaaaaa', revision: 1, outcome: 'done' });
    expect(applyOperation(done, { kind: 'editMeasure', measureId: 'm-aaaaaaaa', revision: 2, changes: { dueDate: '2026-04-01' } }, sam)).toMatchObject({
      outcome: 'refused',
      reason: 'measure-not-open',
    });
    expect(applyOperation(done, { kind: 'closeMeasure', measureId: 'm-zzzzzzzz', revision: 1, outcome: 'done' }, sam)).toMatchObject({
      outcome: 'refused',
      reason: 'measure-not-found',
    });
  });

  it(`stops at ${MAX_MEASURES} measures, and a complaint filled to every limit in English stays within Jira's 32 KB per property`, () => {
    // Account ids of the longest usual form (712020:<uuid>); every text at its limit; every measure closed.
    const longId = `712020:${'0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f'}`;
    const actor = { accountId: longId, at: sam.at };
    const full: MeasureDraft = { ...draft, description: 'e'.repeat(MEASURE_DESCRIPTION_MAX), ownerAccountId: longId };
    let record = emptyRecord();
    for (let i = 0; i < MAX_MEASURES; i++) {
      const measureId = `m-${String(i).padStart(32, '0')}`;
      record = applied(record, { kind: 'addMeasure', measureId, measure: full }, actor);
      record = applied(record, { kind: 'closeMeasure', measureId, revision: 1, outcome: 'done' }, actor);
    }
    expect(applyOperation(record, { kind: 'addMeasure', measureId: 'm-overflow1', measure: draft }, sam)).toMatchObject({
      outcome: 'refused',
      reason: 'too-many-measures',
    });
    record = applied(record, { kind: 'setAnalysis', expected: {}, changes: { rootCause: 'x'.repeat(ROOT_CAUSE_MAX) } }, actor);
    for (let i = 0; i < 25; i++)
      record = applied(
        record,
        {
          kind: 'escalate',
          escalationId: `overdue:10001:m-${String(i).padStart(32, '0')}:2026-03-10`,
          escalationKind: 'measure-overdue',
          toAccountId: longId,
          note: 'n'.repeat(ESCALATION_NOTE_MAX),
          measureId: `m-${String(i).padStart(32, '0')}`,
        },
        actor,
      );
    expect(recordBytes(record)).toBeLessThanOrEqual(PROPERTY_MAX_BYTES);
  });

  it('refuses a change that would take the record past 32 KB (texts of many bytes per character), leaving it as it was', () => {
    const wide: MeasureDraft = { ...draft, description: '測'.repeat(MEASURE_DESCRIPTION_MAX) };
    let record = emptyRecord();
    let refused: ReturnType<typeof applyOperation> | undefined;
    for (let i = 0; i < MAX_MEASURES && !refused; i++) {
      const result = applyOperation(record, { kind: 'addMeasure', measureId: `m-${String(i).padStart(8, '0')}`, measure: wide }, sam);
      if (result.outcome === 'applied') record = result.record;
      else refused = result;
    }
    expect(refused).toMatchObject({ outcome: 'refused', reason: 'record-full' });
    expect(refused?.record).toBe(record);
    expect(recordBytes(record)).toBeLessThanOrEqual(PROPERTY_MAX_BYTES);
  });
});

describe('the analysis', () => {
  it('sets the root cause and the response, and a field someone else changed since is a conflict', () => {
    const set = applied(emptyRecord(), { kind: 'setAnalysis', expected: { rootCause: null }, changes: { rootCause: 'Billing run ran twice' } });
    expect(set).toMatchObject({ rootCause: 'Billing run ran twice', rootCauseSet: 'yes' });
    const response = applied(set, { kind: 'setAnalysis', expected: { response: 'none' }, changes: { response: 'disputed' } }, kim);
    expect(response.response).toBe('disputed');
    // Sam still saw no root cause: his change to the same field collides with Kim's view of it.
    expect(applyOperation(response, { kind: 'setAnalysis', expected: { rootCause: null }, changes: { rootCause: 'Unknown' } }, sam)).toMatchObject({
      outcome: 'conflict',
      field: 'rootCause',
    });
    // A change to the other field from the same stale view is kept.
    expect(applyOperation(set, { kind: 'setAnalysis', expected: { response: 'none' }, changes: { response: 'accepted' } }, sam).outcome).toBe('applied');
  });

  it('records an escalation once under its id and keeps the first when trimming', () => {
    let record = emptyRecord();
    for (let i = 0; i < 25; i++) record = applied(record, { kind: 'escalate', escalationId: `e-${i}`, escalationKind: 'stalled', toAccountId: 'kim' });
    expect(record.escalations).toHaveLength(MAX_ESCALATIONS_KEPT);
    expect(record.escalations[MAX_ESCALATIONS_KEPT - 1]?.id).toBe('e-24');
    expect(record.escalations[0]?.id).toBe('e-0');
    expect(record.escalated).toBe('yes');
    expect(applyOperation(record, { kind: 'escalate', escalationId: 'e-24', escalationKind: 'stalled', toAccountId: 'kim' }, sam).outcome).toBe('unchanged');
  });
});

describe('reading a stored record', () => {
  it('reads an absent property as the empty record and reports a value it cannot read', () => {
    expect(readRecord(undefined)).toEqual({ ok: true, record: emptyRecord() });
    expect(readRecord({ measures: 'nope' })).toMatchObject({ ok: false });
  });

  it('derives the index values again instead of trusting the stored ones', () => {
    const stored = { ...withMeasure(), openCorrective: 7, owners: ['someone'] };
    const read = readRecord(stored);
    expect(read.ok && read.record.openCorrective).toBe(1);
    expect(read.ok && read.record.owners).toEqual(['sam']);
  });
});

describe('the resolution rule', () => {
  it('needs a corrective measure, and every corrective one closed; preventive ones may stay open', () => {
    expect(resolutionVerdict(emptyRecord())).toEqual({ allowed: false, reason: 'no-corrective-measure' });
    const open = withMeasure();
    expect(resolutionVerdict(open)).toEqual({ allowed: false, reason: 'corrective-measure-open', openCorrective: 1 });
    const done = applied(open, { kind: 'closeMeasure', measureId: 'm-aaaaaaaa', revision: 1, outcome: 'done' });
    const withPreventive = applied(done, { kind: 'addMeasure', measureId: 'm-bbbbbbbb', measure: { ...draft, type: 'preventive' } });
    expect(resolutionVerdict(withPreventive)).toEqual({ allowed: true });
  });

  it('does not count a cancelled corrective measure as the fix', () => {
    const cancelled = applied(withMeasure(), { kind: 'closeMeasure', measureId: 'm-aaaaaaaa', revision: 1, outcome: 'cancelled' });
    expect(resolutionVerdict(cancelled)).toEqual({ allowed: false, reason: 'no-corrective-measure' });
  });
});

describe('operations applied in any order', () => {
  const measureIds = ['m-aaaaaaaa', 'm-bbbbbbbb', 'm-cccccccc'];
  const opArb: fc.Arbitrary<ComplaintOperation> = fc.oneof(
    fc.record({ kind: fc.constant('addMeasure' as const), measureId: fc.constantFrom(...measureIds), measure: fc.constant(draft) }),
    fc.record({
      kind: fc.constant('editMeasure' as const),
      measureId: fc.constantFrom(...measureIds),
      revision: fc.integer({ min: 1, max: 4 }),
      changes: fc.record({ description: fc.constantFrom('a', 'b') }),
    }),
    fc.record({
      kind: fc.constant('closeMeasure' as const),
      measureId: fc.constantFrom(...measureIds),
      revision: fc.integer({ min: 1, max: 4 }),
      outcome: fc.constantFrom('done' as const, 'cancelled' as const),
    }),
    fc.record({ kind: fc.constant('reopenMeasure' as const), measureId: fc.constantFrom(...measureIds), revision: fc.integer({ min: 1, max: 4 }) }),
  );

  it('never loses a measure, counts each applied change once, and keeps the index values true', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        let record = emptyRecord();
        for (const op of ops) {
          const before = record;
          const result = applyOperation(record, op, sam);
          if (result.outcome === 'applied') {
            expect(result.record.revision).toBe(before.revision + 1);
            expect(result.record.measures.length).toBeGreaterThanOrEqual(before.measures.length);
            record = result.record;
          } else expect(result.record).toBe(before);
        }
        const open = record.measures.filter((m) => m.status === 'open');
        expect(record.openMeasures).toBe(open.length);
        expect(record.openCorrective).toBe(open.filter((m) => m.type === 'corrective').length);
        expect(new Set(record.measures.map((m) => m.id)).size).toBe(record.measures.length);
        for (const m of record.measures) expect(m.status === 'open' ? m.closedBy === undefined : m.closedBy !== undefined).toBe(true);
      }),
    );
  });
});
