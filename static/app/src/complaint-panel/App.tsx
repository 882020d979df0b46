import '../shared/i18n/register';
import { IssueShell } from '../shared/ui/IssueShell';
import { ComplaintPanel } from './ComplaintPanel';

/** The issue panel "Complaint measures": a Complaint's corrective and preventive measures and its analysis. */
export function App() {
  return <IssueShell>{(issue) => <ComplaintPanel issueKey={issue.key} />}</IssueShell>;
}
