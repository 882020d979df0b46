import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { token } from '@atlaskit/tokens';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import type { CallError } from '#kernel/contract';
import { isFieldError } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';

const panel = { border: `1px solid ${token('color.border')}`, borderRadius: 6 };

/**
 * The frame of a profile editor: a heading, the fields, the error of `action` (its save call) no field
 * claims, Save (busy while the call runs) and Cancel; Escape cancels.
 */
export function EditorFrame({
  title,
  onSubmit,
  onCancel,
  action,
  fields,
  children,
  testId,
}: {
  title: string;
  onSubmit: () => void;
  onCancel: () => void;
  action: { pending: boolean; error?: CallError | undefined };
  fields: readonly string[];
  children: ReactNode;
  testId: string;
}) {
  const { pending, error } = action;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) onCancel();
  };
  return (
    <div style={panel} onKeyDown={onKeyDown}>
      <Box padding="space.200">
        <form onSubmit={submit} noValidate data-testid={testId}>
          <Stack space="space.200">
            <Heading size="small" as="h3">
              {title}
            </Heading>
            {children}
            {error && !isFieldError(error, fields) ? <ErrorMessage error={error} /> : null}
            <Inline space="space.100">
              <Button type="submit" appearance="primary" isLoading={pending} testId={`${testId}-save`}>
                {t('portfolio.edit.save')}
              </Button>
              <Button onClick={onCancel}>{t('portfolio.edit.cancel')}</Button>
            </Inline>
          </Stack>
        </form>
      </Box>
    </div>
  );
}
