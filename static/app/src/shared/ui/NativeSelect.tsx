import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

/** A native select in the look of Atlaskit's (design tokens, both modes): accessible by nature, light to load. */

const control: CSSProperties = {
  boxSizing: 'border-box',
  minHeight: 32,
  padding: `0 ${token('space.100')}`,
  font: token('font.body'),
  color: token('color.text'),
  background: token('color.background.input'),
  border: `1px solid ${token('color.border.input')}`,
  borderRadius: token('radius.small', '4px'),
};

export function NativeSelect<V extends string>({
  id,
  value,
  options,
  onChange,
  describedBy,
  invalid = false,
  testId,
  placeholder,
}: {
  id: string;
  value: V | '';
  options: readonly { value: V; label: string; disabled?: boolean }[];
  onChange: (value: V) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
  testId?: string;
  placeholder?: string;
}) {
  return (
    <select
      id={id}
      value={value}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        const chosen = options.find((o) => o.value === event.currentTarget.value);
        if (chosen) onChange(chosen.value);
      }}
      style={{ ...control, borderColor: invalid ? token('color.border.danger') : token('color.border.input'), maxWidth: '100%' }}
      data-testid={testId}
    >
      {placeholder !== undefined ? (
        <option value="" disabled>
          {placeholder}
        </option>
      ) : null}
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
