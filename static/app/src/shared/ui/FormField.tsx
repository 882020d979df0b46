import { ErrorMessage, HelperMessage, Label, RequiredAsterisk } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { ReactNode } from 'react';

/** What a field's control needs to be tied to its label and messages. */
export interface FieldControl {
  id: string;
  isInvalid: boolean;
  /** The ids of the helper and error messages, for `aria-describedby`. */
  describedBy: string | undefined;
}

/**
 * One form field: its label, the control, and under it either the error about this field or a
 * helper text. The error is announced with the control (`aria-describedby`), so a screen reader
 * reads it when the control gets focus.
 */
export function FormField({
  id,
  label,
  required = false,
  error,
  helper,
  children,
}: {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  helper?: ReactNode;
  children: (control: FieldControl) => ReactNode;
}) {
  const errorId = `${id}-error`;
  const helperId = `${id}-helper`;
  const describedBy = [error ? errorId : undefined, helper ? helperId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <Stack space="space.050">
      <Label htmlFor={id} id={`${id}-label`}>
        {label}
        {required ? <RequiredAsterisk /> : null}
      </Label>
      {children({ id, isInvalid: error !== undefined, describedBy })}
      {helper ? (
        <div id={helperId}>
          <HelperMessage>{helper}</HelperMessage>
        </div>
      ) : null}
      {error ? (
        <div id={errorId} role="alert">
          <ErrorMessage testId={`${id}-error`}>{error}</ErrorMessage>
        </div>
      ) : null}
    </Stack>
  );
}
