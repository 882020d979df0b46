import fc from 'fast-check';
import { formatMessage, placeholdersOf } from '#kernel/message-format';
import { isPseudoLocale } from '../../../../../../static/app/src/shared/i18n';
import { pseudoTemplate } from '../../../../../../static/app/src/shared/i18n/pseudo';

describe('the pseudo-locale', () => {
  it('accents the words, keeps the parameters and plurals working, brackets the string and makes it 40% longer', () => {
    const template = pseudoTemplate('{count, plural, one {# ticket} other {# tickets}} for {customer}');
    expect(formatMessage(template, { count: 2, customer: 'ACME' }, 'en')).toMatch(/^\[2 ţîçķéţš ƒöŕ ACME ·+\]$/);
    expect(formatMessage(template, { count: 1, customer: 'ACME' }, 'en')).toMatch(/^\[1 ţîçķéţ ƒöŕ ACME ·+\]$/);
    expect(pseudoTemplate('Save').length).toBeGreaterThanOrEqual(Math.ceil('Save'.length * 1.4));
  });

  it('keeps the parameters of any string and leaves no plain letter outside them', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.stringMatching(/^[A-Za-z ,.]{1,12}$/), fc.constantFrom('{name}', '{count}')), { minLength: 1 }), (parts) => {
        const english = parts.join('');
        const pseudo = pseudoTemplate(english);
        expect(placeholdersOf(pseudo)).toEqual(placeholdersOf(english));
        expect(pseudo.replace(/\{\w+\}/g, '')).not.toMatch(/[A-Za-z]/);
      }),
    );
  });

  it("is Jira's and the browser's spelling of en-XA", () => {
    expect(isPseudoLocale('en_XA')).toBe(true);
    expect(isPseudoLocale('en-xa')).toBe(true);
    expect(isPseudoLocale('en_US')).toBe(false);
  });
});
