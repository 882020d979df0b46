import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { APP_FIELD_KEYS, appFieldKeyOf } from '#provisioning/domain/app-fields';

describe('app fields', () => {
  it('knows the app field of a Forge schema.custom whatever the environment', () => {
    expect(appFieldKeyOf('ari:cloud:ecosystem::extension/app-1/env-9/static/brm-customer')).toBe('brm-customer');
    expect(appFieldKeyOf('ari:cloud:ecosystem::extension/app-1/env-9/static/brm-customer-extra')).toBeUndefined();
    expect(appFieldKeyOf('com.atlassian.jira.plugin.system.customfieldtypes:float')).toBeUndefined();
    expect(appFieldKeyOf(undefined)).toBeUndefined();
  });

  it('lists exactly the jira:customField modules manifest.yml declares', () => {
    const manifest = z
      .object({ modules: z.object({ 'jira:customField': z.array(z.object({ key: z.string() })) }) })
      .parse(parse(readFileSync(resolve(__dirname, '../../../../manifest.yml'), 'utf8')));
    expect(manifest.modules['jira:customField'].map((f) => f.key).sort()).toEqual([...APP_FIELD_KEYS].sort());
  });
});
