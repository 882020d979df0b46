import type { FullContext } from '@forge/bridge';
import { fieldContextOf } from '../../../../../static/app/src/custom-field/field-context';

/** A Forge context as Jira gives a custom field frame; only what the field reads matters here. */
function contextWith(moduleKey: string, extension: Record<string, unknown>): FullContext {
  const context: FullContext = {
    accountId: 'a',
    cloudId: 'c',
    extension,
    localId: 'l',
    locale: 'en-US',
    moduleKey,
    siteUrl: 'https://example.atlassian.net',
    timezone: 'UTC',
    environmentId: 'e',
    environmentType: 'DEVELOPMENT',
  };
  return context;
}

describe('fieldContextOf', () => {
  it('reads the field from the module key, the stored { id, name }, the mode and the issue', () => {
    expect(
      fieldContextOf(contextWith('brm-customer', { fieldValue: { id: '12', name: 'Northwind Traders' }, entryPoint: 'edit', issue: { key: 'ACME-3' } })),
    ).toEqual({
      key: 'brm-customer',
      value: { id: '12', name: 'Northwind Traders' },
      mode: 'edit',
      issueKey: 'ACME-3',
    });
  });

  it('falls back to the field type, which ends with the module key', () => {
    const context = contextWith('other', {
      fieldType: 'ari:cloud:ecosystem::extension/app/env/static/brm-service',
      fieldValue: { id: 'svc-1', name: 'Email' },
      renderContext: 'portal-view',
    });
    expect(fieldContextOf(context)).toMatchObject({ key: 'brm-service', value: { id: 'svc-1', name: 'Email' }, mode: 'view' });
  });

  it('treats a missing or null value, and one that is not { id, name }, as empty', () => {
    for (const fieldValue of [undefined, null, '', '12', 42, { id: '12' }, { id: '', name: 'x' }])
      expect(fieldContextOf(contextWith('brm-customer', { fieldValue })).value).toBeNull();
  });

  it('names no field when neither the module nor the type is one of the app’s', () => {
    expect(fieldContextOf(contextWith('brm-planned-cost', { fieldValue: 3 })).key).toBeUndefined();
    expect(fieldContextOf(undefined)).toEqual({ key: undefined, value: null, mode: 'view', issueKey: undefined });
  });
});
