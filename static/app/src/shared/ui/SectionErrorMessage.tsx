import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { CallError } from '#kernel/contract';
import { t } from '../i18n';

/**
 * A failed call, explained: the title says what kind of failure it is, the body is the backend's
 * sentence, and "Try again" appears when a retry could help.
 */
export function SectionErrorMessage({ error, onRetry }: { error: CallError; onRetry?: () => void }) {
  const retryable = error.code === 'UPSTREAM' || error.code === 'INTERNAL' || error.code === 'CONFLICT';
  return (
    <SectionMessage
      appearance={error.code === 'FORBIDDEN' || error.code === 'INVALID_INPUT' ? 'warning' : 'error'}
      title={t(`common.error.${error.code}`)}
      testId="call-error"
      actions={
        onRetry && retryable
          ? [
              <SectionMessageAction key="retry" onClick={onRetry}>
                {t('common.retry')}
              </SectionMessageAction>,
            ]
          : undefined
      }
    >
      <p>{error.message}</p>
    </SectionMessage>
  );
}
