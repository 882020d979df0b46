import fc from 'fast-check';
import { LOCALES, pickLocale } from '#kernel/locales';

describe('the locale the app speaks to a person', () => {
  it("reads Jira's and the browser's codes for the five languages", () => {
    expect(pickLocale('de_DE')).toBe('de');
    expect(pickLocale('de-AT')).toBe('de');
    expect(pickLocale('es_MX')).toBe('es');
    expect(pickLocale('zh_CN')).toBe('zh-CN');
    expect(pickLocale('zh-TW')).toBe('zh-CN');
    expect(pickLocale('in_ID')).toBe('id');
    expect(pickLocale('id-ID')).toBe('id');
    expect(pickLocale('en_GB')).toBe('en');
  });

  it('falls back to English for a language it does not speak, or none', () => {
    expect(pickLocale('fr_FR')).toBe('en');
    expect(pickLocale('')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
    expect(pickLocale(null)).toBe('en');
  });

  it('always answers one of its locales, and each of them answers itself', () => {
    fc.assert(fc.property(fc.string(), (raw) => (LOCALES as readonly string[]).includes(pickLocale(raw))));
    for (const locale of LOCALES) expect(pickLocale(locale)).toBe(locale);
  });
});
