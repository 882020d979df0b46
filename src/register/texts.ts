/**
 * Every sentence the complaint register's backend writes for people (error messages, the workflow
 * rule's message, the escalation emails), in one table, so that a later change can translate them.
 * `{name}` marks a parameter.
 */
export const REGISTER_TEXTS = {
  'error.notSignedIn': 'You need to be signed in to Jira to do this.',
  'error.notComplaint': '{key} is not a Complaint. Measures and their analysis are kept on Complaint issues.',
  'error.cannotEdit': 'You do not have permission to edit {key}, so you cannot change its measures.',
  'error.ownerUnknown': 'Jira knows no active user with this account id.',
  'error.ownerCannotSee': '{name} cannot see {key}, so they cannot own a measure on it. Choose someone who can.',
  'error.busy': 'issueKey: someone else is saving a change to {key} right now. Try again in a moment.',
  'error.unreadable': '{key} holds complaint data this version of the app cannot read ({problem}). Nothing was changed.',

  'error.projectUnknown': 'project {id} does not exist or is not a company-managed service project.',
  'error.notAdmin': 'Only Jira administrators can change the complaint register settings.',
  'conflict.measure-closed': 'Someone closed this measure after you opened it, so your change was not saved. The panel now shows the measure as it is.',
  'conflict.measure-changed': 'Someone changed this measure after you opened it, so your change was not saved. Check the measure as it is now and try again.',
  'conflict.analysis-changed': 'Someone changed this after you opened it, so your change was not saved. The panel now shows the current value.',
  'conflict.measure-id-taken': 'Another measure was added under the same id. Add your measure again.',
  'refused.measure-not-found': 'measureId: this measure no longer exists on the complaint.',
  'refused.too-many-measures': 'measure: a complaint holds at most {max} measures. Cancel or reuse one instead.',
  'refused.measure-not-open': 'measureId: only open measures can be changed; reopen it first.',
  'refused.nothing-to-change': 'changes: say what to change.',
  'refused.record-full': '{field}: this complaint has no room left for more text. Shorten the descriptions or the root cause.',
  'validator.noCorrective':
    'This complaint cannot be resolved yet: it has no corrective measure. Add the measure that fixes it in the Complaint measures panel and close it, then resolve the complaint.',
  'validator.openCorrective':
    'This complaint cannot be resolved yet: {count} corrective measure(s) are still open. Close them as done or cancelled in the Complaint measures panel, then resolve the complaint.',
  'validator.unreadable': 'This complaint cannot be resolved: its measures cannot be read ({problem}).',
  'email.overdue.subject': '{key}: a corrective or preventive measure is overdue',
  'email.overdue.text':
    'The {type} measure "{description}" on complaint {key} ({summary}) was due on {dueDate} and is still open ({days} day(s) overdue). Please finish it, or change its due date, in the Complaint measures panel: {link}',
  'email.stalled.subject': '{key}: complaint open for {days} days',
  'email.stalled.text':
    'Complaint {key} ({summary}) has been open for {days} days, past the {threshold}-day limit for {severity} complaints. It is escalated to you: {link}',
  'severity.unrated': 'unrated',
  'type.corrective': 'corrective',
  'type.preventive': 'preventive',
} as const;

export type RegisterTextKey = keyof typeof REGISTER_TEXTS;

/** The sentence for `key`, with its parameters filled in. */
export function registerText(key: RegisterTextKey, params: Record<string, string | number> = {}): string {
  return REGISTER_TEXTS[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Text for an HTML email body: the five characters HTML gives a meaning. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
