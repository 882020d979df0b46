/**
 * The `~` (CONTAINS) match of JQL text fields, simplified from Jira's Lucene search: the query is
 * split into words and "quoted phrases"; a text matches when it holds every one of them as whole
 * words, ignoring case. `*` and `?` inside a word are wildcards (any run of letters or digits / one
 * letter or digit). There is no stemming and no stop-word list.
 */

const WORD_CHAR = '[\\p{L}\\p{N}]';
const NOT_WORD_CHAR = '[^\\p{L}\\p{N}]';

/** Words of a query fragment, keeping wildcard characters inside them. */
function wordsOf(fragment: string): string[] {
  return fragment.split(/[^\p{L}\p{N}*?]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

function wordPattern(word: string): string {
  return [...word].map((char) => (char === '*' ? `${WORD_CHAR}*` : char === '?' ? WORD_CHAR : char)).join('');
}

function termPattern(words: readonly string[]): RegExp {
  const body = words.map(wordPattern).join(`${NOT_WORD_CHAR}+`);
  return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'iu');
}

/**
 * Compiles a `~` query into a test over a text; null when the query holds no word at all
 * (Jira refuses such a search).
 */
export function compileTextQuery(query: string): ((text: string) => boolean) | null {
  const terms: RegExp[] = [];
  const outsidePhrases = query.replace(/"([^"]*)"/g, (_whole, phrase: string) => {
    const words = wordsOf(phrase);
    if (words.length > 0) terms.push(termPattern(words));
    return ' ';
  });
  for (const fragment of outsidePhrases.split(/\s+/)) {
    // A word with inner punctuation ("e-mail") is searched as the phrase of its parts.
    const words = wordsOf(fragment);
    if (words.length > 0) terms.push(termPattern(words));
  }
  if (terms.length === 0) return null;
  if (terms.length === 1) {
    const [only] = terms;
    if (only) return (text) => only.test(text);
  }
  return (text) => terms.every((term) => term.test(text));
}
