import Spinner from '@atlaskit/spinner';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Text } from '@atlaskit/primitives/compiled/text';
import { t } from '../i18n';

/** A centred spinner with a label screen readers announce. */
export function Loading({ label = t('common.loading') }: { label?: string }) {
  return (
    <Box padding="space.200" role="status" aria-live="polite" testId="loading">
      <Inline space="space.100" alignBlock="center" alignInline="center">
        <Spinner size="medium" label={label} />
        <Text color="color.text.subtle">{label}</Text>
      </Inline>
    </Box>
  );
}
