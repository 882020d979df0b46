import { REF_FIELD_KEYS } from '#kernel/ref-field-value';
import type { BrmTypeKey } from './issue-types';

/** The app's `jira:customField` module keys, as manifest.yml declares them. */
export const APP_FIELD_KEYS = [
  'brm-customer',
  'brm-service',
  'brm-planned-cost',
  'brm-actual-cost',
  'brm-expected-benefit',
  'brm-decision',
  'brm-strategic',
] as const;
export type AppFieldKey = (typeof APP_FIELD_KEYS)[number];

/** The fields that hold an organization or a service as `{ id, name }` (kernel/ref-field-value). */
export const REF_FIELDS = REF_FIELD_KEYS satisfies readonly AppFieldKey[];

export interface AppFieldScope {
  /** BRM issue types the field must be available on. */
  brmTypes: readonly BrmTypeKey[];
  /** Whether the field must also be available on the issue types of the project's request types. */
  includeRequestTypes: boolean;
}

const everyBrmType: readonly BrmTypeKey[] = ['complaint', 'compliment', 'businessCase', 'serviceRequirement'];
const businessCaseOnly: AppFieldScope = { brmTypes: ['businessCase'], includeRequestTypes: false };

/** Where each field belongs: Customer and Service on every ticket; the Business Case fields on Business Case only. */
export const APP_FIELD_SCOPES: Readonly<Record<AppFieldKey, AppFieldScope>> = {
  'brm-customer': { brmTypes: everyBrmType, includeRequestTypes: true },
  'brm-service': { brmTypes: everyBrmType, includeRequestTypes: true },
  'brm-planned-cost': businessCaseOnly,
  'brm-actual-cost': businessCaseOnly,
  'brm-expected-benefit': businessCaseOnly,
  'brm-decision': businessCaseOnly,
  'brm-strategic': businessCaseOnly,
};

export const APP_FIELD_NAMES: Readonly<Record<AppFieldKey, string>> = {
  'brm-customer': 'Customer',
  'brm-service': 'Service',
  'brm-planned-cost': 'Planned cost',
  'brm-actual-cost': 'Actual cost',
  'brm-expected-benefit': 'Expected benefit',
  'brm-decision': 'Decision',
  'brm-strategic': 'Strategic initiative',
};

/** The name of the field context the app creates when a project has none for a field. */
export const APP_CONTEXT_NAME = 'BRM for Jira Service Management';

/**
 * Jira gives a Forge custom field `schema.custom` = `ari:cloud:ecosystem::extension/<app>/<env>/static/<moduleKey>`;
 * the suffix identifies the module whatever the environment.
 */
export function appFieldKeyOf(schemaCustom: string | undefined): AppFieldKey | undefined {
  if (!schemaCustom) return undefined;
  return APP_FIELD_KEYS.find((key) => schemaCustom.endsWith(`/static/${key}`));
}
