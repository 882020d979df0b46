import { backendTextTables, checkTranslations, compareTables } from '#scripts/i18n-check';

const english = { 'a.title': 'Tickets of {project}', 'a.count': '{count, plural, one {# ticket} other {# tickets}}', 'a.plain': 'Save' };

describe('the translation check', () => {
  it('accepts a table with the same keys and parameters', () => {
    const german = { 'a.title': 'Vorgänge von {project}', 'a.count': '{count, plural, one {# Vorgang} other {# Vorgänge}}', 'a.plain': 'Speichern' };
    expect(compareTables(english, german, 'de/a.ts')).toEqual([]);
  });

  it('names a missing key, an extra key, an empty string, a changed parameter and a plural without other', () => {
    const bad = { 'a.title': 'Vorgänge von {projekt}', 'a.count': '{count, plural, one {# Vorgang}}', 'a.plain': ' ', 'a.extra': 'Mehr' };
    expect(compareTables(english, { ...bad }, 'de/a.ts')).toEqual([
      "de/a.ts: 'a.title' has the parameters {projekt}, English has {project}.",
      "de/a.ts: 'a.count' has a plural without an 'other' branch.",
      "de/a.ts: 'a.plain' is empty.",
      "de/a.ts: 'a.extra' is not in the English table.",
    ]);
    expect(compareTables(english, { 'a.title': 'x {project}' }, 'es/a.ts')).toEqual(["es/a.ts: 'a.count' is missing.", "es/a.ts: 'a.plain' is missing."]);
  });
});

describe('the tables of the repository', () => {
  it('finds the texts the app writes among the tables it checks', async () => {
    expect((await backendTextTables()).map((t) => t.where)).toContain('kernel/kernel-texts.ts KERNEL_TEXTS');
  });

  it('has every string in every locale', async () => {
    expect(await checkTranslations()).toEqual([]);
  });
});
