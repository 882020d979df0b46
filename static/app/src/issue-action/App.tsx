import '../shared/i18n/issue-action';
import { Box } from '@atlaskit/primitives/compiled/box';
import { view } from '@forge/bridge';
import { useEffect } from 'react';
import { IssueShell } from '../shared/ui/IssueShell';
import { FeedbackAction } from './FeedbackAction';

/**
 * The "Customer feedback…" issue action, opened in a modal from the issue's ••• menu. Keys pressed
 * inside the app's frame never reach the host page, so the app closes the modal on Escape itself,
 * unless a control used the key (an open select closes its menu first).
 */
export function App() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) void view.close();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <Box padding="space.200">
      <IssueShell>{(issue) => <FeedbackAction issueKey={issue.key} />}</IssueShell>
    </Box>
  );
}
