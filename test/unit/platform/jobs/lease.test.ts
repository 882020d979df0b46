import fc from 'fast-check';
import { hasTimeForStep, isStalled, leaseDecision } from '#platform/jobs/lease';
import { JOB_STATUSES } from '#platform/jobs/job-record';

const at = Date.UTC(2026, 10, 20, 12, 0, 0);

describe('the job lease', () => {
  it('is free with no holder, held until it ends, expired from then on, and irrelevant once the job has ended', () => {
    expect(leaseDecision({ status: 'queued', leaseHolder: '', leaseUntil: 0 }, at)).toEqual({ kind: 'free' });
    expect(leaseDecision({ status: 'running', leaseHolder: 'd1', leaseUntil: at + 1 }, at)).toEqual({ kind: 'held', until: at + 1 });
    expect(leaseDecision({ status: 'running', leaseHolder: 'd1', leaseUntil: at }, at)).toEqual({ kind: 'expired' });
    for (const status of ['done', 'failed', 'cancelled'] as const)
      expect(leaseDecision({ status, leaseHolder: 'd1', leaseUntil: at + 60_000 }, at)).toEqual({ kind: 'finished' });
  });

  it('never lets a delivery take a lease another holds while it lasts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JOB_STATUSES),
        fc.string(),
        fc.integer({ min: 0, max: 10 ** 13 }),
        fc.integer({ min: 0, max: 10 ** 13 }),
        (status, holder, until, now) => {
          const decision = leaseDecision({ status, leaseHolder: holder, leaseUntil: until }, now);
          if (decision.kind === 'free') expect(holder).toBe('');
          if (decision.kind === 'expired') expect(until).toBeLessThanOrEqual(now);
          if (holder !== '' && until > now && (status === 'queued' || status === 'running')) expect(decision.kind).toBe('held');
        },
      ),
    );
  });

  it('calls an active job stalled when nobody holds it and nothing was written for the stall time', () => {
    const job = { status: 'running' as const, leaseHolder: '', leaseUntil: 0, updatedAt: new Date(at - 180_000).toISOString() };
    expect(isStalled(job, at, 180_000)).toBe(true);
    expect(isStalled({ ...job, updatedAt: new Date(at - 179_000).toISOString() }, at, 180_000)).toBe(false);
    expect(isStalled({ ...job, leaseHolder: 'd1', leaseUntil: at + 1 }, at, 180_000)).toBe(false);
    expect(isStalled({ ...job, status: 'done' }, at, 180_000)).toBe(false);
  });

  it('starts a step only with time for the step and the reserve', () => {
    expect(hasTimeForStep(75_000, 60_000, 15_000)).toBe(true);
    expect(hasTimeForStep(74_999, 60_000, 15_000)).toBe(false);
  });
});
