import { z } from 'zod';
import { optionalText } from '../contract/common';
import { defineContract } from '../contract/define';
import { registerSettingsSchema } from './domain/settings';
import { personView } from './complaint-contract';

export { DEFAULT_THRESHOLDS, THRESHOLD_KEYS, THRESHOLD_MAX_DAYS, THRESHOLD_MIN_DAYS, type RegisterSettings, type ThresholdKey } from './domain/settings';

/** The complaint register's settings on the admin page (function `admin-resolver`, Jira admins only). */
export const registerSettingsContract = defineContract({
  getRegisterSettings: {
    input: z.object({}),
    output: z.object({
      settings: registerSettingsSchema,
      /** The company-managed service projects, where the workflow rule can apply. */
      projects: z.array(z.object({ id: z.string(), key: z.string(), name: z.string(), ruleOn: z.boolean() })),
      contact: personView.nullable(),
    }),
  },
  saveRegisterSettings: { input: registerSettingsSchema, output: z.object({ settings: registerSettingsSchema }) },
  /** People to choose the escalation contact from. */
  findContacts: { input: z.object({ query: optionalText(100) }), output: z.object({ people: z.array(personView) }) },
});
export type RegisterSettingsContract = typeof registerSettingsContract;
