import { forgeFieldTypeKey, type AppManifest } from '#sandbox/runtime/app-manifest';
import { JiraEmulator, SANDBOX_ENVIRONMENT_ID } from '#sandbox/jira/jira-emulator';
import { openDatabase } from '#sandbox/store/database';
import { demoJira } from './emulator-fixture';
import { appManifest } from '#sandbox/test/support/app-under-test';

describe('installApp', () => {
  it('registers each jira:customField once, with a global context, and each indexed property', () => {
    const { jira } = demoJira({ issues: 1 });
    const manifest = appManifest();
    const appFields = () => jira.store.fields().filter((f) => f.schemaCustom?.startsWith(`ari:cloud:ecosystem::extension/${manifest.appId}/`));
    expect(appFields().map((f) => f.name)).toEqual(manifest.customFields.map((f) => f.name));
    for (const field of appFields()) {
      expect(field.id).toMatch(/^customfield_10\d{3}$/);
      expect(jira.store.docs.fieldContexts.filter((c) => c.fieldId === field.id)).toEqual([
        expect.objectContaining({ isGlobalContext: true, isAnyIssueType: true }),
      ]);
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
    jira.installApp(appManifest());
    jira.installApp(appManifest());
    expect(jira.store.fields()).toBe(fields);
    expect(jira.store.docs.fieldContexts.all()).toBe(contexts);
    expect(jira.store.revision()).toBe(revision);
  });

  it('follows a renamed field and a removed index without new ids', () => {
    const { jira } = demoJira({ issues: 1 });
    const manifest = appManifest();
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

  it('puts no app field on a screen or in a field layout, as on a new site', () => {
    // The demo tenant's seeder sets BRM up in ACME afterwards, as provisioning would: a bare site shows what installing does.
    const jira = new JiraEmulator(openDatabase(':memory:'));
    jira.installApp(appManifest());
    const appIds = new Set(
      jira.store
        .fields()
        .filter((f) => f.schemaCustom?.startsWith('ari:cloud:ecosystem::extension/'))
        .map((f) => f.id),
    );
    expect(appIds.size).toBeGreaterThan(0);
    const placed = [
      ...jira.store.docs.screens.all().flatMap((s) => s.tabs.flatMap((t) => t.fieldIds)),
      ...jira.store.docs.fieldLayouts.all().flatMap((l) => l.fieldIds),
    ];
    expect(placed.filter((id) => appIds.has(id))).toEqual([]);
  });

  it("keeps each field's manifest validation, and follows a changed one", () => {
    const { jira } = demoJira({ issues: 1 });
    const manifest = appManifest();
    expect(manifest.customFields.find((f) => f.key === 'brm-decision')?.validation).toMatchObject({
      expression: 'value == null || ["go", "no-go", "pending"].includes(value)',
      errorMessage: 'The decision must be go, no-go or pending.',
    });
    expect(jira.store.fields().find((f) => f.name === 'Decision')?.validation).toEqual(manifest.customFields.find((f) => f.key === 'brm-decision')?.validation);
    const changed: AppManifest = {
      ...manifest,
      customFields: manifest.customFields.map((f) =>
        f.key === 'brm-decision' ? { ...f, validation: { expression: 'value == null || value.length <= 5', errorMessage: 'Too long.' } } : f,
      ),
    };
    jira.installApp(changed);
    expect(jira.store.fields().find((f) => f.name === 'Decision')?.validation).toEqual({
      expression: 'value == null || value.length <= 5',
      errorMessage: 'Too long.',
    });
  });

  it('refuses to install a validation expression the sandbox cannot evaluate, naming the module, and installs nothing of it', () => {
    const { jira } = demoJira({ issues: 1 });
    const manifest = appManifest();
    const before = jira.store.fields();
    const unsupported: AppManifest = {
      ...manifest,
      customFields: [
        ...manifest.customFields,
        {
          key: 'brm-notes',
          name: 'Notes',
          description: '',
          type: 'string',
          validation: { expression: 'value.trim().length > 0', errorMessage: 'Say something.' },
        },
      ],
    };
    expect(() => jira.installApp(unsupported)).toThrow(/jira:customField 'brm-notes': the sandbox cannot evaluate its validation expression/);
    expect(jira.store.fields()).toBe(before);
  });

  it("keeps an object field's schema and formatter (Forge manifest reference, jira:customField object type)", () => {
    const { jira } = demoJira({ issues: 1 });
    const customer = jira.store.fields().find((f) => f.name === 'Customer');
    expect(customer).toMatchObject({
      schemaType: 'object',
      formatter: 'value.name',
      forgeSchema: expect.objectContaining({ required: ['id', 'name'], additionalProperties: false }),
    });
  });

  it('refuses an object field without view.formatter.expression, as Forge refuses to deploy it, and installs nothing of it', () => {
    const { jira } = demoJira({ issues: 1 });
    const manifest = appManifest();
    const before = jira.store.fields();
    const withoutFormatter: AppManifest = {
      ...manifest,
      customFields: [...manifest.customFields, { key: 'brm-contact', name: 'Contact', description: '', type: 'object' }],
    };
    expect(() => jira.installApp(withoutFormatter)).toThrow(/jira:customField 'brm-contact': an object field needs view.formatter.expression/);
    expect(jira.store.fields()).toBe(before);
  });

  it('refuses a formatter expression or a schema the sandbox cannot honour, naming the module and the place', () => {
    const { jira } = demoJira({ issues: 1 });
    const manifest = appManifest();
    const withField = (field: AppManifest['customFields'][number]): AppManifest => ({ ...manifest, customFields: [...manifest.customFields, field] });
    const progress = { key: 'brm-progress', name: 'Progress', description: '', type: 'number', formatter: "`${'▰'.repeat(value / 10)}`" };
    expect(() => jira.installApp(withField(progress))).toThrow(
      /jira:customField 'brm-progress': the sandbox cannot evaluate its formatter expression: '\/' is not supported/,
    );
    const contact = {
      key: 'brm-contact',
      name: 'Contact',
      description: '',
      type: 'object',
      formatter: 'value.email',
      schema: { properties: { email: { type: 'string', format: 'email' } } },
    };
    expect(() => jira.installApp(withField(contact))).toThrow(
      /jira:customField 'brm-contact': the sandbox cannot validate its schema: the keyword 'format' is not supported \(at schema.properties.email\)/,
    );
    const stringWithSchema = { key: 'brm-code', name: 'Code', description: '', type: 'string', schema: { type: 'string' } };
    expect(() => jira.installApp(withField(stringWithSchema))).toThrow(/a schema is allowed only for the object type, not string/);
  });
});
