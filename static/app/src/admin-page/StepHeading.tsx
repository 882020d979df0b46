import Heading from '@atlaskit/heading';
import { useEffect, useRef } from 'react';

/**
 * The heading of a step of the set-up flow. It takes focus when the step appears, so keyboard and
 * screen-reader users land on the new content instead of on a button that is gone.
 */
export function StepHeading({ children, testId }: { children: string; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} style={{ outline: 'none' }} data-testid={testId}>
      <Heading size="medium" as="h2">
        {children}
      </Heading>
    </div>
  );
}
