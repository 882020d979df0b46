import { isPlaceholder, placeholderCreatedBy, resolveStep, UnresolvedPlaceholderError } from '#provisioning/domain/placeholders';
import type { ProvisioningStep } from '#provisioning/domain/steps';

describe('resolveStep', () => {
  const created = new Map([
    ['new:issuetype:complaint', '10100'],
    ['new:context:brm-customer', '20001'],
  ]);

  it('substitutes created ids into every reference and keeps real ids as they are', () => {
    const step: ProvisioningStep = {
      kind: 'addIssueTypesToFieldContext',
      fieldKey: 'brm-customer',
      fieldId: 'customfield_10050',
      contextId: 'new:context:brm-customer',
      issueTypeIds: ['1', 'new:issuetype:complaint'],
    };
    expect(resolveStep(step, created)).toEqual({ ...step, contextId: '20001', issueTypeIds: ['1', '10100'] });
  });

  it('resolves the issue type of a request type and the types added to a scheme', () => {
    expect(
      resolveStep(
        {
          kind: 'createRequestType',
          ref: 'new:requesttype:1:complaint',
          projectId: '1',
          serviceDeskId: '3',
          requestType: 'complaint',
          issueTypeId: 'new:issuetype:complaint',
          names: 'en',
        },
        created,
      ),
    ).toMatchObject({ issueTypeId: '10100' });
    expect(resolveStep({ kind: 'addIssueTypesToScheme', schemeId: 's', issueTypeIds: ['new:issuetype:complaint'] }, created)).toMatchObject({
      issueTypeIds: ['10100'],
    });
  });

  it('refuses a placeholder no earlier step created', () => {
    const step: ProvisioningStep = { kind: 'addIssueTypesToScheme', schemeId: 's', issueTypeIds: ['new:issuetype:compliment'] };
    expect(() => resolveStep(step, created)).toThrow(UnresolvedPlaceholderError);
  });

  it('names what each create step introduces', () => {
    expect(placeholderCreatedBy({ kind: 'createIssueType', ref: 'new:issuetype:compliment', brmType: 'compliment', names: 'en' })).toBe(
      'new:issuetype:compliment',
    );
    expect(placeholderCreatedBy({ kind: 'addIssueTypesToScheme', schemeId: 's', issueTypeIds: [] })).toBeUndefined();
    expect(isPlaceholder('10100')).toBe(false);
  });
});
