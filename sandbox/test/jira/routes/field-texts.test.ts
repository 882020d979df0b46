import { z } from 'zod';
import type { AppCustomField } from '#sandbox/runtime/app-manifest';
import { APP, SAM, accountIdOf, call, demoJira } from '#sandbox/test/jira/emulator-fixture';
import { appManifest } from '#sandbox/test/support/app-under-test';

/**
 * A Forge field whose manifest translates its description and validation message (`{ i18n }`,
 * Forge manifest reference, "Translations"): Jira answers each caller in their Jira language, the
 * app itself (`asApp`) in the site's default language. The app is installed again with German
 * texts for two of its fields.
 */

type Jira = ReturnType<typeof demoJira>['jira'];

const GERMAN_REFUSAL = 'Die Entscheidung muss go, no-go oder pending sein.';
const GERMAN_DESCRIPTION = 'Der Kunde, für den dieses Ticket ist.';

/** The demo site with the app's Decision message and Customer description translated into German. */
function translatedSite(issues: number): Jira {
  const { jira } = demoJira({ issues });
  const manifest = appManifest();
  const translated = (field: AppCustomField): AppCustomField => {
    if (field.key === 'brm-decision' && field.validation)
      return { ...field, validation: { ...field.validation, errorMessageByLocale: { 'de-DE': GERMAN_REFUSAL } } };
    if (field.key === 'brm-customer') return { ...field, descriptionByLocale: { 'de-DE': GERMAN_DESCRIPTION } };
    return field;
  };
  jira.installApp({ ...manifest, customFields: manifest.customFields.map(translated) });
  return jira;
}

const moduleOf = (key: string): AppCustomField => {
  const found = appManifest().customFields.find((f) => f.key === key);
  if (!found) throw new Error(`The manifest has no jira:customField ${key}.`);
  return found;
};
const fieldId = (jira: Jira, name: string): string => {
  const found = jira.store.fields().find((f) => f.name === name);
  if (!found) throw new Error(`No field ${name}.`);
  return found.id;
};

/** Sets Sam's Jira language, as the header's language menu does. */
function samSpeaks(jira: Jira, locale: string): void {
  const user = jira.store.user(accountIdOf(SAM));
  if (!user) throw new Error('No Sam.');
  jira.store.transaction(() => jira.store.docs.users.put({ ...user, locale }));
}

const fieldList = z.array(z.object({ id: z.string(), name: z.string(), description: z.string().optional() }));

test("an edit that breaks a field's validation is refused in the editor's language, and in the default one where Forge has no code for it", async () => {
  const jira = translatedSite(3);
  const decision = fieldId(jira, 'Decision');
  const validation = moduleOf('brm-decision').validation;
  const refusal = async (): Promise<unknown> => (await call(jira, SAM, 'PUT', '/rest/api/3/issue/ACME-1', { fields: { [decision]: 'maybe' } })).body;

  samSpeaks(jira, 'de_DE');
  expect(await refusal()).toEqual({ errorMessages: [], errors: { [decision]: GERMAN_REFUSAL } });
  samSpeaks(jira, 'in_ID');
  expect(await refusal()).toEqual({ errorMessages: [], errors: { [decision]: validation?.errorMessage } });
  expect(jira.store.issue('ACME-1')?.customFields[decision]).toBeUndefined();
});

test('the app setting its own field (asApp) is refused in the default language', async () => {
  const jira = translatedSite(3);
  const decision = fieldId(jira, 'Decision');
  const issueId = Number(jira.store.issue('GLOBEX-1')?.id);
  const res = await call(jira, APP, 'PUT', `/rest/api/3/app/field/${decision}/value`, { updates: [{ issueIds: [issueId], value: 'maybe' }] });
  expect(res).toMatchObject({ status: 400, body: { errors: { [decision]: moduleOf('brm-decision').validation?.errorMessage } } });
});

test("GET field gives a field's description in the caller's language, its name in every language the same", async () => {
  const jira = translatedSite(1);
  const customer = moduleOf('brm-customer');
  const described = async (who: typeof SAM): Promise<{ name: string; description?: string } | undefined> =>
    fieldList.parse((await call(jira, who, 'GET', '/rest/api/3/field')).body).find((f) => f.id === fieldId(jira, 'Customer'));

  samSpeaks(jira, 'de_DE');
  expect(await described(SAM)).toMatchObject({ name: 'Customer', description: GERMAN_DESCRIPTION });
  expect(await described(APP)).toMatchObject({ name: 'Customer', description: customer.description });
  samSpeaks(jira, 'en_US');
  expect(await described(SAM)).toMatchObject({ name: 'Customer', description: customer.description });
});
