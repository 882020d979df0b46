import type { SurveyRules } from './survey-rules';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const CAP_WINDOW_DAYS = 30;

/** What the rules know of a resolved ticket. */
export interface ResolvedTicket {
  projectId: string;
  requestTypeId: string | null;
  /** For a JQL scope: whether the ticket matches it (asked of Jira); ignored for a project scope. */
  matchesJql?: boolean;
  /** When it was resolved (this resolution). */
  resolvedAt: Date;
}

/** The ticket's earlier invitations: none, one still open (scheduled, sent, reminded), or only ended ones. */
export type EarlierSurvey = 'none' | 'open' | 'ended';

export type Decision =
  | { invite: true; sendAt: Date }
  | { invite: false; reason: 'disabled' | 'out-of-scope' | 'not-sampled' | 'cap-reached' | 'open-invitation' | 'already-surveyed' };

/**
 * A number in [0, 100) drawn from `key` (FNV-1a): the same key always draws the same number, so a
 * repeated delivery of one resolution samples it the same way, and resolutions spread evenly.
 */
export function sampleDraw(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 10_000) / 100;
}

/** Whether the rules' scope takes the ticket: its project (and request type, when the project lists some), or the JQL. */
export function inScope(rules: Pick<SurveyRules, 'scope'>, ticket: Pick<ResolvedTicket, 'projectId' | 'requestTypeId' | 'matchesJql'>): boolean {
  if (rules.scope.kind === 'jql') return ticket.matchesJql === true;
  const project = rules.scope.projects.find((p) => p.projectId === ticket.projectId);
  if (!project) return false;
  return project.requestTypeIds.length === 0 || (ticket.requestTypeId !== null && project.requestTypeIds.includes(ticket.requestTypeId));
}

/**
 * Whether a resolution is surveyed, and when the invitation goes out: the rules must be on and take
 * the ticket; a reopened request is surveyed again only if the rules say so and its earlier survey
 * has ended; the sample draw must fall under the rate; the recipient must have had fewer than the
 * cap of surveys in the last 30 days. The invitation goes out `delayHours` after the resolution.
 */
export function decideInvitation(input: {
  rules: SurveyRules;
  ticket: ResolvedTicket;
  drawKey: string;
  earlier: EarlierSurvey;
  sentToRecipientIn30Days: number;
}): Decision {
  const { rules, ticket } = input;
  if (!rules.enabled) return { invite: false, reason: 'disabled' };
  if (!inScope(rules, ticket)) return { invite: false, reason: 'out-of-scope' };
  if (input.earlier === 'open') return { invite: false, reason: 'open-invitation' };
  if (input.earlier === 'ended' && !rules.resurveyOnReopen) return { invite: false, reason: 'already-surveyed' };
  if (sampleDraw(input.drawKey) >= rules.sampleRate) return { invite: false, reason: 'not-sampled' };
  if (rules.maxPerCustomer30Days !== null && input.sentToRecipientIn30Days >= rules.maxPerCustomer30Days) return { invite: false, reason: 'cap-reached' };
  return { invite: true, sendAt: new Date(ticket.resolvedAt.getTime() + rules.delayHours * HOUR) };
}

/** When a sent invitation is reminded (if the rules remind) and when it expires. */
export function invitationDeadlines(sentAt: Date, terms: { expiryDays: number; reminderDays: number | null }): { remindAt: Date | null; expiresAt: Date } {
  return {
    remindAt: terms.reminderDays === null ? null : new Date(sentAt.getTime() + terms.reminderDays * DAY),
    expiresAt: new Date(sentAt.getTime() + terms.expiryDays * DAY),
  };
}

/** The start of the cap's window. */
export const capWindowStart = (now: Date): Date => new Date(now.getTime() - CAP_WINDOW_DAYS * DAY);
