import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';

/** Small native controls in the look of Atlaskit's (design tokens, both modes): accessible by nature, light to load. */

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

export function CheckboxRow({
  id,
  checked,
  onChange,
  children,
  testId,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <label
      htmlFor={id}
      style={{ display: 'flex', gap: token('space.100'), alignItems: 'flex-start', font: token('font.body'), color: token('color.text'), cursor: 'pointer' }}
    >
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
        style={{ marginTop: 3 }}
        data-testid={testId}
      />
      <span>{children}</span>
    </label>
  );
}

export function RadioRow({
  id,
  name,
  checked,
  onChange,
  children,
  testId,
}: {
  id: string;
  name: string;
  checked: boolean;
  onChange: () => void;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <label
      htmlFor={id}
      style={{ display: 'flex', gap: token('space.100'), alignItems: 'flex-start', font: token('font.body'), color: token('color.text'), cursor: 'pointer' }}
    >
      <input id={id} type="radio" name={name} checked={checked} onChange={onChange} style={{ marginTop: 3 }} data-testid={testId} />
      <span>{children}</span>
    </label>
  );
}

/** A group of checkboxes or radios, named by its legend. */
export function ChoiceGroup({ legend, children, describedBy }: { legend: string; children: ReactNode; describedBy?: string }) {
  return (
    <fieldset
      aria-describedby={describedBy}
      style={{ border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: token('space.075') }}
    >
      <legend
        style={{
          font: token('font.body.small'),
          fontWeight: token('font.weight.semibold'),
          color: token('color.text.subtle'),
          padding: 0,
          marginBottom: token('space.050'),
        }}
      >
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}

/** A bordered block of a form. */
export function Panel({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div style={{ border: `1px solid ${token('color.border')}`, borderRadius: 6, padding: token('space.200') }} data-testid={testId}>
      {children}
    </div>
  );
}

/** A whole number from a text input, or null when it is empty; undefined when it is not a whole number. */
export function wholeNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

export const day = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleDateString() : '');
export const percent = (value: number | null): string | null => (value === null ? null : `${Math.round(value)}`);
