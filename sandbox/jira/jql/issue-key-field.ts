import type { OperatorValue } from '@atlaskit/jql-ast';
import type { StoredIssue } from '../model';
import { fail, functionProblem, MATCH_NOTHING, type ClauseContext, type Predicate } from './clause-kit';
import type { FieldHandler } from './field-handler';
import { messages } from './messages';
import type { TenantIndex } from './tenant-index';
import { toNumber } from './natives';

const KEY_OPERATORS: ReadonlySet<OperatorValue> = new Set<OperatorValue>(['=', '!=', 'in', 'not in', '<', '<=', '>', '>=']);

/** An issue named by key (`ABC-12`) or by numeric id (`10042`). */
type IssueRef = { kind: 'key'; key: string; projectId: string; number: number } | { kind: 'id'; id: string; number: number };

function parseRef(value: string, ctx: ClauseContext, tenant: TenantIndex): IssueRef | null {
  const text = value.trim();
  if (/^\d+$/.test(text)) return { kind: 'id', id: String(Number(text)), number: Number(text) };
  const match = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/.exec(text);
  if (!match?.[1] || !match[2]) {
    ctx.scope.errors.push(messages.badIssueKey(ctx.fieldName, value));
    return null;
  }
  const projectKey = match[1].toUpperCase();
  const projectId = tenant.projects().idByKey.get(projectKey);
  if (projectId === undefined) {
    ctx.scope.errors.push(messages.missingIssue(ctx.fieldName, value));
    return null;
  }
  const number = Number(match[2]);
  return { kind: 'key', key: `${projectKey}-${number}`, projectId, number };
}

function keyNumber(issue: StoredIssue): number {
  return toNumber(issue.key.slice(issue.key.lastIndexOf('-') + 1));
}

function compareNumbers(operator: OperatorValue, value: number, bound: number): boolean {
  switch (operator) {
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '>':
      return value > bound;
    default:
      return value >= bound;
  }
}

function compileKeyClause(ctx: ClauseContext, tenant: TenantIndex): Predicate {
  const { operator } = ctx;
  if (!KEY_OPERATORS.has(operator)) return fail(ctx, messages.operatorNotSupported(ctx.fieldName, operator));
  const { list, terms } = ctx.operand;
  if (list && operator !== 'in' && operator !== 'not in') return fail(ctx, messages.listNotSupported(ctx.fieldName, operator));
  const refs: IssueRef[] = [];
  for (const term of terms) {
    if (term.kind === 'empty') return fail(ctx, messages.emptyNotSupported(ctx.fieldName, operator));
    if (term.kind === 'function') return fail(ctx, functionProblem(ctx, term.name));
    const ref = parseRef(term.value, ctx, tenant);
    if (!ref) return MATCH_NOTHING;
    refs.push(ref);
  }

  if (operator === '=' || operator === '!=' || operator === 'in' || operator === 'not in') {
    const keys = new Set(refs.flatMap((ref) => (ref.kind === 'key' ? [ref.key] : [])));
    const ids = new Set(refs.flatMap((ref) => (ref.kind === 'id' ? [ref.id] : [])));
    const named = (issue: StoredIssue) => keys.has(issue.key) || ids.has(issue.id);
    return operator === '=' || operator === 'in' ? named : (issue) => !named(issue);
  }

  const [bound] = refs;
  if (!bound) return MATCH_NOTHING;
  // Keys compare by number within the key's project; ids compare as numbers across projects.
  if (bound.kind === 'id') return (issue) => compareNumbers(operator, toNumber(issue.id), bound.number);
  return (issue) => issue.projectId === bound.projectId && compareNumbers(operator, keyNumber(issue), bound.number);
}

/** Issue keys sort by project key, then by number (ABC-9 before ABC-10). */
function compareKeys(a: StoredIssue, b: StoredIssue): number {
  const aProject = a.key.slice(0, a.key.lastIndexOf('-'));
  const bProject = b.key.slice(0, b.key.lastIndexOf('-'));
  if (aProject !== bProject) return aProject < bProject ? -1 : 1;
  return keyNumber(a) - keyNumber(b);
}

/** `key`, `issuekey`, `issue` and `id`: one field in Jira, taking keys or ids. */
export function issueKeyField(tenant: TenantIndex): FieldHandler {
  return { compile: (ctx) => compileKeyClause(ctx, tenant), sort: { kind: 'compare', compare: compareKeys } };
}
