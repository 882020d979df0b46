import fc from 'fast-check';
import { compileTextQuery } from '#sandbox/jira/jql/text-match';

function matches(query: string, text: string): boolean {
  const test = compileTextQuery(query);
  if (!test) throw new Error(`no words in ${query}`);
  return test(text);
}

describe('text search (~)', () => {
  test.each<[string, string, boolean]>([
    ['printer', 'Printer offline on floor 3', true],
    ['PRINTER', 'the printer is offline', true],
    ['print', 'Printer offline', false],
    ['port', 'Billing portal and report', false],
    ['print*', 'Printer offline', true],
    ['pr?nt', 'print', true],
    ['pr?nt', 'prant', true],
    ['pr?nt', 'prnt', false],
    ['billing portal', 'Portal for billing', true],
    ['billing portal', 'Billing system', false],
    ['"billing portal"', 'Billing portal timeout', true],
    ['"billing portal"', 'Portal for billing', false],
    ['"billing portal" timeout', 'Billing portal timeout', true],
    ['e-mail', 'Slow response to e-mail', true],
    ['e-mail', 'Slow e and later mail', false],
    ['café', 'Le Café du coin', true],
    ['4711', 'invoice 4711 is wrong', true],
    ['471', 'invoice 4711 is wrong', false],
  ])('%s in "%s": %s', (query, text, expected) => {
    expect(matches(query, text)).toBe(expected);
  });

  test('a query without words cannot be compiled', () => {
    expect(compileTextQuery('')).toBeNull();
    expect(compileTextQuery('  !! ')).toBeNull();
    expect(compileTextQuery('""')).toBeNull();
    expect(compileTextQuery('*')).toBeNull();
  });

  test('every word of a text finds it, in any case, and words it does not hold do not', () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), word, (words, other) => {
        const text = words.join(' ');
        for (const w of words) expect(matches(w.toUpperCase(), text)).toBe(true);
        expect(matches(other, text)).toBe(words.includes(other));
        expect(matches(`"${words.join(' ')}"`, `Re: ${text}!`)).toBe(true);
      }),
    );
  });
});
