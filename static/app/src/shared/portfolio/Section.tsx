import Heading from '@atlaskit/heading';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { ReactNode } from 'react';

/** One section of a portfolio surface: a heading (h3) and what it holds. */
export function Section({ title, children, testId, action }: { title: string; children: ReactNode; testId?: string; action?: ReactNode }) {
  const id = testId ? `${testId}-heading` : undefined;
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <Stack space="space.100">
        <Box>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
            <Heading size="small" as="h3" id={id}>
              {title}
            </Heading>
            {action}
          </div>
        </Box>
        {children}
      </Stack>
    </section>
  );
}
