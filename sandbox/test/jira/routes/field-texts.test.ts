import { z } from 'zod';
import type { AppCustomField } from '#sandbox/runtime/app-manifest';
import { APP, SAM, accountIdOf, call, demoJira } from '#sandbox/test/jira/emulator-fixture';
import { appManifest } from '#sandbox/test/support/app-under-test';

/**
 * A Forge field whose manifest translates its description and validation message (`{ i18n }`,
 * Forge manifest reference, "Translations"): Jira answers each caller in their Jira language, the
 * app itself (`asApp`) in the site's default language. The app's manifest translates its fields'
 * descriptions and messages into German.
 */

type Jira = ReturnType<typeof demoJira>['jira'];

const moduleOf = (key: string): AppCustomField => {
  const found = appManifest().customFields.find((f) => f.key === key);
  if (!found) throw new Error(`The manifest has no jira:customField ${key}.`);
  return found;
};
/** A text's German, which the manifest gives and which differs from its English. */
function german(byLocale: Readonly<Record<string, string>> | undefined, english: string | undefined): string {
  const text = byLocale?.['de-DE'];
  if (text === undefined || text === english) throw new Error(`The manifest has no German for '${english ?? ''}'.`);
  return text;
}

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
  const { jira } = demoJira({ issues: 3 });
  const decision = fieldId(jira, 'Decision');
  const validation = moduleOf('brm-decision').validation;
  const refusedInGerman = german(validation?.errorMessageByLocale, validation?.errorMessage);
  const refusal = async (): Promise<unknown> => (await call(jira, SAM, 'PUT', '/rest/api/3/issue/ACME-1', { fields: { [decision]: 'maybe' } })).body;

  samSpeaks(jira, 'de_DE');
  expect(await refusal()).toEqual({ errorMessages: [], errors: { [decision]: refusedInGerman } });
  samSpeaks(jira, 'in_ID');
  expect(await refusal()).toEqual({ errorMessages: [], errors: { [decision]: validation?.errorMessage } });
  expect(jira.store.issue('ACME-1')?.customFields[decision]).toBeUndefined();
});

test('the app setting its own field (asApp) is refused in the default language', async () => {
  const { jira } = demoJira({ issues: 3 });
  const decision = fieldId(jira, 'Decision');
  const issueId = Number(jira.store.issue('GLOBEX-1')?.id);
  const res = await call(jira, APP, 'PUT', `/rest/api/3/app/field/${decision}/value`, { updates: [{ issueIds: [issueId], value: 'maybe' }] });
  expect(res).toMatchObject({ status: 400, body: { errors: { [decision]: moduleOf('brm-decision').validation?.errorMessage } } });
});

test("GET field gives a field's description in the caller's language, its name in every language the same", async () => {
  const { jira } = demoJira({ issues: 1 });
  const customer = moduleOf('brm-customer');
  const describedInGerman = german(customer.descriptionByLocale, customer.description);
  const described = async (who: typeof SAM): Promise<{ name: string; description?: string } | undefined> =>
    fieldList.parse((await call(jira, who, 'GET', '/rest/api/3/field')).body).find((f) => f.id === fieldId(jira, 'Customer'));

  samSpeaks(jira, 'de_DE');
  expect(await described(SAM)).toMatchObject({ name: 'Customer', description: describedInGerman });
  expect(await described(APP)).toMatchObject({ name: 'Customer', description: customer.description });
  samSpeaks(jira, 'en_US');
  expect(await described(SAM)).toMatchObject({ name: 'Customer', description: customer.description });
});
