import type { SurveyRules } from '#surveys/admin-contract';
import { wholeNumber } from '../controls';

/** The rules as the form edits them: numbers as the text typed. */
export interface RulesDraft {
  rules: SurveyRules;
  delayHours: string;
  sampleRate: string;
  cap: string;
  expiryDays: string;
  reminderDays: string;
  overallAtOrBelow: string;
  dimensionAtOrBelow: string;
}

const text = (n: number | null): string => (n === null ? '' : String(n));

export function draftOf(rules: SurveyRules): RulesDraft {
  return {
    rules,
    delayHours: text(rules.delayHours),
    sampleRate: text(rules.sampleRate),
    cap: text(rules.maxPerCustomer30Days),
    expiryDays: text(rules.expiryDays),
    reminderDays: text(rules.reminderDays),
    overallAtOrBelow: text(rules.followUp.overallAtOrBelow),
    dimensionAtOrBelow: text(rules.followUp.dimensionAtOrBelow),
  };
}

/** The number fields, by the field names the backend's errors use. */
export const NUMBER_FIELDS = {
  delayHours: 'rules.delayHours',
  sampleRate: 'rules.sampleRate',
  cap: 'rules.maxPerCustomer30Days',
  expiryDays: 'rules.expiryDays',
  reminderDays: 'rules.reminderDays',
  overallAtOrBelow: 'rules.followUp.overallAtOrBelow',
  dimensionAtOrBelow: 'rules.followUp.dimensionAtOrBelow',
} as const;
export type NumberField = keyof typeof NUMBER_FIELDS;
const NUMBER_FIELD_KEYS: readonly NumberField[] = ['delayHours', 'sampleRate', 'cap', 'expiryDays', 'reminderDays', 'overallAtOrBelow', 'dimensionAtOrBelow'];

/** Fields that must hold a number (empty is not allowed). */
const REQUIRED: readonly NumberField[] = ['delayHours', 'sampleRate', 'expiryDays'];

/** The rules to save, or the fields whose text is not a (required) whole number. */
export function rulesOf(draft: RulesDraft): { ok: true; rules: SurveyRules } | { ok: false; fields: NumberField[] } {
  const values = new Map(NUMBER_FIELD_KEYS.map((f) => [f, wholeNumber(draft[f])]));
  const bad = NUMBER_FIELD_KEYS.filter((f) => values.get(f) === undefined || (REQUIRED.includes(f) && values.get(f) === null));
  if (bad.length > 0) return { ok: false, fields: bad };
  const num = (f: NumberField): number => values.get(f) ?? 0;
  const opt = (f: NumberField): number | null => values.get(f) ?? null;
  return {
    ok: true,
    rules: {
      ...draft.rules,
      delayHours: num('delayHours'),
      sampleRate: num('sampleRate'),
      maxPerCustomer30Days: opt('cap'),
      expiryDays: num('expiryDays'),
      reminderDays: opt('reminderDays'),
      followUp: { ...draft.rules.followUp, overallAtOrBelow: opt('overallAtOrBelow'), dimensionAtOrBelow: opt('dimensionAtOrBelow') },
    },
  };
}
