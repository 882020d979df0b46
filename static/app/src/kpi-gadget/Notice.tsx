import { Box } from '@atlaskit/primitives/compiled/box';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';

/**
 * A gadget-sized empty or "set me up" state: a title and what to do. Plain primitives, so that the
 * gadget's first paint carries no empty-state illustration or button library.
 */
export function Notice({ title, description, testId }: { title: string; description: string; testId: string }) {
  return (
    <Box padding="space.200" testId={testId}>
      <Stack space="space.100" alignInline="center">
        <Text as="p" weight="bold" align="center">
          {title}
        </Text>
        <Text as="p" color="color.text.subtle" align="center">
          {description}
        </Text>
      </Stack>
    </Box>
  );
}
