import { COMPOUND_OPERATOR_AND, creators as c, print, type Clause, type OperatorValue, type Operand } from '@atlaskit/jql-ast';
import { issueTypeIn } from '#kernel/jql-values';
import type { BrmTypeKey } from '#provisioning/domain/issue-types';
import type { TypeNamesInUse } from '#provisioning/domain/names';

/**
 * The JQL behind every number the portfolio shows, built as a syntax tree (@atlaskit/jql-ast) and
 * printed, never pasted together from text. The same query counts the number (approximate count)
 * and opens the issue navigator when a person follows it.
 */

/** The Customer field's id alias (a Forge object field: `Customer.id = 10003`). */
const CUSTOMER_ID = 'Customer.id';

/** The register's and the surveys' search aliases (their `jira:entityProperty` modules). */
export const REGISTER_ALIASES = { nextDue: 'brmNextDue', escalated: 'brmEscalated' } as const;
export const SURVEY_ALIASES = { answered: 'brmSurveyAnswered', overall: 'brmSurveyOverall', npsCategory: 'brmNpsCategory' } as const;

/** The issue types the portfolio counts: the app's four (by the names they have in Jira), and JSM's Incident. */
export type CountedType = BrmTypeKey | 'incident';
const INCIDENT = 'Incident';

const value = (text: string): Operand => c.valueOperand(text);
const fn = (name: string, ...args: string[]): Operand =>
  c.functionOperand(
    c.functionString(name),
    args.map((a) => c.argument(a)),
  );
const clause = (field: string, operator: OperatorValue, operand: Operand): Clause => c.terminalClause(c.field(field), c.operator(operator), operand);

/** A query: the clauses joined by AND, optionally ordered. */
export interface JqlQuery {
  clauses: Clause[];
  orderBy?: { field: string; direction: 'ASC' | 'DESC' };
}

export function printJql(query: JqlQuery): string {
  const where =
    query.clauses.length === 0
      ? undefined
      : query.clauses.length === 1
        ? query.clauses[0]
        : c.compoundClause(c.compoundOperator(COMPOUND_OPERATOR_AND), query.clauses);
  const orderBy = query.orderBy ? c.orderBy([c.orderByField(c.field(query.orderBy.field), c.orderByDirection(query.orderBy.direction))]) : undefined;
  return print(c.jast(c.query(where, orderBy)), { printWidth: Number.MAX_SAFE_INTEGER });
}

const ofCustomer = (organizationId: string): Clause => clause(CUSTOMER_ID, '=', value(organizationId));
const ofType = (type: CountedType, names: TypeNamesInUse): Clause => issueTypeIn(type === 'incident' ? [INCIDENT] : names[type]);
const open = (): Clause => clause('statusCategory', '!=', value('Done'));
const done = (): Clause => clause('statusCategory', '=', value('Done'));
const newest = { field: 'created', direction: 'DESC' } as const;

/**
 * The queries behind the customer panel's numbers, for one organization; `names`: the names the
 * BRM issue types have in Jira (#provisioning/names-store).
 */
export const customerJql = {
  openComplaints: (id: string, names: TypeNamesInUse): JqlQuery => ({ clauses: [ofCustomer(id), ofType('complaint', names), open()], orderBy: newest }),
  /** Open complaints with an open measure past its due date (the register's `brmNextDue`). */
  overdueComplaints: (id: string, names: TypeNamesInUse): JqlQuery => ({
    clauses: [ofCustomer(id), ofType('complaint', names), open(), clause(REGISTER_ALIASES.nextDue, '<', fn('startOfDay'))],
    orderBy: newest,
  }),
  escalatedComplaints: (id: string, names: TypeNamesInUse): JqlQuery => ({
    clauses: [ofCustomer(id), ofType('complaint', names), open(), clause(REGISTER_ALIASES.escalated, '=', value('yes'))],
    orderBy: newest,
  }),
  resolvedComplaints: (id: string, names: TypeNamesInUse): JqlQuery => ({
    clauses: [ofCustomer(id), ofType('complaint', names), done()],
    orderBy: { field: 'resolved', direction: 'DESC' },
  }),
  compliments: (id: string, names: TypeNamesInUse): JqlQuery => ({ clauses: [ofCustomer(id), ofType('compliment', names)], orderBy: newest }),
  openBusinessCases: (id: string, names: TypeNamesInUse): JqlQuery => ({ clauses: [ofCustomer(id), ofType('businessCase', names), open()], orderBy: newest }),
  openServiceRequirements: (id: string, names: TypeNamesInUse): JqlQuery => ({
    clauses: [ofCustomer(id), ofType('serviceRequirement', names), open()],
    orderBy: newest,
  }),
  openIncidents: (id: string, names: TypeNamesInUse): JqlQuery => ({ clauses: [ofCustomer(id), ofType('incident', names), open()], orderBy: newest }),
  /** Tickets of the customer created in `[from, to)` (dates `YYYY-MM-DD`). */
  ticketsCreated: (id: string, from: string, to: string): JqlQuery => ({
    clauses: [ofCustomer(id), clause('created', '>=', value(from)), clause('created', '<', value(to))],
    orderBy: newest,
  }),
  /** Survey answers of the customer in `[from, to)`; `satisfied` keeps the 4s and 5s. */
  surveyAnswers: (id: string, from: string, to: string, satisfied = false): JqlQuery => ({
    clauses: [
      ofCustomer(id),
      clause(SURVEY_ALIASES.answered, '>=', value(from)),
      clause(SURVEY_ALIASES.answered, '<', value(to)),
      ...(satisfied ? [clause(SURVEY_ALIASES.overall, '>=', value('4'))] : []),
    ],
    orderBy: { field: SURVEY_ALIASES.answered, direction: 'DESC' },
  }),
  /** One service's survey answers of the customer in `[from, to)`. */
  serviceSurveyAnswers: (id: string, serviceId: string, from: string, to: string): JqlQuery => ({
    clauses: [
      ofCustomer(id),
      clause('Service.id', '=', value(serviceId)),
      clause(SURVEY_ALIASES.answered, '>=', value(from)),
      clause(SURVEY_ALIASES.answered, '<', value(to)),
    ],
    orderBy: { field: SURVEY_ALIASES.answered, direction: 'DESC' },
  }),
} as const;

/**
 * One project's tickets without a Customer after a given issue key, in key order: the backfill's
 * pages. Keys compare and sort by number within their project (`ORDER BY id` sorts by key too,
 * across projects, while `id >` compares ids: the two disagree where projects' ids interleave), so
 * the backfill walks one project at a time.
 */
export function ticketsWithoutCustomer(projectId: string, afterKey: string | undefined): JqlQuery {
  const clauses: Clause[] = [clause('project', '=', value(projectId)), clause(CUSTOMER_ID, 'is', c.keywordOperand())];
  if (afterKey !== undefined) clauses.push(clause('key', '>', value(afterKey)));
  return { clauses, orderBy: { field: 'key', direction: 'ASC' } };
}

/** Which of these tickets still have no Customer. */
export const stillWithoutCustomer = (issueIds: readonly string[]): JqlQuery => ({
  clauses: [clause('id', 'in', c.listOperand(issueIds.map(value))), clause(CUSTOMER_ID, 'is', c.keywordOperand())],
});
