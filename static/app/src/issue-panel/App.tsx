import { IssueShell } from '../shared/ui/IssueShell';
import { RelationshipPanel } from './RelationshipPanel';

/** The issue panel "Customer relationship": the ticket's customer, service and feedback. */
export function App() {
  return <IssueShell>{(issue) => <RelationshipPanel issueKey={issue.key} />}</IssueShell>;
}
