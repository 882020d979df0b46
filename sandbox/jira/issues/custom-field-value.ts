import type { JiraField } from '../model';

/**
 * Checks a custom field value against the field's type, as Jira does on create and edit.
 * Returns the value to store, or the error message Jira gives for it.
 */
export function checkCustomFieldValue(field: JiraField, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  if (value === null) return { ok: true, value: null };
  switch (field.schemaType) {
    case 'string':
      return typeof value === 'string' ? { ok: true, value } : { ok: false, message: 'Operation value must be a string' };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { ok: true, value } : { ok: false, message: 'Operation value must be a number' };
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? { ok: true, value }
        : // eslint-disable-next-line @typescript-eslint/no-base-to-string -- echoes the value as Jira's message does
          { ok: false, message: `Error parsing date string: ${String(value)}` };
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? { ok: true, value: new Date(value).toISOString().replace('Z', '+0000') }
        : // eslint-disable-next-line @typescript-eslint/no-base-to-string -- echoes the value as Jira's message does
          { ok: false, message: `Error parsing date string: ${String(value)}` };
    case 'option':
      return optionValue(value);
    case 'user':
      return isRecord(value) && typeof value.accountId === 'string'
        ? { ok: true, value: { accountId: value.accountId } }
        : { ok: false, message: "Specify a valid 'accountId' for the user" };
    case 'array':
      return arrayValue(value);
    default:
      return { ok: true, value };
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function optionValue(value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  if (isRecord(value) && (typeof value.value === 'string' || typeof value.id === 'string')) {
    const out: Record<string, string> = {};
    if (typeof value.value === 'string') out.value = value.value;
    if (typeof value.id === 'string') out.id = value.id;
    return { ok: true, value: out };
  }
  return { ok: false, message: "Specify a valid 'id' or 'name' for the option" };
}

function arrayValue(value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  if (!Array.isArray(value)) return { ok: false, message: 'Operation value must be an array' };
  if (value.every((v) => typeof v === 'string')) return { ok: true, value };
  const options: unknown[] = [];
  for (const item of value) {
    const checked = optionValue(item);
    if (!checked.ok) return checked;
    options.push(checked.value);
  }
  return { ok: true, value: options };
}
