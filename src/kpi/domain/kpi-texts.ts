import type { KpiId } from './catalogue';
import { SAMPLE_CAPS } from './constants';

const cap = (kind: keyof typeof SAMPLE_CAPS): string => SAMPLE_CAPS[kind].toLocaleString('en-US');

/**
 * The KPIs' texts in English: the label a tile shows, a description for the edit view, and the
 * formula the tooltip and the README show. One table, so that a translation replaces it whole; the
 * README's formulas are checked against it (test/unit/kpi/readme-formulas.test.ts).
 */
export interface KpiTexts {
  label: string;
  description: string;
  formula: string;
}

export const KPI_TEXTS: Readonly<Record<KpiId, KpiTexts>> = {
  'complaints-received': {
    label: 'Complaints received',
    description: 'Complaints raised in the period.',
    formula: 'Complaint issues created in the period.',
  },
  'complaints-open': {
    label: 'Complaints open',
    description: 'Complaints still open at the end of the period (now, for the current period).',
    formula: 'Complaint issues created before the end of the period and not resolved by then.',
  },
  'complaints-resolved': {
    label: 'Complaints resolved',
    description: 'Complaints resolved in the period.',
    formula: 'Complaint issues resolved in the period.',
  },
  'complaint-resolution-mean': {
    label: 'Complaint resolution time (mean)',
    description: 'How long complaints took to resolve, on average.',
    formula: `Mean of (resolved − created), in days, over the complaints resolved in the period (at most the ${cap('resolution-times')} most recently resolved).`,
  },
  'complaint-resolution-median': {
    label: 'Complaint resolution time (median)',
    description: 'The typical time to resolve a complaint: half took less, half took more.',
    formula: `Median of (resolved − created), in days, over the complaints resolved in the period (at most the ${cap('resolution-times')} most recently resolved).`,
  },
  'complaint-rate': {
    label: 'Complaint rate',
    description: 'Complaints per 100 requests.',
    formula:
      'Complaints created in the period ÷ requests created in the period × 100. Requests are issues of every type but Complaint, Compliment, Business Case and Service Requirement.',
  },
  'complaints-recurring': {
    label: 'Recurring complaints',
    description: 'Complaints that repeat one from the same customer and category within 30 days.',
    formula: `Complaints created in the period that follow, within 30 days, an earlier complaint of the same customer with the same category label (brm-category-…) ÷ complaints created in the period × 100 (read from the ${cap('recurrence')} most recent complaints).`,
  },
  'complaints-escalated': {
    label: 'Complaints escalated',
    description: 'Complaints raised in the period that the register has escalated.',
    formula: 'Complaint issues created in the period with brmEscalated = yes.',
  },
  'complaints-overdue': {
    label: 'Complaints with overdue measures',
    description: 'Open complaints whose next measure is past its due date.',
    formula:
      'Complaint issues open at the end of the period whose earliest open measure was due before then (brmNextDue; before today for the current period).',
  },
  'compliments-received': {
    label: 'Compliments received',
    description: 'Compliments given in the period.',
    formula: 'Compliment issues created in the period.',
  },
  'compliment-ratio': {
    label: 'Compliments per complaint',
    description: 'How many compliments for each complaint.',
    formula: 'Compliments created in the period ÷ complaints created in the period.',
  },
  'csat-percent': {
    label: 'CSAT',
    description: 'The share of satisfied customers on the overall question.',
    formula: 'Answers of 4 or 5 to the overall 1–5 question ÷ all answers to it × 100, from the survey aggregates of the period.',
  },
  'csat-mean': {
    label: 'CSAT (mean)',
    description: 'The mean answer to the overall satisfaction question.',
    formula: 'Sum of the overall 1–5 answers ÷ their number, from the survey aggregates of the period.',
  },
  nps: {
    label: 'NPS',
    description: 'Net Promoter Score, from −100 to +100.',
    formula: '% promoters (9–10) − % detractors (0–6) among the answers to the 0–10 recommendation question in the period.',
  },
  ces: {
    label: 'Customer effort (CES)',
    description: 'How easy customers found it to get their issue resolved (1 very hard – 7 very easy).',
    formula: 'Mean of the 1–7 effort answers in the period.',
  },
  'surveys-sent': {
    label: 'Surveys sent',
    description: 'Survey invitations sent in the period.',
    formula: 'Invitations sent in the period, from the survey aggregates.',
  },
  'surveys-completed': {
    label: 'Surveys completed',
    description: 'Survey invitations answered in the period.',
    formula: 'Invitations answered in the period, from the survey aggregates.',
  },
  'survey-response-rate': {
    label: 'Survey response rate',
    description: 'The share of invitations that were answered.',
    formula: 'Surveys answered ÷ surveys sent in the period × 100.',
  },
  'customers-new': {
    label: 'New customers',
    description: 'Customers that became active in the period.',
    formula: "Customers whose lifecycle became active in the period, from the customer portfolio's lifecycle dates.",
  },
  'customers-lost': {
    label: 'Lost customers',
    description: 'Customers lost in the period.',
    formula: "Customers whose lifecycle became lost in the period, from the customer portfolio's lifecycle dates.",
  },
  'churn-percent': {
    label: 'Churn',
    description: 'The share of active customers lost.',
    formula: 'Customers lost in the period ÷ customers active at its start × 100.',
  },
  'business-cases-approved': {
    label: 'Business cases approved',
    description: 'Business cases decided "go" and resolved in the period.',
    formula: 'Business Case issues with Decision = go resolved in the period.',
  },
  'budget-overruns': {
    label: 'Budget overruns',
    description: 'Approved business cases whose actual cost exceeds the planned cost.',
    formula: `Business Cases with Decision = go resolved in the period whose Actual cost > Planned cost (read from the ${cap('overruns')} most recently resolved cases).`,
  },
  'budget-overrun-sum': {
    label: 'Budget overrun (sum)',
    description: 'How much approved business cases went over their planned cost, in total.',
    formula: `Sum of (Actual cost − Planned cost) over the Business Cases with Decision = go resolved in the period whose Actual cost > Planned cost (read from the ${cap('overruns')} most recently resolved cases).`,
  },
  'strategic-initiatives': {
    label: 'New strategic initiatives',
    description: 'Approved business cases flagged as strategic.',
    formula: 'Business Case issues with Decision = go and Strategic initiative = yes resolved in the period.',
  },
  'service-requirements-raised': {
    label: 'Service requirements raised',
    description: 'Service requirements raised in the period.',
    formula: 'Service Requirement issues created in the period.',
  },
  'service-requirements-open': {
    label: 'Service requirements open',
    description: 'Service requirements still open at the end of the period.',
    formula: 'Service Requirement issues created before the end of the period and not resolved by then.',
  },
};

const textsById: ReadonlyMap<string, KpiTexts> = new Map(Object.entries(KPI_TEXTS));

/** The texts of a catalogue KPI. */
export function kpiTexts(id: string): KpiTexts {
  const texts = textsById.get(id);
  if (!texts) throw new Error(`The KPI texts have no entry for ${id}.`);
  return texts;
}
