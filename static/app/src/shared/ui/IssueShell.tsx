import { Box } from '@atlaskit/primitives/compiled/box';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ReactNode } from 'react';
import { extensionOf, issueExtension, useForgeContext } from '../context';
import { t } from '../i18n';
import { Loading } from './Loading';

/**
 * The frame of an issue surface: waits for the host's context and hands the issue to `children`,
 * or says plainly that the surface needs an issue.
 */
export function IssueShell({ children }: { children: (issue: { id: string; key: string }, projectKey: string) => ReactNode }) {
  const { context, failed } = useForgeContext();
  if (!context && !failed) return <Loading />;
  const extension = extensionOf(context, issueExtension);
  if (!extension) {
    return (
      <Box padding="space.100">
        <Text color="color.text.subtle">{t('common.noIssue')}</Text>
      </Box>
    );
  }
  return (
    <Stack space="space.100" testId="issue-shell">
      {children(extension.issue, extension.project.key)}
    </Stack>
  );
}
