import type { FullContext } from '@forge/bridge';
import { z } from 'zod';
import { fieldKey } from '#ticket-fields/contract';
import { readRefFieldValue, type RefFieldValue } from '#kernel/ref-field-value';
import { fieldModeOf, type FieldMode } from './field-mode';

export type AppFieldKey = z.infer<typeof fieldKey>;

/**
 * What Jira hands a `jira:customField` Custom UI: the field's value, its Jira id and type (the type
 * ends with the module's key, `…/static/brm-customer`), whether to view or edit it, and the issue
 * when there is one (not yet on the create screen). On the issue view and the portal alike
 * (`renderContext` `issue-view` or `portal-view`) the value carries the name to show.
 */
const fieldExtension = z.object({
  fieldValue: z.unknown().optional(),
  fieldId: z.string().optional(),
  fieldType: z.string().optional(),
  entryPoint: z.string().optional(),
  renderContext: z.string().optional(),
  issue: z.object({ key: z.string() }).optional(),
});

export interface FieldContext {
  /** Which of the app's fields this is; `undefined` when the context names neither. */
  key: AppFieldKey | undefined;
  /** The stored value (an organization or service: `{ id, name }`), or null when the field is empty or holds anything else. */
  value: RefFieldValue | null;
  mode: FieldMode;
  issueKey: string | undefined;
}

/** The field this frame shows, read from the module key or, failing that, the field's type. */
export function fieldContextOf(context: FullContext | undefined): FieldContext {
  const parsed = fieldExtension.safeParse(context?.extension ?? {});
  const extension = parsed.success ? parsed.data : {};
  const fromModule = fieldKey.safeParse(context?.moduleKey);
  const fromType = fieldKey.safeParse(extension.fieldType?.split('/').pop());
  return {
    key: fromModule.success ? fromModule.data : fromType.success ? fromType.data : undefined,
    value: readRefFieldValue(extension.fieldValue),
    mode: fieldModeOf(extension),
    issueKey: extension.issue?.key,
  };
}
