import fc from 'fast-check';
import { addDays, daysBetween } from '#portfolio/domain/dates';
import { assessHealth, csatPercent, npsScore, volumeChangePercent, type HealthInputs, type HealthReason } from '#portfolio/domain/health';
import { DEFAULT_HEALTH_SETTINGS, healthSettings, type HealthSettings } from '#portfolio/domain/health-settings';

const TODAY = '2026-11-15';
const jql = (what: string) => `Customer.id = 10003 and ${what}`;

const quiet: HealthInputs = {
  today: TODAY,
  csat: {
    months: [
      { month: '2026-08', answered: 20, satisfied: 18 },
      { month: '2026-11', answered: 20, satisfied: 18 },
    ],
    jql: jql('surveys'),
  },
  nps: { answered: 20, promoters: 12, detractors: 2, jql: jql('nps') },
  complaints: { open: { count: 0, jql: jql('open') }, escalated: { count: 0, jql: jql('escalated') }, overdue: { count: 0, jql: jql('overdue') } },
  agreements: [{ agreementId: 'a1', name: 'Managed desktop SLA', endDate: '2027-06-30' }],
  volume: { recent: { count: 40, jql: jql('recent') }, previous: { count: 38, jql: jql('previous') }, windowDays: 30 },
};

describe('the health rule', () => {
  it('calls a customer with nothing wrong healthy, with no reasons', () => {
    expect(assessHealth(quiet, DEFAULT_HEALTH_SETTINGS)).toEqual({ status: 'healthy', reasons: [] });
  });

  it('says CSAT fell from 86% to 61% over the window, at risk, with the surveys as evidence', () => {
    const inputs: HealthInputs = {
      ...quiet,
      csat: {
        months: [
          { month: '2026-08', answered: 50, satisfied: 43 },
          { month: '2026-09', answered: 2, satisfied: 0 },
          { month: '2026-11', answered: 33, satisfied: 20 },
        ],
        jql: jql('surveys'),
      },
    };
    const { status, reasons } = assessHealth(inputs, DEFAULT_HEALTH_SETTINGS);
    expect(status).toBe('at-risk');
    expect(reasons).toContainEqual({
      code: 'csat-fell',
      severity: 'at-risk',
      values: { from: 86, to: 61, fromMonth: '2026-08', toMonth: '2026-11', drop: 25 },
      evidence: { kind: 'jql', jql: jql('surveys') },
    });
    expect(reasons).toContainEqual(
      expect.objectContaining({ code: 'csat-low', severity: 'watch', values: expect.objectContaining({ csat: 61, threshold: 75 }) }),
    );
  });

  it('ignores months with too few answers, and a trend of one month', () => {
    const inputs: HealthInputs = {
      ...quiet,
      csat: {
        months: [
          { month: '2026-08', answered: 4, satisfied: 4 },
          { month: '2026-11', answered: 10, satisfied: 8 },
        ],
        jql: jql('surveys'),
      },
    };
    expect(assessHealth(inputs, DEFAULT_HEALTH_SETTINGS).reasons.map((r) => r.code)).toEqual([]);
  });

  it('puts an escalated complaint at risk and an agreement ending within 90 days on watch, each with its evidence', () => {
    const inputs: HealthInputs = {
      ...quiet,
      complaints: { open: { count: 2, jql: jql('open') }, escalated: { count: 1, jql: jql('escalated') }, overdue: null },
      agreements: [{ agreementId: 'a2', name: 'Support contract', endDate: addDays(TODAY, 45) }],
    };
    const { status, reasons } = assessHealth(inputs, DEFAULT_HEALTH_SETTINGS);
    expect(status).toBe('at-risk');
    expect(reasons.map((r) => [r.code, r.severity])).toEqual([
      ['complaints-escalated', 'at-risk'],
      ['complaints-open', 'watch'],
      ['agreement-ending', 'watch'],
    ]);
    expect(reasons[2]?.evidence).toEqual({ kind: 'agreement', agreementId: 'a2' });
  });

  it('leaves out what it cannot see: no surveys, no register', () => {
    const inputs: HealthInputs = { ...quiet, csat: null, nps: null, complaints: { open: { count: 0, jql: jql('open') }, escalated: null, overdue: null } };
    expect(assessHealth(inputs, DEFAULT_HEALTH_SETTINGS)).toEqual({ status: 'healthy', reasons: [] });
  });

  it('reads a change of ticket volume either way, once the earlier window has enough tickets', () => {
    const volume = (recent: number, previous: number): HealthInputs => ({
      ...quiet,
      volume: { recent: { count: recent, jql: jql('recent') }, previous: { count: previous, jql: jql('previous') }, windowDays: 30 },
    });
    expect(assessHealth(volume(90, 40), DEFAULT_HEALTH_SETTINGS).reasons).toEqual([
      expect.objectContaining({ code: 'volume-changed', severity: 'at-risk', values: { recent: 90, previous: 40, change: 125, days: 30 } }),
    ]);
    expect(assessHealth(volume(10, 40), DEFAULT_HEALTH_SETTINGS).reasons).toEqual([
      expect.objectContaining({ code: 'volume-changed', severity: 'watch', values: expect.objectContaining({ change: -75 }) }),
    ]);
    expect(assessHealth(volume(30, 9), DEFAULT_HEALTH_SETTINGS).reasons).toEqual([]);
  });
});

const count = (max: number) => fc.record({ count: fc.nat({ max }), jql: fc.constantFrom(jql('a'), jql('b')) });
const month = (m: string) => fc.nat({ max: 60 }).chain((answered) => fc.nat({ max: answered }).map((satisfied) => ({ month: m, answered, satisfied })));
const inputs: fc.Arbitrary<HealthInputs> = fc.record({
  today: fc.constant(TODAY),
  csat: fc.option(
    fc.record({
      months: fc.tuple(month('2026-08'), month('2026-09'), month('2026-10'), month('2026-11')).map((ms) => [...ms]),
      jql: fc.constant(jql('surveys')),
    }),
    { nil: null },
  ),
  nps: fc.option(
    fc
      .nat({ max: 80 })
      .chain((answered) =>
        fc
          .nat({ max: answered })
          .chain((promoters) => fc.nat({ max: answered - promoters }).map((detractors) => ({ answered, promoters, detractors, jql: jql('nps') }))),
      ),
    { nil: null },
  ),
  complaints: fc.option(fc.record({ open: count(12), escalated: fc.option(count(4), { nil: null }), overdue: fc.option(count(6), { nil: null }) }), {
    nil: null,
  }),
  agreements: fc.array(
    fc.record({
      agreementId: fc.uuid(),
      name: fc.string({ minLength: 1, maxLength: 20 }),
      endDate: fc.integer({ min: -30, max: 400 }).map((d) => addDays(TODAY, d)),
    }),
    { maxLength: 4 },
  ),
  volume: fc.option(fc.record({ recent: count(300), previous: count(300), windowDays: fc.constant(30) }), { nil: null }),
});
const settings: fc.Arbitrary<HealthSettings> = fc
  .record({
    csatDropWatch: fc.integer({ min: 1, max: 40 }),
    csatFloorRisk: fc.integer({ min: 0, max: 70 }),
    openComplaintsWatch: fc.integer({ min: 1, max: 6 }),
    minResponses: fc.integer({ min: 1, max: 20 }),
    agreementRiskDays: fc.integer({ min: 0, max: 60 }),
  })
  .map((s) => ({
    ...DEFAULT_HEALTH_SETTINGS,
    ...s,
    csatDropRisk: s.csatDropWatch + 10,
    csatFloorWatch: s.csatFloorRisk + 15,
    openComplaintsRisk: s.openComplaintsWatch + 3,
    agreementWatchDays: s.agreementRiskDays + 60,
  }))
  .filter((s) => healthSettings.safeParse(s).success);

/** The reason's claim, checked against the inputs it rests on and the thresholds it cites. */
function justified(reason: HealthReason, i: HealthInputs, s: HealthSettings): boolean {
  const risk = reason.severity === 'at-risk';
  const v = reason.values;
  const ev = reason.evidence.kind === 'jql' ? reason.evidence.jql : reason.evidence.agreementId;
  switch (reason.code) {
    case 'csat-fell': {
      const counted = (i.csat?.months ?? []).filter((m) => m.answered >= s.minResponses);
      const first = counted[0];
      const last = counted[counted.length - 1];
      if (!first || !last || first === last) return false;
      const drop = csatPercent(first) - csatPercent(last);
      return (
        v.from === csatPercent(first) &&
        v.to === csatPercent(last) &&
        v.drop === drop &&
        drop >= (risk ? s.csatDropRisk : s.csatDropWatch) &&
        (risk || drop < s.csatDropRisk) &&
        ev === i.csat?.jql
      );
    }
    case 'csat-low': {
      const counted = (i.csat?.months ?? []).filter((m) => m.answered >= s.minResponses);
      const last = counted[counted.length - 1];
      return (
        last !== undefined &&
        v.csat === csatPercent(last) &&
        csatPercent(last) < (risk ? s.csatFloorRisk : s.csatFloorWatch) &&
        (risk || csatPercent(last) >= s.csatFloorRisk)
      );
    }
    case 'nps-low':
      return (
        i.nps !== null && i.nps.answered >= s.minResponses && v.nps === npsScore(i.nps) && npsScore(i.nps) < (risk ? s.npsRisk : s.npsWatch) && ev === i.nps.jql
      );
    case 'complaints-open':
      return (
        i.complaints !== null &&
        v.count === i.complaints.open.count &&
        i.complaints.open.count >= (risk ? s.openComplaintsRisk : s.openComplaintsWatch) &&
        ev === i.complaints.open.jql
      );
    case 'complaints-escalated':
      return risk && i.complaints?.escalated != null && v.count === i.complaints.escalated.count && i.complaints.escalated.count >= s.escalatedRisk;
    case 'measures-overdue':
      return i.complaints?.overdue != null && v.count === i.complaints.overdue.count && i.complaints.overdue.count >= (risk ? s.overdueRisk : s.overdueWatch);
    case 'agreement-ending': {
      const agreement = i.agreements.find((a) => a.agreementId === ev);
      if (!agreement) return false;
      const days = daysBetween(TODAY, agreement.endDate);
      return v.days === days && days >= 0 && days <= (risk ? s.agreementRiskDays : s.agreementWatchDays) && (risk || days > s.agreementRiskDays);
    }
    case 'volume-changed': {
      const vol = i.volume;
      if (!vol) return false;
      const change = volumeChangePercent(vol.recent.count, vol.previous.count);
      return (
        vol.previous.count >= s.volumeMinTickets &&
        v.change === change &&
        Math.abs(change) >= (risk ? s.volumeChangeRisk : s.volumeChangeWatch) &&
        ev === vol.recent.jql
      );
    }
  }
}

describe('the health rule, on any inputs', () => {
  it('justifies every reason by its inputs, and takes its status from the most severe one', () => {
    fc.assert(
      fc.property(inputs, settings, (i, s) => {
        const { status, reasons } = assessHealth(i, s);
        for (const reason of reasons) expect({ reason, justified: justified(reason, i, s) }).toEqual({ reason, justified: true });
        expect(status).toBe(reasons.some((r) => r.severity === 'at-risk') ? 'at-risk' : reasons.length > 0 ? 'watch' : 'healthy');
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out no reason its inputs call for', () => {
    fc.assert(
      fc.property(inputs, settings, (i, s) => {
        const codes = new Set(assessHealth(i, s).reasons.map((r) => r.code));
        if (i.complaints && i.complaints.open.count >= s.openComplaintsWatch) expect(codes).toContain('complaints-open');
        if (i.complaints?.escalated && i.complaints.escalated.count >= s.escalatedRisk) expect(codes).toContain('complaints-escalated');
        const ending = i.agreements.filter((a) => daysBetween(TODAY, a.endDate) >= 0 && daysBetween(TODAY, a.endDate) <= s.agreementWatchDays);
        expect(assessHealth(i, s).reasons.filter((r) => r.code === 'agreement-ending')).toHaveLength(ending.length);
      }),
      { numRuns: 200 },
    );
  });
});
