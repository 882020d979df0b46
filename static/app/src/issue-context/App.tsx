import { Box } from '@atlaskit/primitives/compiled/box';
import { IssueShell } from '../shared/ui/IssueShell';
import { FeedbackContext } from './FeedbackContext';

/** The issue context item "Customer feedback": the ticket's feedback badge. */
export function App() {
  return (
    <Box padding="space.050">
      <IssueShell>{(issue) => <FeedbackContext issueKey={issue.key} />}</IssueShell>
    </Box>
  );
}
