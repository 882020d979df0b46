import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { textIn, type LocalizedText, type ManifestTranslations } from '@brm/sandbox/runtime/manifest-texts';
import { MANIFEST_PATH, appManifest } from '#test/support/app';

/**
 * manifest.yml's texts that people read, in each language the app speaks (Forge manifest reference,
 * "Translations"): module titles, labels and descriptions, subpage titles, the workflow validator's
 * name and description, and the custom fields' descriptions and validation messages. The sandbox
 * resolves them as Forge does (@forge/i18n), from Jira locales.
 */

/** The app's languages as Jira locales; Indonesian has no Forge locale code and reads en-US. */
const JIRA_LOCALES = ['en_US', 'de_DE', 'es_ES', 'zh_CN', 'in_ID'] as const;

/** The properties of a module that people read, by module type, as the Forge manifest schema lets them be translated. */
const READ_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'jira:adminPage': ['title'],
  'jira:issuePanel': ['title'],
  'jira:issueAction': ['title'],
  'jira:issueContext': ['title', 'label'],
  'jiraServiceManagement:organizationPanel': ['title'],
  'jiraServiceManagement:portalRequestDetailPanel': ['title'],
  'jira:projectPage': ['title'],
  'jira:globalPage': ['title'],
  'jira:dashboardGadget': ['title', 'description'],
  'jira:workflowValidator': ['name', 'description'],
  'jira:customField': ['description'],
};

const i18nText = z.object({ i18n: z.string() }).strict();
const rawModule = z
  .object({
    key: z.string(),
    pages: z.array(z.object({ title: z.unknown().optional() }).passthrough()).optional(),
    validation: z.object({ errorMessage: z.unknown().optional() }).passthrough().optional(),
  })
  .passthrough();
const rawManifest = z.object({ modules: z.record(z.string(), z.array(rawModule)) }).passthrough();

/** Every text people read in manifest.yml, as `<module key>.<property>` and the value it is written as. */
function readTexts(): { where: string; value: unknown }[] {
  const { modules } = rawManifest.parse(parse(readFileSync(MANIFEST_PATH, 'utf8')));
  return Object.entries(modules).flatMap(([type, entries]) =>
    entries.flatMap((entry) => [
      ...(READ_PROPERTIES[type] ?? []).map((property) => ({ where: `${entry.key}.${property}`, value: entry[property] })),
      ...(entry.pages ?? []).map((page, index) => ({ where: `${entry.key}.pages[${index}].title`, value: page.title })),
      ...(entry.validation ? [{ where: `${entry.key}.validation.errorMessage`, value: entry.validation.errorMessage }] : []),
    ]),
  );
}

function translations(): ManifestTranslations {
  const found = appManifest().translations;
  if (!found) throw new Error('manifest.yml has no translations section.');
  return found;
}

const inEachLanguage = (text: LocalizedText): string[] => JIRA_LOCALES.map((locale) => textIn(text, locale));

describe("manifest.yml's texts", () => {
  it('are every one written { i18n } (a custom field keeps its one name)', () => {
    const texts = readTexts();
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => !i18nText.safeParse(t.value).success).map((t) => t.where)).toEqual([]);
    const fieldNames = appManifest().customFields.map((f) => f.name);
    expect(fieldNames).toEqual(['Customer', 'Service', 'Planned cost', 'Actual cost', 'Expected benefit', 'Decision', 'Strategic initiative']);
  });

  it('come from a file for each of en-US, de-DE, es-ES and zh-CN, with en-US the default', () => {
    const all = translations();
    expect(all.locales).toEqual(['en-US', 'de-DE', 'es-ES', 'zh-CN']);
    expect(all.defaultLocale).toBe('en-US');
  });

  it('resolve to a text in every language, Indonesian to the English one', () => {
    const all = translations();
    for (const { where, value } of readTexts()) {
      const text = all.text(i18nText.parse(value).i18n);
      const [english, german, spanish, chinese, indonesian] = inEachLanguage(text);
      expect({ where, empty: [english, german, spanish, chinese].filter((t) => !t?.trim()).length }).toEqual({ where, empty: 0 });
      expect({ where, indonesian }).toEqual({ where, indonesian: english });
    }
  });

  it('differ from English in German, Spanish and Chinese, but for the product names', () => {
    const all = translations();
    const sameEverywhere = readTexts()
      .map((t) => i18nText.parse(t.value).i18n)
      .filter((key) => new Set(inEachLanguage(all.text(key))).size === 1);
    expect([...new Set(sameEverywhere)]).toEqual(['app.title', 'global-page.title']);
  });

  it("give every UI module of the sandbox a title in the reader's language", () => {
    const manifest = appManifest();
    const modules = manifest.modules.filter((m) => m.resourceKey !== undefined && m.type !== 'jira:customField');
    expect(modules.length).toBeGreaterThan(8);
    for (const module of modules) {
      const titles = module.title ? inEachLanguage(module.title) : [];
      expect({ key: module.key, titles: titles.length, empty: titles.filter((t) => !t.trim()) }).toEqual({
        key: module.key,
        titles: JIRA_LOCALES.length,
        empty: [],
      });
    }
    const panel = manifest.modules.find((m) => m.key === 'brm-issue-panel');
    expect(panel?.title ? inEachLanguage(panel.title) : []).toEqual([
      'Customer relationship',
      'Kundenbeziehung',
      'Relación con el cliente',
      '客户关系',
      'Customer relationship',
    ]);
  });
});
