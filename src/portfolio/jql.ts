import { COMPOUND_OPERATOR_AND, creators as c, print, type Clause, type OperatorValue, type Operand } from '@atlaskit/jql-ast';
import { BRM_ISSUE_TYPES } from '#provisioning/domain/issue-types';

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

/** Issue type names the portfolio counts: the app's four, and JSM's Incident. */
export const ISSUE_TYPE_NAMES = {
  complaint: BRM_ISSUE_TYPES.complaint.name,
  compliment: BRM_ISSUE_TYPES.compliment.name,
  businessCase: BRM_ISSUE_TYPES.businessCase.name,
  serviceRequirement: BRM_ISSUE_TYPES.serviceRequirement.name,
  incident: 'Incident',
} as const;
export type CountedType = keyof typeof ISSUE_TYPE_NAMES;

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
const ofType = (type: CountedType): Clause => clause('issuetype', '=', value(ISSUE_TYPE_NAMES[type]));
const open = (): Clause => clause('statusCategory', '!=', value('Done'));
const done = (): Clause => clause('statusCategory', '=', value('Done'));
const newest = { field: 'created', direction: 'DESC' } as const;

/** The queries behind the customer panel's numbers, for one organization. */
export const customerJql = {
  openComplaints: (id: string): JqlQuery => ({ clauses: [ofCustomer(id), ofType('complaint'), open()], orderBy: newest }),
  /** Open complaints with an open measure past its due date (the register's `brmNextDue`). */
  overdueComplaints: (id: string): JqlQuery => ({
    clauses: [ofCustomer(id), ofType('complaint'), open(), clause(REGISTER_ALIASES.nextDue, '<', fn('startOfDay'))],
    orderBy: newest,
  }),
  escalatedComplaints: (id: string): JqlQuery => ({
    clauses: [ofCustomer(id), ofType('complaint'), open(), clause(REGISTER_ALIASES.escalated, '=', value('yes'))],
    orderBy: newest,
  }),
  resolvedComplaints: (id: string): JqlQuery => ({ clauses: [ofCustomer(id), ofType('complaint'), done()], orderBy: { field: 'resolved', direction: 'DESC' } }),
  compliments: (id: string): JqlQuery => ({ clauses: [ofCustomer(id), ofType('compliment')], orderBy: newest }),
  openBusinessCases: (id: string): JqlQuery => ({ clauses: [ofCustomer(id), ofType('businessCase'), open()], orderBy: newest }),
  openServiceRequirements: (id: string): JqlQuery => ({ clauses: [ofCustomer(id), ofType('serviceRequirement'), open()], orderBy: newest }),
  openIncidents: (id: string): JqlQuery => ({ clauses: [ofCustomer(id), ofType('incident'), open()], orderBy: newest }),
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

/** Tickets of a project without a Customer, after a given issue id, oldest first: the backfill's pages. */
export function ticketsWithoutCustomer(projectIds: readonly string[], afterId: string | undefined): JqlQuery {
  const clauses: Clause[] = [clause(CUSTOMER_ID, 'is', c.keywordOperand())];
  if (projectIds.length > 0) clauses.unshift(clause('project', 'in', c.listOperand(projectIds.map(value))));
  if (afterId !== undefined) clauses.push(clause('id', '>', value(afterId)));
  return { clauses, orderBy: { field: 'id', direction: 'ASC' } };
}

/** Which of these tickets still have no Customer. */
export const stillWithoutCustomer = (issueIds: readonly string[]): JqlQuery => ({
  clauses: [clause('id', 'in', c.listOperand(issueIds.map(value))), clause(CUSTOMER_ID, 'is', c.keywordOperand())],
});
