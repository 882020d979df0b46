import type { DemoServiceName } from './demo-services';
import type { SUMMARIES } from './demo-texts';

/** What ACME's BRM tickets say, and which service each ordinary request is about. */

type CustomerRequestSummary = (typeof SUMMARIES)['Get IT help' | 'Request access' | 'Report an incident'][number];

/** The catalogue service each summary of a customer request is about. */
export const SERVICE_OF_SUMMARY: Readonly<Record<CustomerRequestSummary, DemoServiceName>> = {
  'Laptop will not connect to the office Wi-Fi': 'Network and VPN',
  'Outlook keeps asking for my password': 'Email and collaboration',
  'Printer on the third floor reports a paper jam': 'Workplace devices',
  'Need help setting up MFA on a new phone': 'Identity and access',
  'Teams calls drop after a few minutes': 'Email and collaboration',
  'Cannot open attachments in the CRM': 'Business applications',
  'Monitor flickers when the laptop is docked': 'Workplace devices',
  'Shared calendar is not syncing': 'Email and collaboration',
  'Keyboard shortcuts stopped working after the update': 'Workplace devices',
  'Excel crashes when opening the quarterly report': 'Business applications',
  'Access to the finance shared drive': 'Identity and access',
  'Salesforce licence for a new sales representative': 'Business applications',
  'VPN access for an external contractor': 'Network and VPN',
  'Admin rights on the build server': 'Identity and access',
  'Read access to the HR reporting dashboard': 'Business applications',
  'Access to the customer data warehouse': 'Business applications',
  'Add me to the procurement approvals group': 'Identity and access',
  'Customer portal returns error 502': 'Business applications',
  'Email delivery delayed by more than an hour': 'Email and collaboration',
  'Payroll export job failed overnight': 'Business applications',
  'VPN gateway unreachable from the Berlin office': 'Network and VPN',
  'Order API times out for all customers': 'Business applications',
  'Invoices missing from the billing run': 'Business applications',
  'Single sign-on fails for the whole team': 'Identity and access',
  'Warehouse scanners cannot reach the inventory system': 'Network and VPN',
};

const BY_SUMMARY: ReadonlyMap<string, DemoServiceName> = new Map(Object.entries(SERVICE_OF_SUMMARY));

export const serviceOfSummary = (summary: string): DemoServiceName | undefined => BY_SUMMARY.get(summary);

/** The app's feedback categories and complaint severities (labels `brm-category-<c>`, `brm-severity-<s>`). */
export type FeedbackCategory = 'service-quality' | 'response-time' | 'staff-conduct' | 'communication' | 'cost' | 'other';
export type ComplaintSeverity = 'low' | 'medium' | 'high' | 'critical';

export interface ComplaintText {
  statement: string;
  category: FeedbackCategory;
  severity: ComplaintSeverity;
  service: DemoServiceName;
}

export interface ComplimentText {
  statement: string;
  category: FeedbackCategory;
  service: DemoServiceName;
}

/** One line each, shorter than the app's summary limit, so the feedback issue's summary is the whole statement. */
export const COMPLAINTS: readonly ComplaintText[] = [
  {
    statement: 'Nobody answered our outage report for two days, and we had to chase by phone.',
    category: 'response-time',
    severity: 'high',
    service: 'Business applications',
  },
  { statement: 'The VPN dropped every afternoon this week and nobody told us why.', category: 'communication', severity: 'medium', service: 'Network and VPN' },
  {
    statement: 'The replacement laptop arrived without the software we asked for.',
    category: 'service-quality',
    severity: 'low',
    service: 'Workplace devices',
  },
  {
    statement: 'Payroll ran late again because the export failed and no one warned us.',
    category: 'service-quality',
    severity: 'critical',
    service: 'Business applications',
  },
  { statement: 'The technician was rude to our front desk staff.', category: 'staff-conduct', severity: 'medium', service: 'Workplace devices' },
  { statement: 'We were billed for licences we cancelled three months ago.', category: 'cost', severity: 'high', service: 'Business applications' },
  {
    statement: 'Our access request sat in a queue for a week without an update.',
    category: 'response-time',
    severity: 'medium',
    service: 'Identity and access',
  },
  { statement: 'The mail maintenance was announced after it had started.', category: 'communication', severity: 'high', service: 'Email and collaboration' },
];

export const COMPLIMENTS: readonly ComplimentText[] = [
  { statement: 'Thank you for restoring the portal within the hour on a Sunday.', category: 'response-time', service: 'Business applications' },
  { statement: 'Sam walked our new starters through MFA set-up with great patience.', category: 'staff-conduct', service: 'Identity and access' },
  { statement: 'The mail migration went without a single lost message.', category: 'service-quality', service: 'Email and collaboration' },
  { statement: 'Clear and timely updates during the network outage: exactly what we needed.', category: 'communication', service: 'Network and VPN' },
  { statement: 'The new laptops arrived set up and ready on the first day.', category: 'service-quality', service: 'Workplace devices' },
];

export interface BusinessCaseText {
  summary: string;
  service: DemoServiceName;
  plannedCost: number;
  expectedBenefit: number;
  strategic: 'yes' | 'no';
}

export const BUSINESS_CASES: readonly BusinessCaseText[] = [
  { summary: 'Replace the office Wi-Fi with a managed network', service: 'Network and VPN', plannedCost: 180_000, expectedBenefit: 260_000, strategic: 'yes' },
  { summary: 'Move the service desk phone line to Teams', service: 'Email and collaboration', plannedCost: 45_000, expectedBenefit: 70_000, strategic: 'no' },
  {
    summary: 'Single sign-on for every business application',
    service: 'Identity and access',
    plannedCost: 120_000,
    expectedBenefit: 300_000,
    strategic: 'yes',
  },
  { summary: 'Laptops as a service for field staff', service: 'Workplace devices', plannedCost: 90_000, expectedBenefit: 110_000, strategic: 'no' },
];

export const SERVICE_REQUIREMENTS: readonly { summary: string; service: DemoServiceName }[] = [
  { summary: 'Payroll exports must finish before 06:00 on the last working day', service: 'Business applications' },
  { summary: 'VPN available from the new Lisbon office', service: 'Network and VPN' },
  { summary: 'Shared mailboxes for every regional team', service: 'Email and collaboration' },
];
