import type { StoredIssue } from '../model';
import { MATCH_EVERYTHING, type CompileScope } from './clause-kit';
import { compileClause } from './compile-where';
import { JqlError, type CompiledJql, type JqlEnvironment } from './context';
import { compileOrderBy } from './order-by';
import { parseJql } from './parse-jql';
import { TenantIndex } from './tenant-index';
import { isValidTimeZone } from './zoned-time';

export { JqlError } from './context';
export type { CompiledJql, JqlEnvironment, JqlTenant } from './context';

/**
 * Compiles a JQL query against a tenant: parses it with Atlassian's parser, resolves every name
 * (projects, statuses, users, fields…) and date to ids and instants once, and returns a filter
 * and an ORDER BY comparator that evaluate issues without further lookups.
 *
 * Throws JqlError with Jira's messages when the query does not parse (the first syntax error) or
 * does not validate (every validation error: unknown fields, values, operators, dates).
 * An empty query matches every issue.
 */
export function compileJql(jql: string, env: JqlEnvironment): CompiledJql {
  const query = parseJql(jql);
  // A profile with an unknown zone must not break every search of that user: read it as UTC.
  const timeZone = env.timeZone && isValidTimeZone(env.timeZone) ? env.timeZone : 'UTC';
  const scope: CompileScope = {
    tenant: new TenantIndex(env.tenant),
    dates: { now: env.now.getTime(), timeZone, weekStartsOn: env.weekStartsOn ?? 0 },
    currentUserId: env.currentUserId,
    errors: [],
  };
  const matches = query.where ? compileClause(query.where, scope) : MATCH_EVERYTHING;
  const compare = compileOrderBy(query.orderBy ?? undefined, scope);
  if (scope.errors.length > 0) throw new JqlError([...new Set(scope.errors)]);
  return { matches, compare };
}

/** The issues a query selects, in its order: the reference use of a compiled query. */
export function searchIssues(issues: Iterable<StoredIssue>, compiled: CompiledJql): StoredIssue[] {
  const found: StoredIssue[] = [];
  for (const issue of issues) if (compiled.matches(issue)) found.push(issue);
  return found.sort((a, b) => compiled.compare(a, b));
}
