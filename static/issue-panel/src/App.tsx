import { Text } from '@atlaskit/primitives';
import { t } from '../../shared/i18n';
import { IssueShell } from '../../shared/ui/IssueShell';

/** The issue panel: the ticket's customer relationship at a glance. */
export function App() {
  return <IssueShell>{(issue) => <Text>{t('issue.forIssue', { issueKey: issue.key })}</Text>}</IssueShell>;
}
