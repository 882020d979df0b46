import { JQLLexer } from '@atlaskit/jql-parser/JQLLexer';

/** The first syntax error the parser reported, with the token it stumbled on. */
export interface SyntaxProblem {
  /** ANTLR's own message, e.g. "mismatched input 'bar' expecting {'<', '>', ...}". */
  antlrMessage: string;
  /** Lexer token type of the offending token; null when the parser gave none. */
  tokenType: number | null;
  /** The offending token's text; null at the end of the query. */
  tokenText: string | null;
  line: number;
  /** Zero-based column of the offending token. */
  column: number;
  /** The character right after the offending token (for illegal escape sequences). */
  nextChar: string | null;
}

const PREFIX = 'Error in the JQL Query: ';
const VALID_OPERATORS = "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

/** Tokens that are words of the language: using one as a value or field name needs quotes. */
const KEYWORD_TOKENS: ReadonlySet<number> = new Set([
  JQLLexer.AND,
  JQLLexer.OR,
  JQLLexer.NOT,
  JQLLexer.EMPTY,
  JQLLexer.IN,
  JQLLexer.IS,
  JQLLexer.WAS,
  JQLLexer.CHANGED,
  JQLLexer.BEFORE,
  JQLLexer.AFTER,
  JQLLexer.FROM,
  JQLLexer.TO,
  JQLLexer.ON,
  JQLLexer.DURING,
  JQLLexer.ORDER,
  JQLLexer.BY,
  JQLLexer.ASC,
  JQLLexer.DESC,
  JQLLexer.CUSTOMFIELD,
]);

/** The expected-token list at the end of an ANTLR message: "expecting {A, B}" or "expecting A". */
function expectedTokens(antlrMessage: string): string[] {
  const braced = /expecting \{(.*)\}\s*$/.exec(antlrMessage);
  if (braced?.[1] !== undefined) return braced[1].split(', ').map((t) => t.trim());
  const single = /expecting (\S+)\s*$/.exec(antlrMessage);
  if (single?.[1] !== undefined) return [single[1]];
  const missing = /^missing (\S+) at /.exec(antlrMessage);
  if (missing?.[1] !== undefined) return [missing[1]];
  return [];
}

function escapeOf(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/**
 * Words a syntax error the way Jira Cloud does (`Error in the JQL Query: Expecting operator but
 * got 'bar'. ... (line 1, character 5)`), from what ANTLR reported. Jira reports only the first
 * syntax error, and so does this.
 */
export function jiraSyntaxErrorMessage(problem: SyntaxProblem): string {
  const { tokenType, tokenText } = problem;
  const atEnd = tokenText === null || tokenType === JQLLexer.EOF;
  const where = ` (line ${problem.line}, character ${problem.column + 1})`;
  const got = atEnd ? '' : tokenText;

  if (tokenType === JQLLexer.UNCLOSED_QUOTE_STRING || tokenType === JQLLexer.UNCLOSED_SQUOTE_STRING) {
    return `${PREFIX}The quoted string '${got.slice(1)}' has not been completed.${where}`;
  }
  if (tokenType === JQLLexer.INVALID_QUOTE_STRING || tokenType === JQLLexer.INVALID_SQUOTE_STRING) {
    return `${PREFIX}The escape sequence '\\${problem.nextChar ?? ''}' in a quoted string is illegal.${where}`;
  }
  if (tokenType === JQLLexer.ERROR_RESERVED) {
    return `${PREFIX}The character '${got}' is a reserved JQL character. You must enclose it in a string or use the escape '${escapeOf(got)}' instead.${where}`;
  }
  if (tokenType === JQLLexer.ERRORCHAR) {
    return `${PREFIX}The character '${got}' is illegal in JQL queries. You must enclose it in a string or use the escape '${escapeOf(got)}' instead.${where}`;
  }
  if (tokenType === JQLLexer.RESERVED_WORD) {
    return `${PREFIX}'${got}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.${where}`;
  }

  const expected = expectedTokens(problem.antlrMessage);
  const expects = (token: string): boolean => expected.includes(token);
  const needsQuotes = tokenType !== null && KEYWORD_TOKENS.has(tokenType);

  if (expects("'='") || expects('IS')) {
    return atEnd
      ? `${PREFIX}Expecting operator before the end of the query. ${VALID_OPERATORS}`
      : `${PREFIX}Expecting operator but got '${got}'. ${VALID_OPERATORS}${where}`;
  }
  if (expected.length === 1 && expects('EMPTY')) {
    return atEnd ? `${PREFIX}Expecting 'EMPTY' before the end of the query.` : `${PREFIX}Expecting 'EMPTY' but got '${got}'.${where}`;
  }
  if (expects('EMPTY') || (expects('STRING') && !expects('CUSTOMFIELD'))) {
    if (atEnd) return `${PREFIX}Expecting either a value, list or function before the end of the query.`;
    const hint = needsQuotes ? ` You must surround '${got}' in quotation marks to use it as a value.` : '';
    return `${PREFIX}Expecting either a value, list or function but got '${got}'.${hint}${where}`;
  }
  if (expects('CUSTOMFIELD')) {
    if (atEnd) return `${PREFIX}Expecting a field name before the end of the query.`;
    const hint = needsQuotes ? ` You must surround '${got}' in quotation marks to use it as a field name.` : '';
    return `${PREFIX}Expecting a field name but got '${got}'.${hint}${where}`;
  }
  if (expects("','") && expects("')'") && expected.length === 2) {
    return atEnd ? `${PREFIX}Expecting either ',' or ')' before the end of the query.` : `${PREFIX}Expecting either ',' or ')' but got '${got}'.${where}`;
  }
  if (expects('ORDER')) {
    return `${PREFIX}Expecting either 'OR' or 'AND' but got '${got}'.${where}`;
  }
  if (expects('<EOF>')) {
    return `${PREFIX}Expecting either ',' or the end of the query but got '${got}'.${where}`;
  }
  if (expected.length === 0) return atEnd ? `${PREFIX}The query ends unexpectedly.` : `${PREFIX}Unexpected '${got}'.${where}`;
  const wanted = describeTokens(expected);
  return atEnd ? `${PREFIX}Expecting ${wanted} before the end of the query.` : `${PREFIX}Expecting ${wanted} but got '${got}'.${where}`;
}

/** ANTLR's expected tokens as Jira lists them: "'('", "either ',' or ')'", "one of 'A', 'B' or 'C'". */
function describeTokens(tokens: readonly string[]): string {
  const quoted = tokens.map((token) => (token.startsWith("'") ? token : `'${token}'`));
  if (quoted.length === 1) return quoted[0] ?? '';
  const last = quoted[quoted.length - 1] ?? '';
  const head = quoted.slice(0, -1).join(', ');
  return quoted.length === 2 ? `either ${head} or ${last}` : `one of ${head} or ${last}`;
}
