import fc from 'fast-check';
import { emptyRecord, MAX_REOPENINGS_KEPT, readRecord, type ComplaintRecord } from '#register/domain/complaint-record';
import { applyOperation } from '#register/domain/operations';
import { clearsResolution, reopeningId, setsResolution } from '#register/domain/reopening';

const app = { accountId: 'app', at: '2026-03-05T09:00:00.000Z' };
const instant = (day: number): string => new Date(Date.UTC(2026, 2, 1) + day * 86_400_000).toISOString();

const reopen = (record: ComplaintRecord, id: string, at: string) => applyOperation(record, { kind: 'recordReopening', reopeningId: id, at }, app);

describe('which updates reopen a complaint', () => {
  it('an update that clears the resolution (to null or empty) reopens; one that sets it resolves', () => {
    expect(clearsResolution([{ field: 'resolution', fieldId: 'resolution', to: null }])).toBe(true);
    expect(clearsResolution([{ field: 'resolution', to: '' }])).toBe(true);
    expect(clearsResolution([{ field: 'resolution', fieldId: 'resolution', to: '10000' }])).toBe(false);
    expect(setsResolution([{ field: 'resolution', fieldId: 'resolution', to: '10000' }])).toBe(true);
    expect(setsResolution([{ field: 'resolution', fieldId: 'resolution', to: null }])).toBe(false);
  });

  it('other fields, a status change alone, or an item without its new value do not', () => {
    expect(clearsResolution([{ field: 'status', fieldId: 'status', to: '1' }])).toBe(false);
    expect(clearsResolution([{ field: 'summary', fieldId: 'summary', to: null }])).toBe(false);
    expect(clearsResolution([{ field: 'resolution', fieldId: 'resolution' }])).toBe(false);
    expect(clearsResolution([])).toBe(false);
  });

  it('a reopening is known by its changelog id, else by the instant of the update, else not at all', () => {
    expect(reopeningId({ changelogId: '10042', updated: '2026-03-05T09:00:00.000+0000' })).toBe('changelog:10042');
    expect(reopeningId({ updated: '2026-03-05T10:30:00.000+0130' })).toBe('updated:2026-03-05T09:00:00.000Z');
    expect(reopeningId({ changelogId: '' })).toBeUndefined();
    expect(reopeningId({ updated: 'yesterday' })).toBeUndefined();
  });
});

describe('recording reopenings on the register record', () => {
  it('counts a reopening once, remembers when, and leaves the measures and analysis alone', () => {
    const first = reopen(emptyRecord(), 'changelog:1', instant(3));
    if (first.outcome !== 'applied') throw new Error(first.outcome);
    expect(first.record.reopenings).toEqual({ count: 1, lastAt: instant(3), recent: [{ id: 'changelog:1', at: instant(3) }] });
    expect(first.record).toMatchObject({ revision: 1, updatedBy: 'app', measures: [], rootCause: null, response: 'none' });
    expect(reopen(first.record, 'changelog:1', instant(3))).toEqual({ outcome: 'unchanged', record: first.record });
  });

  it('reads a record stored before reopenings were recorded as never reopened', () => {
    const { reopenings: _none, ...older } = emptyRecord();
    expect(readRecord(older)).toEqual({ ok: true, record: emptyRecord() });
  });

  it('keeps counting past the reopenings it keeps by id', () => {
    let record = emptyRecord();
    for (let day = 0; day < MAX_REOPENINGS_KEPT + 3; day++) {
      const result = reopen(record, `changelog:${day}`, instant(day));
      if (result.outcome !== 'applied') throw new Error(result.outcome);
      record = result.record;
    }
    expect(record.reopenings.count).toBe(MAX_REOPENINGS_KEPT + 3);
    expect(record.reopenings.recent).toHaveLength(MAX_REOPENINGS_KEPT);
    expect(record.reopenings.lastAt).toBe(instant(MAX_REOPENINGS_KEPT + 2));
  });

  it('whatever the order and repeats of deliveries, counts each reopening once and dates the last by its instant', () => {
    const reopening = fc.integer({ min: 0, max: MAX_REOPENINGS_KEPT - 1 }).map((n) => ({ id: `changelog:${n}`, at: instant(n) }));
    fc.assert(
      fc.property(fc.array(reopening, { maxLength: 30 }), (deliveries) => {
        let record = emptyRecord();
        for (const d of deliveries) {
          const result = reopen(record, d.id, d.at);
          expect(result.outcome === 'applied' || result.outcome === 'unchanged').toBe(true);
          record = result.record;
        }
        const distinct = new Map(deliveries.map((d) => [d.id, d.at]));
        expect(record.reopenings.count).toBe(distinct.size);
        expect(record.revision).toBe(distinct.size);
        expect(record.reopenings.lastAt).toBe([...distinct.values()].sort().at(-1));
        expect(readRecord(record)).toEqual({ ok: true, record });
      }),
    );
  });
});
