import { Text } from '@atlaskit/primitives/compiled/text';
import { lazy, Suspense } from 'react';
import type { CallError } from '#kernel/contract';

const SectionErrorMessage = lazy(() => import('./SectionErrorMessage').then((m) => ({ default: m.SectionErrorMessage })));

/**
 * A failed call, explained (SectionErrorMessage). Its code (the section message with its buttons)
 * loads when a call first fails, so a frame that shows no error never downloads it; until it
 * arrives, the backend's sentence stands alone.
 */
export function ErrorMessage(props: { error: CallError; onRetry?: () => void }) {
  return (
    <Suspense
      fallback={
        <Text as="p" color="color.text.subtle">
          {props.error.message}
        </Text>
      }
    >
      <SectionErrorMessage {...props} />
    </Suspense>
  );
}
