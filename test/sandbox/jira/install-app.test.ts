import { readAppManifest, forgeFieldTypeKey, type AppManifest } from '../../../sandbox/runtime/app-manifest';
import { SANDBOX_ENVIRONMENT_ID } from '../../../sandbox/jira/jira-emulator';
import { demoJira } from './emulator-fixture';

describe('installApp', () => {
  it('registers each jira:customField once, with a global context, and each indexed property', () => {
    const { jira } = demoJira({ issues: 1 });
    const manifest = readAppManifest();
    const appFields = () => jira.store.fields().filter((f) => f.schemaCustom?.startsWith(`ari:cloud:ecosystem::extension/${manifest.appId}/`));
    expect(appFields().map((f) => f.name)).toEqual(manifest.customFields.map((f) => f.name));
    for (const field of appFields()) {
      expect(field.id).toMatch(/^customfield_10\d{3}$/);
      expect(jira.store.docs.fieldContexts.filter((c) => c.fieldId === field.id)).toEqual([expect.objectContaining({ isGlobalContext: true, isAnyIssueType: true })]);
    }
    const customer = appFields().find((f) => f.name === 'Customer');
    expect(customer?.schemaCustom).toBe(forgeFieldTypeKey(manifest.appId, SANDBOX_ENVIRONMENT_ID, 'brm-customer'));
    expect(jira.store.entityPropertyIndexes()).toEqual(
      expect.arrayContaining([expect.objectContaining({ propertyKey: 'brm-feedback', path: 'kind', type: 'string', searchAlias: 'brmFeedbackKind' })]),
    );
  });

  it('changes nothing when run again', () => {
    const { jira } = demoJira({ issues: 1 });
    const fields = jira.store.fields();
    const contexts = jira.store.docs.fieldContexts.all();
    const revision = jira.store.revision();
    jira.installApp(readAppManifest());
    jira.installApp(readAppManifest());
    expect(jira.store.fields()).toBe(fields);
    expect(jira.store.docs.fieldContexts.all()).toBe(contexts);
    expect(jira.store.revision()).toBe(revision);
  });

  it('follows a renamed field and a removed index without new ids', () => {
    const { jira } = demoJira({ issues: 1 });
    const manifest = readAppManifest();
    const before = jira.store.fields().find((f) => f.name === 'Service');
    const renamed: AppManifest = {
      ...manifest,
      customFields: manifest.customFields.map((f) => (f.key === 'brm-service' ? { ...f, name: 'Business service' } : f)),
      entityProperties: manifest.entityProperties.map((p) => ({ ...p, values: p.values.filter((v) => v.path === 'kind') })),
    };
    jira.installApp(renamed);
    expect(jira.store.fields().find((f) => f.name === 'Business service')?.id).toBe(before?.id);
    expect(jira.store.entityPropertyIndexes().map((i) => i.path)).toEqual(['kind']);
  });
});
