import '../../../../../static/app/src/shared/i18n/kpi';
import { formatDelta, formatValue, periodLabel } from '../../../../../static/app/src/kpi-gadget/format';

describe('how the gadget writes values and periods', () => {
  it('writes each unit its own way, and no value as a dash', () => {
    expect(formatValue(1234, 'count', 'en-US')).toBe('1,234');
    expect(formatValue(84.54, 'percent', 'en-US')).toBe('84.5%');
    expect(formatValue(3.25, 'days', 'en-US')).toBe('3.3 d');
    expect(formatValue(31, 'nps', 'en-US')).toBe('+31');
    expect(formatValue(-4, 'nps', 'en-US')).toBe('-4');
    expect(formatValue(4.2, 'score-5', 'en-US')).toBe('4.20');
    expect(formatValue(1.5, 'ratio', 'en-US')).toBe('1.50 : 1');
    expect(formatValue(125000, 'amount', 'de-DE')).toBe('125.000');
    expect(formatValue(null, 'count', 'en-US')).toBe('—');
  });

  it('signs changes, and counts a percentage’s change in points', () => {
    expect(formatDelta(3, 'count', 'en-US')).toBe('+3');
    expect(formatDelta(-2.5, 'percent', 'en-US')).toBe('-2.5 pts');
    expect(formatDelta(0, 'count', 'en-US')).toBe('0');
  });

  it('names months, quarters and years, and writes other spans as a range of days (UTC)', () => {
    expect(periodLabel({ start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' }, 'en-US')).toBe('November 2026');
    expect(periodLabel({ start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' }, 'en-US')).toBe('Q4 2026');
    expect(periodLabel({ start: '2026-01-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' }, 'en-US')).toBe('2026');
    expect(periodLabel({ start: '2026-10-17T00:00:00.000Z', end: '2026-11-16T00:00:00.000Z' }, 'en-US')).toMatch(/Oct 17.*Nov 15, 2026/);
  });
});
