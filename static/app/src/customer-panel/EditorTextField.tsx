import Textfield from '@atlaskit/textfield';
import type { ReactNode } from 'react';
import { FormField } from '../shared/ui/FormField';

/** A text, link or date field of a customer editor: the input in its `FormField`, tied to its label, helper and error. */
export function EditorTextField({
  id,
  label,
  required = false,
  helper,
  error,
  type,
  value,
  maxLength,
  max,
  onChange,
  testId,
}: {
  id: string;
  label: string;
  required?: boolean;
  helper?: ReactNode;
  error: string | undefined;
  type?: 'url' | 'date';
  value: string;
  maxLength?: number;
  max?: string;
  onChange: (value: string) => void;
  testId?: string;
}) {
  return (
    <FormField id={id} label={label} required={required} helper={helper} error={error}>
      {(control) => (
        <Textfield
          id={control.id}
          type={type}
          aria-describedby={control.describedBy}
          isInvalid={control.isInvalid}
          value={value}
          maxLength={maxLength}
          max={max}
          onChange={(e) => onChange(e.currentTarget.value)}
          testId={testId}
        />
      )}
    </FormField>
  );
}
