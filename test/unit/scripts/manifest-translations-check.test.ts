import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTables } from '#scripts/i18n-check';
import { checkManifestTranslations } from '#scripts/manifest-translations-check';

/** The manifest's translation files, checked in a small app's folder and in the repository's. */

let dir: string;

const MANIFEST = `modules:
  jira:issuePanel:
    - key: panel
      title:
        i18n: panel.title
  jira:customField:
    - key: cost
      name: Cost
      description:
        i18n: cost.description
translations:
  resources:
    - key: en-US
      path: locales/en-US.json
    - key: de-DE
      path: locales/de-DE.json
  fallback:
    default: en-US
`;

const ENGLISH = { 'panel.title': 'Customer relationship', 'cost.description': 'What it costs.' };

/** Writes the app's folder and checks it. */
function check(files: Record<string, unknown>, manifest = MANIFEST): string[] {
  const app = mkdtempSync(join(dir, 'app-'));
  mkdirSync(join(app, 'locales'));
  for (const [locale, content] of Object.entries(files))
    writeFileSync(join(app, 'locales', `${locale}.json`), typeof content === 'string' ? content : JSON.stringify(content));
  writeFileSync(join(app, 'manifest.yml'), manifest);
  return checkManifestTranslations(compareTables, join(app, 'manifest.yml'));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'brm-manifest-check-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("the manifest's translations", () => {
  it('accepts files with the keys of the default file, flat or nested', () => {
    expect(check({ 'en-US': ENGLISH, 'de-DE': { panel: { title: 'Kundenbeziehung' }, 'cost.description': 'Was es kostet.' } })).toEqual([]);
  });

  it('names a key a file lacks, a key the default file does not have, and an empty text', () => {
    expect(check({ 'en-US': ENGLISH, 'de-DE': { 'panel.title': ' ', 'panel.extra': 'Mehr' } })).toEqual([
      "locales/de-DE.json: 'cost.description' is missing.",
      "locales/de-DE.json: 'panel.title' is empty.",
      "locales/de-DE.json: 'panel.extra' is not in the English table.",
    ]);
  });

  it('names a key the manifest uses that the default file lacks, and a key of the default file no module uses', () => {
    const english = { 'panel.title': 'Customer relationship', 'old.title': 'Old' };
    expect(check({ 'en-US': english, 'de-DE': { 'panel.title': 'Kundenbeziehung', 'old.title': 'Alt' } })).toEqual([
      "locales/en-US.json: 'cost.description', which manifest.yml uses, is missing.",
      "locales/en-US.json: 'old.title' is used nowhere in manifest.yml.",
    ]);
  });

  it('names an empty text of the default file, and a file that is not a JSON object', () => {
    expect(check({ 'en-US': { ...ENGLISH, 'panel.title': '' }, 'de-DE': '{ not json' })).toEqual([
      "locales/en-US.json: 'panel.title' is empty.",
      'locales/de-DE.json: it is not a readable JSON object.',
    ]);
  });

  it('needs a translations section with a default file once the manifest uses a key', () => {
    expect(check({}, MANIFEST.replace(/translations:[\s\S]*/, ''))).toEqual(['manifest.yml: it writes texts { i18n } but has no translations section.']);
    expect(check({ 'de-DE': ENGLISH })).toEqual(['manifest.yml: there is no readable file for the default locale en-US.']);
  });
});

describe("the repository's manifest.yml", () => {
  it('has every key it uses in every locale file', () => {
    expect(checkManifestTranslations(compareTables)).toEqual([]);
  });
});
