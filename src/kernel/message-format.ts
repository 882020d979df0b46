/**
 * Fills a table string in a locale, for the UI and for the texts the app writes into Jira. Two forms, a small subset of ICU MessageFormat:
 * - `{name}`: the parameter; a number is written with the locale's digits and separators;
 * - `{name, plural, one {# ticket} other {# tickets}}`: the branch for the number's plural category
 *   in the locale (Intl.PluralRules), `=0 {…}` for an exact number; `#` is the number, written as above.
 * An unknown parameter stays as written, so a missing value shows rather than vanishing.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

export function formatMessage(template: string, params: MessageParams | undefined, locale: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    out += fillPlaceholder(template.slice(open + 1, close), template.slice(open, close + 1), params, locale);
    i = close + 1;
  }
  return out + template.slice(i);
}

function fillPlaceholder(body: string, whole: string, params: MessageParams | undefined, locale: string): string {
  const plural = /^\s*(\w+)\s*,\s*plural\s*,(.*)$/s.exec(body);
  if (plural) {
    const [, name = '', branches = ''] = plural;
    const value = params?.[name];
    if (typeof value !== 'number') return whole;
    const chosen = pluralBranch(branches, value, locale);
    return chosen === undefined ? whole : formatMessage(chosen.replace(/#/g, `{${name}}`), params, locale);
  }
  const name = body.trim();
  const value = params?.[name];
  if (value === undefined) return whole;
  return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
}

/** The branches of a plural placeholder (`one {…} other {…}`), by selector. */
export function pluralBranches(branches: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  while (i < branches.length) {
    const open = branches.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(branches, open);
    if (close < 0) break;
    found.set(branches.slice(i, open).trim(), branches.slice(open + 1, close));
    i = close + 1;
  }
  return found;
}

function pluralBranch(branches: string, value: number, locale: string): string | undefined {
  const found = pluralBranches(branches);
  return found.get(`=${value}`) ?? found.get(new Intl.PluralRules(locale).select(value)) ?? found.get('other');
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The parameter names a table string uses (`{name}` and plural arguments), for the translation check. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    const body = template.slice(open + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,(.*)$/s.exec(body);
    if (plural) {
      names.add(plural[1] ?? '');
      for (const branch of pluralBranches(plural[2] ?? '').values()) for (const inner of placeholdersOf(branch)) names.add(inner);
    } else names.add(body.trim());
    i = close + 1;
  }
  return [...names].sort();
}
