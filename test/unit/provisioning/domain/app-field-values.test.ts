import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { z } from 'zod';
import { appFieldValueProblem, NON_NEGATIVE_FIELDS, NON_NEGATIVE_VALIDATION } from '#provisioning/domain/app-field-values';
import { projectRoot } from '#scripts/build-static';

const customFields = z.object({
  modules: z.object({
    'jira:customField': z.array(
      z.object({
        key: z.string(),
        type: z.string(),
        validation: z.object({ expression: z.string(), errorMessage: z.object({ i18n: z.string() }) }).optional(),
      }),
    ),
  }),
});

describe('the Business Case figures', () => {
  it('are never negative, in the app', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NON_NEGATIVE_FIELDS), fc.double({ noNaN: true, noDefaultInfinity: true }), (key, value) => {
        expect(appFieldValueProblem(key, value) === undefined).toBe(value >= 0);
      }),
    );
    for (const key of NON_NEGATIVE_FIELDS) {
      expect(appFieldValueProblem(key, null)).toBeUndefined();
      expect(appFieldValueProblem(key, '12')).toBe('must be a number');
      expect(appFieldValueProblem(key, Number.POSITIVE_INFINITY)).toBe('must be a number');
    }
  });

  it('are never negative on Jira’s screens: the manifest validates each with the same rule', () => {
    const manifest = customFields.parse(parse(readFileSync(join(projectRoot, 'manifest.yml'), 'utf8')));
    const english = z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(join(projectRoot, 'manifest-locales', 'en-US.json'), 'utf8')));
    const numberFields = manifest.modules['jira:customField'].filter((f) => f.type === 'number');
    expect(numberFields.map((f) => f.key).sort()).toEqual([...NON_NEGATIVE_FIELDS].sort());
    for (const field of numberFields) {
      expect(field.validation?.expression).toBe(NON_NEGATIVE_VALIDATION);
      expect(english[field.validation?.errorMessage.i18n ?? '']).toMatch(/0 or more/);
    }
  });
});

describe('the other app fields', () => {
  it('take only their choices', () => {
    expect(appFieldValueProblem('brm-decision', 'go')).toBeUndefined();
    expect(appFieldValueProblem('brm-decision', 'maybe')).toBe('must be one of go, no-go, pending');
    expect(appFieldValueProblem('brm-strategic', 'yes')).toBeUndefined();
    expect(appFieldValueProblem('brm-strategic', '  ')).toBe('must be one of yes, no');
  });

  it('Customer and Service take an id and a name, or null', () => {
    expect(appFieldValueProblem('brm-customer', { id: '4', name: 'Northwind Traders' })).toBeUndefined();
    expect(appFieldValueProblem('brm-customer', null)).toBeUndefined();
    for (const wrong of ['4', 5, { id: '4', name: '' }, { id: '', name: 'Email' }, { id: '4', name: 'x'.repeat(256) }]) {
      expect(appFieldValueProblem('brm-service', wrong)).toBe('must be an id and a name, each of 1 to 255 characters');
    }
  });
});
