import { creators as c, print, type Clause, type Operand, type OperatorValue } from '@atlaskit/jql-ast';
import { issueTypeIn, jqlValue } from '#kernel/jql-values';
import { APP_FIELD_NAMES } from '#provisioning/domain/app-fields';
import { addDays } from '#register/domain/calendar';
import { SORT_FIELDS, type RegisterFilter, type RegisterSort } from '#register/domain/register-filter';

/**
 * The register's JQL, built as a syntax tree with Atlassian's `@atlaskit/jql-ast` creators and
 * printed by its printer, so no text a person typed is ever pasted into the query. Every value is
 * a JQL string literal the app quotes itself (#kernel/jql-values).
 */

/** The complaint index's JQL aliases (manifest.yml `jira:entityProperty` `brm-complaint-property`). */
export const COMPLAINT_ALIASES = {
  openCorrective: 'brmOpenCorrective',
  openMeasures: 'brmOpenMeasures',
  nextDue: 'brmNextDue',
  owners: 'brmMeasureOwner',
  escalated: 'brmEscalated',
  response: 'brmResponse',
  rootCauseSet: 'brmRootCause',
} as const;

const clause = (field: string, operator: OperatorValue, operand: Operand): Clause => c.terminalClause(c.field(field), c.operator(operator), operand);
const value = jqlValue;
/** A number or a name JQL reads as it is (a count, a project id, a status category). */
const bare = (text: string): Operand => c.byText.valueOperand(text);
const and = (clauses: Clause[]): Clause | undefined =>
  clauses.length === 0 ? undefined : clauses.length === 1 ? clauses[0] : c.compoundClause(c.compoundOperator('and'), clauses);

/** Prints a query on one line. */
const printed = (where: Clause | undefined, orderBy?: ReturnType<typeof c.orderBy>): string =>
  print(c.jast(c.query(where, orderBy)), { printWidth: Number.MAX_SAFE_INTEGER });

const customerField = APP_FIELD_NAMES['brm-customer'];
const serviceField = APP_FIELD_NAMES['brm-service'];

/**
 * What the filter asks, as JQL clauses (the Complaint type first, by the names it has in Jira:
 * provisioning's record, one name or more where projects named it in different languages).
 */
export function registerClauses(filter: RegisterFilter, today: string, complaintNames: readonly string[]): Clause[] {
  const clauses: Clause[] = [issueTypeIn(complaintNames)];
  const projects = filter.projectIds ?? [];
  // Project ids are digits (the filter's schema checks them), which JQL reads as ids.
  if (projects.length === 1 && projects[0] !== undefined) clauses.push(clause('project', '=', bare(projects[0])));
  if (projects.length > 1) clauses.push(clause('project', 'in', c.listOperand(projects.map(bare))));
  if (filter.customerId !== undefined) clauses.push(clause(`${customerField}.id`, '=', value(filter.customerId)));
  if (filter.serviceId !== undefined) clauses.push(clause(`${serviceField}.id`, '=', value(filter.serviceId)));
  if (filter.category !== undefined) clauses.push(clause('labels', '=', value(`brm-category-${filter.category}`)));
  if (filter.severity !== undefined) clauses.push(clause('labels', '=', value(`brm-severity-${filter.severity}`)));
  if (filter.status === 'open') clauses.push(clause('statusCategory', '!=', bare('Done')));
  if (filter.status === 'resolved') clauses.push(clause('statusCategory', '=', bare('Done')));
  if (filter.measures === 'open') clauses.push(clause(COMPLAINT_ALIASES.openMeasures, '>', bare('0')));
  if (filter.measures === 'open-corrective') clauses.push(clause(COMPLAINT_ALIASES.openCorrective, '>', bare('0')));
  // An open measure whose due date is before today, in the register's time zone.
  if (filter.measures === 'overdue') clauses.push(clause(COMPLAINT_ALIASES.nextDue, '<', value(today)));
  if (filter.escalated !== undefined) clauses.push(clause(COMPLAINT_ALIASES.escalated, '=', value(filter.escalated ? 'yes' : 'no')));
  if (filter.response !== 'any') clauses.push(clause(COMPLAINT_ALIASES.response, '=', value(filter.response)));
  if (filter.createdFrom !== undefined) clauses.push(clause('created', '>=', value(filter.createdFrom)));
  if (filter.createdTo !== undefined) clauses.push(clause('created', '<', value(addDays(filter.createdTo, 1))));
  return clauses;
}

/** The register's query: the filter, ordered as asked, then by key so that pages are stable. */
export function registerJql(filter: RegisterFilter, sort: RegisterSort, today: string, complaintNames: readonly string[]): string {
  const direction = c.orderByDirection(sort.direction === 'asc' ? 'ASC' : 'DESC');
  const fields = [c.orderByField(c.field(SORT_FIELDS[sort.key]), direction)];
  if (sort.key !== 'key') fields.push(c.orderByField(c.field('key'), c.orderByDirection('DESC')));
  return printed(and(registerClauses(filter, today, complaintNames)), c.orderBy(fields));
}

/** The register's query without ORDER BY, for counting. */
export const registerCountJql = (filter: RegisterFilter, today: string, complaintNames: readonly string[]): string =>
  printed(and(registerClauses(filter, today, complaintNames)));

/** Open complaints with an open measure due before `today` (the escalation run's first search). */
export function overdueComplaintsJql(today: string, complaintNames: readonly string[]): string {
  const where = and([issueTypeIn(complaintNames), clause('statusCategory', '!=', bare('Done')), clause(COMPLAINT_ALIASES.nextDue, '<', value(today))]);
  return printed(where, c.orderBy([c.orderByField(c.field('created'), c.orderByDirection('ASC')), c.orderByField(c.field('key'), c.orderByDirection('ASC'))]));
}

/** Open complaints created at least `days` whole days ago (the escalation run's second search). */
export function agedComplaintsJql(days: number, complaintNames: readonly string[]): string {
  const where = and([issueTypeIn(complaintNames), clause('statusCategory', '!=', bare('Done')), clause('created', '<=', bare(`-${days}d`))]);
  return printed(where, c.orderBy([c.orderByField(c.field('created'), c.orderByDirection('ASC')), c.orderByField(c.field('key'), c.orderByDirection('ASC'))]));
}
