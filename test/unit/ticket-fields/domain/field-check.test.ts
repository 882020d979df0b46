import { currentCheck } from '#ticket-fields/domain/field-check';

const record = { previous: '7', value: '2', reason: 'why', at: '2026-11-30T10:00:00.000Z' };

describe('currentCheck', () => {
  it('shows a correction while the field still holds what the app left', () => {
    expect(currentCheck(record, '2')).toEqual(record);
    expect(currentCheck({ ...record, value: null }, undefined)).toEqual({ ...record, value: null });
  });

  it('hides it once someone set another value, and ignores a malformed record', () => {
    expect(currentCheck(record, '3')).toBeNull();
    expect(currentCheck(record, undefined)).toBeNull();
    expect(currentCheck({ previous: 7 }, '2')).toBeNull();
    expect(currentCheck(undefined, '2')).toBeNull();
  });
});
