import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAppManifest, type AppManifest, type AppModule } from '#sandbox/runtime/app-manifest';
import { forgeLocaleOf, textIn, type LocalizedText } from '#sandbox/runtime/manifest-texts';

/**
 * Manifest texts in the reader's language (Forge manifest reference, "Translations"; resolved as
 * @forge/i18n 1.0.0 resolves them): module titles, labels, descriptions, subpage titles and a custom
 * field's description and validation message written `{ i18n: <key> }`, read from a small app's
 * manifest.yml and translation files in a temporary folder.
 */

let dir: string;

const MANIFEST = `modules:
  jira:issuePanel:
    - key: panel
      title:
        i18n: panel.title
      resource: main
  jira:issueContext:
    - key: context
      title: Glance
      label:
        i18n: context.label
      resource: main
  jira:globalPage:
    - key: page
      title: Acme app
      resource: main
      pages:
        - title:
            i18n: pages.first
          route: first
        - title: Second
          route: second
        - route: untitled
  jira:dashboardGadget:
    - key: gadget
      title:
        i18n: gadget.title
      description:
        i18n: gadget.description
      resource: main
  jira:customField:
    - key: cost
      name: Cost
      description:
        i18n: cost.description
      type: number
      validation:
        expression: value == null || value >= 0
        errorMessage:
          i18n: cost.error
resources:
  - key: main
    path: build
translations:
  resources:
    - key: en-US
      path: locales/en-US.json
    - key: de-DE
      path: locales/de-DE.json
    - key: pt-PT
      path: locales/pt-PT.json
  fallback:
    default: en-US
    pt-BR:
      - pt-PT
app:
  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000001
`;

const FILES: Record<string, unknown> = {
  'en-US': {
    'panel.title': 'Customer relationship',
    'context.label': 'Customer',
    'pages.first': 'Complaint register',
    gadget: { title: 'KPIs', description: 'Numbers that matter.' },
    'cost.description': 'What it costs.',
    'cost.error': 'Cost must be 0 or more.',
  },
  // German lacks the gadget's description: that key reads English.
  'de-DE': {
    'panel.title': 'Kundenbeziehung',
    'context.label': 'Kunde',
    'pages.first': 'Beschwerderegister',
    gadget: { title: 'Kennzahlen' },
    'cost.description': 'Was es kostet.',
    'cost.error': 'Cost muss 0 oder größer sein.',
  },
  'pt-PT': { 'panel.title': 'Relação com o cliente' },
};

/** Writes the app's folder; `manifest` and `files` replace the defaults. */
function writeApp(manifest = MANIFEST, files: Record<string, unknown> = FILES): string {
  const app = mkdtempSync(join(dir, 'app-'));
  mkdirSync(join(app, 'locales'));
  for (const [locale, content] of Object.entries(files))
    writeFileSync(join(app, 'locales', `${locale}.json`), typeof content === 'string' ? content : JSON.stringify(content));
  writeFileSync(join(app, 'manifest.yml'), manifest);
  return join(app, 'manifest.yml');
}

const moduleOf = (manifest: AppManifest, key: string): AppModule => {
  const found = manifest.modules.find((m) => m.key === key);
  if (!found) throw new Error(`No module ${key}.`);
  return found;
};
const inEach = (text: LocalizedText | undefined, locales: string[]): string[] => locales.map((locale) => textIn(text ?? { text: '' }, locale));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'brm-manifest-texts-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("a Jira locale as Forge's locale code (@forge/i18n ensureLocale)", () => {
  test.each([
    ['de_DE', 'de-DE'],
    ['zh_CN', 'zh-CN'],
    ['zh_TW', 'zh-TW'],
    ['en_US', 'en-US'],
    ['de', 'de-DE'],
    ['pt', 'pt-PT'],
    ['en_UK', 'en-GB'],
    ['nb_NO', 'no-NO'],
  ])('%s is %s', (jira, forge) => {
    expect(forgeLocaleOf(jira)).toBe(forge);
  });

  test.each(['in_ID', 'id_ID', 'de_AT', 'en_XA', 'xx'])('%s has none: Forge reads the default language for it', (jira) => {
    expect(forgeLocaleOf(jira)).toBeUndefined();
  });
});

describe('the manifest of an app that translates its texts', () => {
  let manifest: AppManifest;

  beforeAll(() => {
    manifest = readAppManifest(writeApp());
  });

  test("gives a module's title in the reader's language, the default one for a language without a file or a Forge code", () => {
    const title = moduleOf(manifest, 'panel').title;
    expect(inEach(title, ['de_DE', 'en_US', 'fr_FR', 'in_ID', 'en_XA', 'de_AT'])).toEqual([
      'Kundenbeziehung',
      'Customer relationship',
      'Customer relationship',
      'Customer relationship',
      'Customer relationship',
      'Customer relationship',
    ]);
  });

  test("follows a language's fallback list before the default, key by key", () => {
    const panel = moduleOf(manifest, 'panel').title;
    const label = moduleOf(manifest, 'context').label;
    expect(inEach(panel, ['pt_BR', 'pt_PT'])).toEqual(['Relação com o cliente', 'Relação com o cliente']);
    // Portuguese has no label: the default's.
    expect(inEach(label, ['pt_BR', 'de_DE'])).toEqual(['Customer', 'Kunde']);
  });

  test('reads flat and nested keys, and a key a language lacks in the next file of its lookup order', () => {
    const gadget = moduleOf(manifest, 'gadget');
    expect(inEach(gadget.title, ['de_DE', 'en_US'])).toEqual(['Kennzahlen', 'KPIs']);
    expect(inEach(gadget.description, ['de_DE', 'en_US'])).toEqual(['Numbers that matter.', 'Numbers that matter.']);
  });

  test('keeps plain strings as they are, in every language', () => {
    const context = moduleOf(manifest, 'context');
    expect(inEach(context.title, ['de_DE', 'en_US'])).toEqual(['Glance', 'Glance']);
    expect(moduleOf(manifest, 'page').title).toEqual({ text: 'Acme app' });
  });

  test("gives a full-page module's subpages with their titles, leaving out an entry without a title", () => {
    const subpages = moduleOf(manifest, 'page').subpages;
    expect(subpages.map((s) => s.route)).toEqual(['first', 'second']);
    expect(subpages.map((s) => textIn(s.title, 'de_DE'))).toEqual(['Beschwerderegister', 'Second']);
    expect(subpages.map((s) => textIn(s.title, 'en_US'))).toEqual(['Complaint register', 'Second']);
  });

  test("keeps a custom field's description and validation message in the default language, with the languages that differ", () => {
    const [cost] = manifest.customFields;
    expect(cost).toMatchObject({
      name: 'Cost',
      description: 'What it costs.',
      descriptionByLocale: { 'de-DE': 'Was es kostet.' },
      validation: {
        expression: 'value == null || value >= 0',
        errorMessage: 'Cost must be 0 or more.',
        errorMessageByLocale: { 'de-DE': 'Cost muss 0 oder größer sein.' },
      },
    });
  });

  test("has the translations' lookup order: the locale, its fallback list, the default, those with a file", () => {
    const translations = manifest.translations;
    expect(translations?.defaultLocale).toBe('en-US');
    expect(translations?.lookupOrder('pt-BR')).toEqual(['pt-PT', 'en-US']);
    expect(translations?.lookupOrder('de-DE')).toEqual(['de-DE', 'en-US']);
    expect(translations?.lookupOrder('fr-FR')).toEqual(['en-US']);
  });
});

describe("refuses, as Forge's validator does before a deploy", () => {
  const withTranslations = (translations: string): string => MANIFEST.replace(/translations:\n(?: {2}.*\n)+/, translations);

  test('a key the default file lacks, naming it', () => {
    const files = { ...FILES, 'en-US': { ...(FILES['en-US'] as object), 'panel.title': undefined } };
    expect(() => readAppManifest(writeApp(MANIFEST, files))).toThrow("i18n key 'panel.title' could not be found in default locale file.");
  });

  test('an i18n key in a manifest without translations', () => {
    expect(() => readAppManifest(writeApp(withTranslations('')))).toThrow(/translations property is missing/);
  });

  test('a resource whose locale Forge does not support (Indonesian has no code), or that is there twice', () => {
    const indonesian = withTranslations(`translations:
  resources:
    - key: en-US
      path: locales/en-US.json
    - key: id-ID
      path: locales/de-DE.json
  fallback:
    default: en-US
`);
    expect(() => readAppManifest(writeApp(indonesian))).toThrow("resource 'id-ID' is not a locale code Forge supports");
    const twice = withTranslations(`translations:
  resources:
    - key: en-US
      path: locales/en-US.json
    - key: en-US
      path: locales/de-DE.json
  fallback:
    default: en-US
`);
    expect(() => readAppManifest(writeApp(twice))).toThrow("Duplicate translations resource key found: 'en-US'");
  });

  test('a fallback to a locale without a file, and a default without one', () => {
    const toFrench = withTranslations(`translations:
  resources:
    - key: en-US
      path: locales/en-US.json
  fallback:
    default: en-US
    pt-BR:
      - fr-FR
`);
    expect(() => readAppManifest(writeApp(toFrench))).toThrow("no available translations JSON file for the specified fallback language: 'fr-FR'");
    const noDefault = withTranslations(`translations:
  resources:
    - key: de-DE
      path: locales/de-DE.json
  fallback:
    default: en-US
`);
    expect(() => readAppManifest(writeApp(noDefault))).toThrow("fallback language: 'en-US'");
  });

  test('a file that is missing or is not a JSON object', () => {
    expect(() => readAppManifest(writeApp(MANIFEST, { ...FILES, 'de-DE': '{ not json' }))).toThrow(
      "An error occurred while reading JSON file for 'de-DE' at the specified path: locales/de-DE.json",
    );
    const { 'pt-PT': _portuguese, ...withoutPortuguese } = FILES;
    expect(() => readAppManifest(writeApp(MANIFEST, withoutPortuguese))).toThrow("JSON file for 'pt-PT'");
  });
});

test("the sandbox refuses a translated custom field name: Jira's JQL clause names and lookups by name need one", () => {
  const translatedName = MANIFEST.replace('      name: Cost\n', '      name:\n        i18n: cost.description\n');
  expect(() => readAppManifest(writeApp(translatedName))).toThrow(/jira:customField 'cost': .*a translated name/);
});
