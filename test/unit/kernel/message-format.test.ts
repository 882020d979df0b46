import fc from 'fast-check';
import { formatMessage, placeholdersOf } from '#kernel/message-format';

const tickets = '{count, plural, =0 {No tickets} one {# ticket} other {# tickets}} in {project}';

describe('filling a table string in a locale', () => {
  it('fills parameters and writes numbers the way the locale does', () => {
    expect(formatMessage('{done} of {total} in {project}', { done: 1234, total: 5000, project: 'ACME' }, 'en')).toBe('1,234 of 5,000 in ACME');
    expect(formatMessage('{done} von {total}', { done: 1234.5, total: 5000 }, 'de')).toBe('1.234,5 von 5.000');
  });

  it("picks the plural branch by each language's rules, with exact numbers first", () => {
    expect(formatMessage(tickets, { count: 0, project: 'ACME' }, 'en')).toBe('No tickets in ACME');
    expect(formatMessage(tickets, { count: 1, project: 'ACME' }, 'en')).toBe('1 ticket in ACME');
    expect(formatMessage(tickets, { count: 1200, project: 'ACME' }, 'en')).toBe('1,200 tickets in ACME');
    expect(formatMessage('{count, plural, other {# 个事务}}', { count: 3 }, 'zh-CN')).toBe('3 个事务');
    expect(formatMessage('{count, plural, one {# Vorgang} other {# Vorgänge}}', { count: 1 }, 'de')).toBe('1 Vorgang');
  });

  it('leaves a parameter without a value as written, so the gap shows', () => {
    expect(formatMessage('Hello {name}', {}, 'en')).toBe('Hello {name}');
    expect(formatMessage(tickets, { project: 'ACME' }, 'en')).toBe(`${tickets.replace(' in {project}', '')} in ACME`);
  });

  it('names the parameters of plain and plural strings', () => {
    expect(placeholdersOf(tickets)).toEqual(['count', 'project']);
    expect(placeholdersOf('{count, plural, one {# by {name}} other {# by {name}}}')).toEqual(['count', 'name']);
    expect(placeholdersOf('No parameters')).toEqual([]);
  });

  it('returns text without braces unchanged, whatever it holds', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('{')),
        (text) => formatMessage(text, { a: 1 }, 'en') === text,
      ),
    );
  });
});
