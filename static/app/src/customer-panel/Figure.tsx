import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { t } from '../shared/i18n';
import { formatCount } from '../shared/portfolio/labels';
import { JqlLink } from '../shared/portfolio/JqlLink';

/** A number with its label, linking to the JQL that produced it; "Not available" where Jira could not count it. */
export function Figure({ label, value, jql, testId }: { label: string; value: string | number | null; jql: string | null; testId?: string }) {
  const shown = typeof value === 'number' ? formatCount(value) : value;
  return (
    <Stack space="space.025" testId={testId}>
      <Text size="small" color="color.text.subtle">
        {label}
      </Text>
      {value === null || jql === null ? (
        <Text color="color.text.subtlest">{t('portfolio.count.unavailable')}</Text>
      ) : (
        <Text size="large" weight="bold">
          <JqlLink jql={jql} label={t('portfolio.figure', { label, value: shown ?? '' })}>
            {shown}
          </JqlLink>
        </Text>
      )}
    </Stack>
  );
}
