import '../shared/i18n/portfolio';
import { Box } from '@atlaskit/primitives/compiled/box';
import { IssueShell } from '../shared/ui/IssueShell';
import { CustomerGlance } from './CustomerGlance';

/** The issue context "Customer": the ticket's customer at a glance. */
export function App() {
  return (
    <Box padding="space.050">
      <IssueShell>{(issue) => <CustomerGlance issueKey={issue.key} />}</IssueShell>
    </Box>
  );
}
