import { daysBetween } from './dates';
import type { HealthSettings } from './health-settings';

/**
 * Customer health: a transparent rule over what the app can see of a customer. Each input that
 * crosses a threshold gives a reason (with the values it rests on and the evidence to open), and
 * the status is the most severe reason: at risk, watch, or healthy when there is none.
 */

export const HEALTH_STATUSES = ['healthy', 'watch', 'at-risk'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];
export type Severity = Exclude<HealthStatus, 'healthy'>;

export const REASON_CODES = [
  'csat-fell',
  'csat-low',
  'nps-low',
  'complaints-open',
  'complaints-escalated',
  'measures-overdue',
  'agreement-ending',
  'volume-changed',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** A number and the JQL that finds what it counts. */
export interface Counted {
  count: number;
  jql: string;
}

/** Survey results of one month: answers, and how many of them scored 4 or 5. */
export interface MonthlyCsat {
  month: string;
  answered: number;
  satisfied: number;
}

export interface HealthInputs {
  today: string;
  /** The trend window's months, oldest first; null when there are no survey results to read. */
  csat: { months: MonthlyCsat[]; jql: string } | null;
  /** NPS answers over the trend window; null when there are none to read. */
  nps: { answered: number; promoters: number; detractors: number; jql: string } | null;
  /** Open complaints; escalated and overdue ones need the complaint register (null without it). */
  complaints: { open: Counted; escalated: Counted | null; overdue: Counted | null } | null;
  agreements: readonly { agreementId: string; name: string; endDate: string }[];
  /** Tickets created in the last window and in the window before it. */
  volume: { recent: Counted; previous: Counted; windowDays: number } | null;
}

export type Evidence = { kind: 'jql'; jql: string } | { kind: 'agreement'; agreementId: string };

/** One reason behind the status: what crossed which threshold, with the values and the evidence. */
export interface HealthReason {
  code: ReasonCode;
  severity: Severity;
  /** The values the reason states, by name (they fill the sentence the UI shows). */
  values: Record<string, number | string>;
  evidence: Evidence;
}

export interface HealthAssessment {
  status: HealthStatus;
  reasons: HealthReason[];
}

/** CSAT: the share of answers scoring 4 or 5, in whole percent. */
export const csatPercent = (m: { answered: number; satisfied: number }): number => Math.round((m.satisfied / m.answered) * 100);

/** NPS: % promoters − % detractors, rounded, from −100 to +100. */
export const npsScore = (n: { answered: number; promoters: number; detractors: number }): number =>
  Math.round(((n.promoters - n.detractors) / n.answered) * 100);

/** Ticket volume change in whole percent, + for more tickets. */
export const volumeChangePercent = (recent: number, previous: number): number => Math.round(((recent - previous) / previous) * 100);

const severityOf = (watch: boolean, risk: boolean): Severity | undefined => (risk ? 'at-risk' : watch ? 'watch' : undefined);

function csatReasons(inputs: HealthInputs, s: HealthSettings): HealthReason[] {
  if (!inputs.csat) return [];
  const counted = inputs.csat.months.filter((m) => m.answered >= s.minResponses);
  const first = counted[0];
  const last = counted[counted.length - 1];
  if (!first || !last) return [];
  const evidence: Evidence = { kind: 'jql', jql: inputs.csat.jql };
  const reasons: HealthReason[] = [];
  const to = csatPercent(last);
  if (first !== last) {
    const from = csatPercent(first);
    const drop = from - to;
    const severity = severityOf(drop >= s.csatDropWatch, drop >= s.csatDropRisk);
    if (severity) reasons.push({ code: 'csat-fell', severity, values: { from, to, fromMonth: first.month, toMonth: last.month, drop }, evidence });
  }
  const low = severityOf(to < s.csatFloorWatch, to < s.csatFloorRisk);
  if (low)
    reasons.push({
      code: 'csat-low',
      severity: low,
      values: { csat: to, month: last.month, answered: last.answered, threshold: low === 'at-risk' ? s.csatFloorRisk : s.csatFloorWatch },
      evidence,
    });
  return reasons;
}

function npsReasons(inputs: HealthInputs, s: HealthSettings): HealthReason[] {
  const nps = inputs.nps;
  if (!nps || nps.answered < s.minResponses) return [];
  const score = npsScore(nps);
  const severity = severityOf(score < s.npsWatch, score < s.npsRisk);
  if (!severity) return [];
  return [
    {
      code: 'nps-low',
      severity,
      values: { nps: score, answered: nps.answered, threshold: severity === 'at-risk' ? s.npsRisk : s.npsWatch },
      evidence: { kind: 'jql', jql: nps.jql },
    },
  ];
}

function complaintReasons(inputs: HealthInputs, s: HealthSettings): HealthReason[] {
  const complaints = inputs.complaints;
  if (!complaints) return [];
  const reasons: HealthReason[] = [];
  const open = severityOf(complaints.open.count >= s.openComplaintsWatch, complaints.open.count >= s.openComplaintsRisk);
  if (open)
    reasons.push({
      code: 'complaints-open',
      severity: open,
      values: { count: complaints.open.count, threshold: open === 'at-risk' ? s.openComplaintsRisk : s.openComplaintsWatch },
      evidence: { kind: 'jql', jql: complaints.open.jql },
    });
  if (complaints.escalated && complaints.escalated.count >= s.escalatedRisk) {
    reasons.push({
      code: 'complaints-escalated',
      severity: 'at-risk',
      values: { count: complaints.escalated.count, threshold: s.escalatedRisk },
      evidence: { kind: 'jql', jql: complaints.escalated.jql },
    });
  }
  const overdue = complaints.overdue;
  const late = overdue ? severityOf(overdue.count >= s.overdueWatch, overdue.count >= s.overdueRisk) : undefined;
  if (overdue && late)
    reasons.push({
      code: 'measures-overdue',
      severity: late,
      values: { count: overdue.count, threshold: late === 'at-risk' ? s.overdueRisk : s.overdueWatch },
      evidence: { kind: 'jql', jql: overdue.jql },
    });
  return reasons;
}

function agreementReasons(inputs: HealthInputs, s: HealthSettings): HealthReason[] {
  return inputs.agreements.flatMap((agreement): HealthReason[] => {
    const days = daysBetween(inputs.today, agreement.endDate);
    if (days < 0) return [];
    const severity = severityOf(days <= s.agreementWatchDays, days <= s.agreementRiskDays);
    if (!severity) return [];
    return [
      {
        code: 'agreement-ending',
        severity,
        values: { name: agreement.name, endDate: agreement.endDate, days },
        evidence: { kind: 'agreement', agreementId: agreement.agreementId },
      },
    ];
  });
}

function volumeReasons(inputs: HealthInputs, s: HealthSettings): HealthReason[] {
  const volume = inputs.volume;
  if (!volume || volume.previous.count < s.volumeMinTickets) return [];
  const change = volumeChangePercent(volume.recent.count, volume.previous.count);
  const size = Math.abs(change);
  const severity = severityOf(size >= s.volumeChangeWatch, size >= s.volumeChangeRisk);
  if (!severity) return [];
  return [
    {
      code: 'volume-changed',
      severity,
      values: { recent: volume.recent.count, previous: volume.previous.count, change, days: volume.windowDays },
      evidence: { kind: 'jql', jql: volume.recent.jql },
    },
  ];
}

const rank: Record<Severity, number> = { 'at-risk': 0, watch: 1 };

/** The status and its reasons, most severe first. */
export function assessHealth(inputs: HealthInputs, settings: HealthSettings): HealthAssessment {
  const reasons = [
    ...csatReasons(inputs, settings),
    ...npsReasons(inputs, settings),
    ...complaintReasons(inputs, settings),
    ...agreementReasons(inputs, settings),
    ...volumeReasons(inputs, settings),
  ].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const status: HealthStatus = reasons.some((r) => r.severity === 'at-risk') ? 'at-risk' : reasons.length > 0 ? 'watch' : 'healthy';
  return { status, reasons };
}
