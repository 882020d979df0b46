import fc from 'fast-check';
import { addDays, isCalendarDate, localDate } from '#register/domain/calendar';
import { emptyRecord, type Measure } from '#register/domain/complaint-record';
import { isOverdue, overdueAlerts, smallestThreshold, stalledAlert } from '#register/domain/escalation';
import { DEFAULT_SETTINGS } from '#register/domain/settings';

/** Time zones from UTC−12 to UTC+14, with and without daylight saving, and half and quarter hours. */
const ZONES = [
  'UTC',
  'Etc/GMT+12',
  'Pacific/Kiritimati',
  'Pacific/Honolulu',
  'America/Los_Angeles',
  'America/St_Johns',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const zone = fc.constantFrom(...ZONES);
/** Calendar dates from 2000 to 2099. */
const date = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) });

const measure = (dueDate: string, status: Measure['status'] = 'open'): Measure => ({
  id: 'm-aaaaaaaa',
  type: 'corrective',
  description: 'Fix it',
  ownerAccountId: 'sam',
  dueDate,
  status,
  revision: 1,
  createdBy: 'sam',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'sam',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('calendar dates', () => {
  it('knows real dates from look-alikes', () => {
    expect(['2024-02-29', '2026-12-31', '2000-01-01'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-1-1', '26-01-01', '2026-04-31', ''].some(isCalendarDate)).toBe(false);
  });

  it('gives every instant the date of its wall clock in the zone', () => {
    expect(localDate(Date.UTC(2026, 2, 1, 23, 30), 'UTC')).toBe('2026-03-01');
    expect(localDate(Date.UTC(2026, 2, 1, 23, 30), 'Europe/Berlin')).toBe('2026-03-02');
    expect(localDate(Date.UTC(2026, 2, 1, 5, 0), 'America/Los_Angeles')).toBe('2026-02-28');
  });
});

describe('overdue measures', () => {
  it('are overdue from the first instant of the day after the due date, in the given zone', () => {
    const due = '2026-03-10';
    expect(isOverdue(measure(due), Date.UTC(2026, 2, 10, 23, 59, 59), 'UTC')).toBe(false);
    expect(isOverdue(measure(due), Date.UTC(2026, 2, 11, 0, 0, 0), 'UTC')).toBe(true);
    // 23:00 UTC on the 10th is already the 11th in Berlin, and still the 10th in Los Angeles (UTC−7 in March).
    expect(isOverdue(measure(due), Date.UTC(2026, 2, 10, 23, 0), 'Europe/Berlin')).toBe(true);
    expect(isOverdue(measure(due), Date.UTC(2026, 2, 11, 6, 59), 'America/Los_Angeles')).toBe(false);
  });

  it('is never overdue before its due date has ended anywhere, and always once it has ended everywhere', () => {
    fc.assert(
      fc.property(date, zone, fc.integer({ min: 0, max: 40 * DAY }), (due, tz, offset) => {
        // The due date ends first at UTC+14 (10:00 UTC that day) and last at UTC−12 (12:00 UTC the next day).
        const endsFirst = Date.parse(`${due}T10:00:00Z`);
        const endsLast = Date.parse(`${addDays(due, 1)}T12:00:00Z`);
        expect(isOverdue(measure(due), endsFirst - 1 - offset, tz)).toBe(false);
        expect(isOverdue(measure(due), endsLast + offset, tz)).toBe(true);
      }),
    );
  });

  it('once overdue stays overdue as time goes on, in every zone', () => {
    fc.assert(
      fc.property(date, zone, instant, fc.integer({ min: 0, max: 400 * DAY }), (due, tz, now, later) => {
        if (isOverdue(measure(due), now, tz)) expect(isOverdue(measure(due), now + later, tz)).toBe(true);
      }),
    );
  });

  it('matches the zone wall clock: overdue exactly when today there is after the due date', () => {
    fc.assert(
      fc.property(date, zone, instant, (due, tz, now) => {
        const wall = new Intl.DateTimeFormat('sv-SE', { timeZone: tz, dateStyle: 'short' }).format(new Date(now));
        expect(isOverdue(measure(due), now, tz)).toBe(wall > due);
      }),
    );
  });

  it('never counts a closed measure, and alerts each overdue one under an id that holds while it is overdue', () => {
    fc.assert(
      fc.property(
        date,
        zone,
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.constantFrom('done' as const, 'cancelled' as const),
        (due, tz, daysLate, moreDays, closed) => {
          const now = Date.parse(`${addDays(due, daysLate + 1)}T12:00:00Z`);
          const record = { ...emptyRecord(), measures: [measure(due), { ...measure(due, closed), id: 'm-bbbbbbbb' }] };
          const first = overdueAlerts('10001', record, now, tz);
          const later = overdueAlerts('10001', record, now + moreDays * DAY, tz);
          expect(first.map((a) => a.id)).toEqual([`overdue:10001:m-aaaaaaaa:${due}`]);
          expect(later.map((a) => a.id)).toEqual(first.map((a) => a.id));
          expect(first[0]?.daysOverdue).toBeGreaterThanOrEqual(daysLate);
        },
      ),
    );
  });

  it('alerts again when the due date is moved and then passes', () => {
    const now = Date.UTC(2026, 5, 1);
    const record = { ...emptyRecord(), measures: [measure('2026-04-01')] };
    const moved = { ...emptyRecord(), measures: [measure('2026-05-01')] };
    expect(overdueAlerts('1', record, now, 'UTC')[0]?.id).not.toBe(overdueAlerts('1', moved, now, 'UTC')[0]?.id);
  });
});

describe('stalled complaints', () => {
  const thresholds = DEFAULT_SETTINGS.thresholds;

  it('stall once open for their severity threshold in whole days, and complaints without a severity use the unrated one', () => {
    const created = Date.UTC(2026, 0, 1, 9);
    expect(stalledAlert({ issueId: '1', createdMs: created, severity: 'critical' }, { thresholds }, created + 2 * DAY - 1)).toBeUndefined();
    expect(stalledAlert({ issueId: '1', createdMs: created, severity: 'critical' }, { thresholds }, created + 2 * DAY)).toMatchObject({
      id: 'stalled:1:2',
      daysOpen: 2,
      thresholdDays: 2,
    });
    expect(stalledAlert({ issueId: '1', createdMs: created }, { thresholds }, created + 14 * DAY)?.id).toBe('stalled:1:14');
  });

  it('is decided in whole elapsed days, the same in every time zone, and keeps its alert id as days pass', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 0, max: 800 * DAY }),
        fc.integer({ min: 0, max: 100 * DAY }),
        fc.constantFrom('low' as const, 'medium' as const, 'high' as const, 'critical' as const, undefined),
        (created, age, more, severity) => {
          const complaint = { issueId: '10001', createdMs: created, ...(severity ? { severity } : {}) };
          const alert = stalledAlert(complaint, { thresholds }, created + age);
          const threshold = thresholds[severity ?? 'unrated'];
          expect(alert !== undefined).toBe(Math.floor(age / DAY) >= threshold);
          if (alert) expect(stalledAlert(complaint, { thresholds }, created + age + more)?.id).toBe(alert.id);
        },
      ),
    );
  });

  it('searches from the smallest threshold, so no complaint that may stall is missed', () => {
    expect(smallestThreshold({ thresholds })).toBe(2);
    expect(smallestThreshold({ thresholds: { ...thresholds, critical: 9, high: 9, low: 30, medium: 20, unrated: 7 } })).toBe(7);
  });
});
