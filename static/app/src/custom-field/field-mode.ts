/** Whether a custom field frame shows the value or edits it. */
export type FieldMode = 'view' | 'edit';

/**
 * Jira opens a `jira:customField` module's `edit` resource with `extension.entryPoint: 'edit'`;
 * the view (`issue-view` render context) has no entry point or `view`.
 */
export function fieldModeOf(extension: unknown): FieldMode {
  return typeof extension === 'object' && extension !== null && 'entryPoint' in extension && extension.entryPoint === 'edit' ? 'edit' : 'view';
}
