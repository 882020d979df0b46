import { COMPOUND_OPERATOR_AND, COMPOUND_OPERATOR_OR, creators, print, type Clause, type Field, type Operand, type OperatorValue } from '@atlaskit/jql-ast';
import { internalCreators } from '@atlaskit/jql-ast/creators';
import { jqlValue } from '#kernel/jql-values';
import { DAY_MS, type Period } from '#kernel/periods';
import type { AppFieldKey, Condition, ConditionValue, FieldRef, IssueSelection, IssueTypeKey } from './definition';

/**
 * JQL for a selection of issues in a scope and a period, built as a syntax tree with Atlassian's
 * `@atlaskit/jql-ast` and printed by it: every value (an id, a label, a date) becomes a value node
 * that the printer quotes and escapes, so no text is ever pasted into a query.
 */

export interface JqlScope {
  /** Project ids; at least one (the engine never counts across every project). */
  projectIds: readonly string[];
  /** A JSM organization id: the app's Customer field. */
  customerId?: string;
  /** A catalogue service id: the app's Service field. */
  serviceId?: string;
}

export interface JqlContext {
  scope: JqlScope;
  period: Period;
  now: number;
  /** The viewer's time zone: Jira reads JQL dates in it, and periods are UTC. */
  timeZone: string;
  /** Jira's ids of the app's fields (`customfield_10050`), for conditions on them. */
  appFieldIds: ReadonlyMap<AppFieldKey, string>;
  /**
   * The names every BRM issue type has in Jira, by key (`businessCase` -> `Business Case`, or
   * `Caso de negocio` where provisioning named the types in Spanish): requests are the issues of none of them.
   */
  issueTypeNames: ReadonlyMap<IssueTypeKey, readonly string[]>;
}

/** A condition names one of the app's fields that Jira does not know (the app's fields are not installed). */
export class MissingAppField extends Error {
  constructor(readonly key: AppFieldKey) {
    super(`Jira has no field ${key}.`);
    this.name = 'MissingAppField';
  }
}

const CUSTOM_FIELD_ID = /^customfield_(\d+)$/;

/**
 * An instant as a JQL date literal, `yyyy-MM-dd HH:mm` on the clock of `timeZone`: Jira reads
 * JQL dates in the searching user's zone, so a UTC month boundary is written as that user's local
 * time (midnight UTC is "2026-11-01 05:30" for Asia/Kolkata).
 */
export function jqlDateText(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** Whether Intl knows the zone; Jira profiles can name zones a runtime does not. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const field = (name: string): Field => creators.field(name);

const value = jqlValue;

/** A numeric id (a project's): written bare, as Jira reads a number as an id and a quoted text as a key or name. */
function numericId(id: string): Operand {
  if (!/^\d{1,18}$/.test(id)) throw new RangeError(`Not a numeric id: ${id}`);
  return creators.byText.valueOperand(id);
}
const clause = (f: Field, operator: OperatorValue, operand: Operand): Clause => creators.terminalClause(f, creators.operator(operator), operand);
const all = (clauses: Clause[]): Clause =>
  clauses.length === 1 && clauses[0] ? clauses[0] : creators.compoundClause(creators.compoundOperator(COMPOUND_OPERATOR_AND), clauses);
const either = (clauses: Clause[]): Clause => creators.compoundClause(creators.compoundOperator(COMPOUND_OPERATOR_OR), clauses);

function fieldOf(ref: FieldRef, ctx: JqlContext): Field {
  switch (ref.kind) {
    case 'system':
    case 'alias':
      return field(ref.name);
    case 'app-field': {
      const id = CUSTOM_FIELD_ID.exec(ctx.appFieldIds.get(ref.key) ?? '')?.[1];
      if (id === undefined) throw new MissingAppField(ref.key);
      // `cf[10050]` is JQL syntax, not a value: it is written as it is (the id is Jira's, digits only).
      return internalCreators.field(`cf[${id}]`, `cf[${id}]`, undefined);
    }
  }
}

function operandOf(v: ConditionValue, ctx: JqlContext): Operand {
  switch (v.kind) {
    case 'value':
      return value(v.text);
    case 'values':
      return creators.listOperand(v.texts.map(value));
    case 'empty':
      return creators.keywordOperand();
    case 'period-end':
      return value(jqlDateText(ctx.period.end, ctx.timeZone));
    case 'end-or-today':
      return ctx.now < ctx.period.end ? creators.functionOperand(creators.functionString('startOfDay')) : value(jqlDateText(ctx.period.end, ctx.timeZone));
  }
}

const conditionClause = (c: Condition, ctx: JqlContext): Clause => clause(fieldOf(c.field, ctx), c.operator, operandOf(c.value, ctx));

function typeNames(key: IssueTypeKey, ctx: JqlContext): readonly string[] {
  const names = ctx.issueTypeNames.get(key);
  if (names === undefined) throw new RangeError(`Not a BRM issue type: ${key}`);
  return names;
}

function typeClauses(types: IssueSelection['types'], ctx: JqlContext): Clause[] {
  if (types === 'any') return [];
  if (types === 'requests') return [clause(field('issuetype'), 'not in', creators.listOperand([...ctx.issueTypeNames.values()].flat().map(value)))];
  return [clause(field('issuetype'), 'in', creators.listOperand(types.only.flatMap((key) => typeNames(key, ctx)).map(value)))];
}

function scopeClauses(scope: JqlScope): Clause[] {
  if (scope.projectIds.length === 0) throw new RangeError('A KPI scope names at least one project.');
  const clauses = [clause(field('project'), 'in', creators.listOperand(scope.projectIds.map(numericId)))];
  if (scope.customerId !== undefined) clauses.push(clause(field('Customer.id'), '=', value(scope.customerId)));
  if (scope.serviceId !== undefined) clauses.push(clause(field('Service.id'), '=', value(scope.serviceId)));
  return clauses;
}

function periodClauses(select: IssueSelection, ctx: JqlContext, lookBackDays: number): Clause[] {
  const start = value(jqlDateText(ctx.period.start - lookBackDays * DAY_MS, ctx.timeZone));
  const end = value(jqlDateText(ctx.period.end, ctx.timeZone));
  const anchor = select.anchor;
  if (typeof anchor === 'object') return [clause(field(anchor.dateAlias), '>=', start), clause(field(anchor.dateAlias), '<', end)];
  switch (anchor) {
    case 'created':
      return [clause(field('created'), '>=', start), clause(field('created'), '<', end)];
    case 'resolved':
      return [clause(field('resolved'), '>=', start), clause(field('resolved'), '<', end)];
    case 'open-at-end':
      return [clause(field('created'), '<', end), either([clause(field('resolved'), '>=', end), clause(field('resolution'), 'is', creators.keywordOperand())])];
  }
}

export interface SelectionOptions {
  /** Widen the period this many days back (a sample that looks for earlier issues). */
  lookBackDays?: number;
  orderBy?: { field: 'created' | 'resolved'; direction: 'ASC' | 'DESC' };
}

/** The JQL of a selection in the context's scope and period. Throws MissingAppField when a condition needs a field Jira lacks. */
export function selectionJql(select: IssueSelection, ctx: JqlContext, options: SelectionOptions = {}): string {
  const where = all([
    ...scopeClauses(ctx.scope),
    ...typeClauses(select.types, ctx),
    ...select.where.map((c) => conditionClause(c, ctx)),
    ...periodClauses(select, ctx, options.lookBackDays ?? 0),
  ]);
  const orderBy = options.orderBy
    ? creators.orderBy([creators.orderByField(field(options.orderBy.field), creators.orderByDirection(options.orderBy.direction))])
    : undefined;
  return print(creators.jast(creators.query(where, orderBy)), { printWidth: null, operatorCase: 'upper' });
}

/** The Jira field id the sample of Business Case costs reads for an app field, or undefined. */
export const appFieldId = (ctx: Pick<JqlContext, 'appFieldIds'>, key: AppFieldKey): string | undefined => ctx.appFieldIds.get(key);
