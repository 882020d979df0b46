import type { StoredIssue } from '../model';
import { DEFAULT_RESOLUTION_ID } from '../store/baseline';
import type { JiraStore } from '../store/jira-store';

/**
 * The one workflow every project uses: a global transition into each status, so any status
 * can be reached from any other (as JSM's simplified workflows allow).
 */
export interface WorkflowTransition {
  id: string;
  name: string;
  toStatusId: string;
  /** The resolution set when the target status is in the Done category and the request names none. */
  defaultResolutionId?: string;
}

export const TRANSITIONS: readonly WorkflowTransition[] = [
  { id: '11', name: 'Back to open', toStatusId: '1' },
  { id: '21', name: 'Start progress', toStatusId: '3' },
  { id: '31', name: 'Wait for customer', toStatusId: '10002' },
  { id: '41', name: 'Respond to customer', toStatusId: '10001' },
  { id: '51', name: 'Pending', toStatusId: '10003' },
  { id: '61', name: 'Resolve', toStatusId: '5', defaultResolutionId: DEFAULT_RESOLUTION_ID },
  { id: '71', name: 'Done', toStatusId: '10004', defaultResolutionId: DEFAULT_RESOLUTION_ID },
  { id: '81', name: 'Close', toStatusId: '6', defaultResolutionId: DEFAULT_RESOLUTION_ID },
  { id: '91', name: 'Cancel request', toStatusId: '10005', defaultResolutionId: '10001' },
];

/** The transitions available from the issue's current status. */
export const availableTransitions = (issue: StoredIssue): WorkflowTransition[] => TRANSITIONS.filter((t) => t.toStatusId !== issue.statusId);

/**
 * The issue after taking a transition. Entering a Done-category status sets the resolution and
 * resolution date; leaving the Done category clears both.
 */
export function applyTransition(
  store: JiraStore,
  issue: StoredIssue,
  transition: WorkflowTransition,
  resolutionId: string | undefined,
  now: Date,
): StoredIssue {
  const target = store.docs.statuses.get(transition.toStatusId);
  if (!target) throw new Error(`Transition ${transition.id} leads to unknown status ${transition.toStatusId}.`);
  if (target.categoryKey !== 'done') return { ...issue, statusId: target.id, resolutionId: null, resolutiondate: null };
  const wasDone = store.docs.statuses.get(issue.statusId)?.categoryKey === 'done';
  return {
    ...issue,
    statusId: target.id,
    resolutionId: resolutionId ?? transition.defaultResolutionId ?? DEFAULT_RESOLUTION_ID,
    resolutiondate: wasDone && issue.resolutiondate ? issue.resolutiondate : now.toISOString(),
  };
}
