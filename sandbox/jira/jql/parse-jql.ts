import { JastBuilder, type Query } from '@atlaskit/jql-ast';
import { JqlError } from './context';
import { jiraSyntaxErrorMessage, type SyntaxProblem } from './syntax-error-message';

type ParserErrorListener = Parameters<JastBuilder['setErrorListeners']>[0][number];

function tokenField(token: unknown, name: 'type' | 'text' | 'stopIndex'): unknown {
  if (typeof token !== 'object' || token === null || !(name in token)) return undefined;
  return Reflect.get(token, name);
}

/** Keeps the first syntax error with its offending token, which JastBuilder's own errors drop. */
class FirstSyntaxProblem {
  problem: SyntaxProblem | null = null;

  constructor(private readonly jql: string) {}

  readonly listener: ParserErrorListener = {
    syntaxError: (_recognizer: unknown, offendingSymbol: unknown, line: number, column: number, msg: string) => {
      if (this.problem) return;
      const type = tokenField(offendingSymbol, 'type');
      const text = tokenField(offendingSymbol, 'text');
      const stop = tokenField(offendingSymbol, 'stopIndex');
      const tokenType = typeof type === 'number' ? type : null;
      this.problem = {
        antlrMessage: msg,
        tokenType,
        tokenText: typeof text === 'string' && tokenType !== -1 ? text : null,
        line,
        column,
        nextChar: typeof stop === 'number' ? (this.jql[stop + 1] ?? null) : null,
      };
    },
  };
}

/**
 * Parses JQL with Atlassian's parser. Returns the query (an empty JQL gives a query with neither
 * `where` nor `orderBy`), or throws JqlError worded as Jira words syntax errors.
 */
export function parseJql(jql: string): Query {
  const first = new FirstSyntaxProblem(jql);
  const jast = new JastBuilder().setErrorListeners([first.listener]).build(jql);
  if (first.problem) throw new JqlError([jiraSyntaxErrorMessage(first.problem)]);
  const firstError = jast.errors[0];
  if (firstError) throw new JqlError([`Error in the JQL Query: ${firstError.message}`]);
  if (!jast.query) throw new JqlError(['Error in the JQL Query: the query could not be parsed.']);
  return jast.query;
}
