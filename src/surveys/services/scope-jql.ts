import { COMPOUND_OPERATOR_AND, creators, JastBuilder, print } from '@atlaskit/jql-ast';

/**
 * JQL the surveys build, as syntax trees (never by pasting text into a query): the admin's scope
 * JQL is parsed with Atlassian's parser and combined with the ticket's key; values are operands.
 */

/** The WHERE part of an admin's JQL, or why it cannot be used. */
function whereOf(jql: string) {
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0) return { error: jast.errors[0]?.message ?? 'is not valid JQL' };
  const where = jast.query?.where;
  if (!where) return { error: 'needs a condition (ORDER BY alone selects every issue)' };
  return { where };
}

/** A problem with the admin's scope JQL, in words; undefined when it parses and has a condition. */
export function scopeJqlProblem(jql: string): string | undefined {
  const parsed = whereOf(jql);
  return 'error' in parsed ? parsed.error : undefined;
}

const quoted = (value: string) => creators.byText.valueOperand(`"${value.replace(/(["\\])/g, '\\$1')}"`);
const equals = (field: string, value: string) => creators.terminalClause(creators.field(field), creators.operator('='), quoted(value));

/** `issuekey = "<key>" AND (<scope>)`: whether one ticket falls in the admin's scope. */
export function ticketInScopeJql(issueKey: string, scopeJql: string): string | undefined {
  const parsed = whereOf(scopeJql);
  if ('error' in parsed) return undefined;
  return print(
    creators.jast(creators.query(creators.compoundClause(creators.compoundOperator(COMPOUND_OPERATOR_AND), [equals('issuekey', issueKey), parsed.where]))),
  );
}

/** A contact's requests in a project created since a moment: where a campaign looks for a request it may have raised before stopping. */
export function raisedRequestsJql(projectId: string, reporter: string, createdSince: string): string {
  const since = creators.terminalClause(creators.field('created'), creators.operator('>='), quoted(createdSince));
  return print(
    creators.jast(
      creators.query(
        creators.compoundClause(creators.compoundOperator(COMPOUND_OPERATOR_AND), [equals('project', projectId), equals('reporter', reporter), since]),
      ),
    ),
  );
}

/** Every request with a survey, oldest first: what the rebuild of the aggregates reads. */
export const SURVEYED_REQUESTS_JQL = 'brmSurveyStatus IS NOT EMPTY ORDER BY created ASC';
