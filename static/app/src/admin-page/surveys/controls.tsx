import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import { formatDate, formatPercent } from '../../shared/i18n/format';

/** Small native controls in the look of Atlaskit's (design tokens, both modes): accessible by nature, light to load. */

export { NativeSelect } from '../../shared/ui/NativeSelect';

export function CheckboxRow({
  id,
  checked,
  onChange,
  children,
  testId,
  disabled = false,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  testId?: string;
  /** Shown as it is and not to be changed (a choice made elsewhere). */
  disabled?: boolean;
}) {
  return (
    <label
      htmlFor={id}
      style={{
        display: 'flex',
        gap: token('space.100'),
        alignItems: 'flex-start',
        font: token('font.body'),
        color: token(disabled ? 'color.text.subtle' : 'color.text'),
        cursor: disabled ? 'default' : 'pointer',
      }}
    >
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
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

/** A day, as the viewer's locale writes it; '' when there is none. */
export const day = (iso: string | null | undefined): string => (iso ? formatDate(iso) : '');
/** A percentage (0–100) as the viewer's locale writes it (`42%`, `42 %`), whole; null when there is none. */
export const percent = (value: number | null): string | null => (value === null ? null : formatPercent(Math.round(value) / 100));
