import { Text } from '@atlaskit/primitives';
import { t } from '../../shared/i18n';
import { IssueShell } from '../../shared/ui/IssueShell';

/** The issue context item: the ticket's customer feedback, in the issue view's right-hand column. */
export function App() {
  return <IssueShell>{(issue) => <Text>{t('issue.forIssue', { issueKey: issue.key })}</Text>}</IssueShell>;
}
