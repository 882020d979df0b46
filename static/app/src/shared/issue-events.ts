import { events } from '@forge/bridge';
import { useEffect } from 'react';

/** The event Jira's issue view sends its app frames when the issue's fields change. */
export const ISSUE_CHANGED = 'JIRA_ISSUE_CHANGED';

/**
 * Calls `onChange` whenever the host says the issue changed (a field edited elsewhere on the page),
 * so a panel or badge shows what the issue holds now without a page reload.
 */
export function useIssueChanged(onChange: () => void): void {
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let active = true;
    void events
      .on(ISSUE_CHANGED, () => onChange())
      .then((subscription) => {
        if (active) unsubscribe = () => subscription.unsubscribe();
        else subscription.unsubscribe();
      })
      .catch(() => undefined);
    return () => {
      active = false;
      unsubscribe?.();
    };
  }, [onChange]);
}
