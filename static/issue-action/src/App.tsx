import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Text } from '@atlaskit/primitives';
import { view } from '@forge/bridge';
import { t } from '../../shared/i18n';
import { IssueShell } from '../../shared/ui/IssueShell';

/** The issue action, opened in a modal from the issue's "•••" menu. */
export function App() {
  return (
    <IssueShell>
      {(issue) => (
        <>
          <Heading size="medium">{t('issue.action.title')}</Heading>
          <Text>{t('issue.forIssue', { issueKey: issue.key })}</Text>
          <Inline alignInline="end">
            <Button appearance="subtle" onClick={() => void view.close()}>
              {t('common.close')}
            </Button>
          </Inline>
        </>
      )}
    </IssueShell>
  );
}
