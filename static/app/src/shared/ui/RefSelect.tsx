import Select from '@atlaskit/select';
import type { NamedRef } from '#kernel/input-schemas';

interface Option {
  label: string;
  value: string;
}

export interface RefSelectProps {
  inputId: string;
  /** The choices, in the order to show them. */
  choices: readonly NamedRef[];
  value: NamedRef | null;
  onChange: (value: NamedRef | null) => void;
  placeholder: string;
  noOptionsMessage: string;
  isLoading?: boolean;
  isInvalid?: boolean;
  isDisabled?: boolean;
  isClearable?: boolean;
  autoFocus?: boolean;
  describedBy?: string;
  /** The element that names the control, when it has no `<label for>`. */
  labelledBy?: string;
  /** Makes an unlisted current value recognisable (e.g. "(archived)"). */
  unlistedLabel?: (value: NamedRef) => string;
}

const optionOf = (ref: NamedRef): Option => ({ label: ref.name, value: ref.id });

/**
 * A single choice among named things (customers, services) with type-ahead. The current value
 * stays selectable even when it is not among the choices any more, so opening a form never
 * silently drops it. The menu is drawn at the end of the document so that the host can grow the
 * app's frame to fit it instead of cutting it off.
 */
export function RefSelect(props: RefSelectProps) {
  const { value, choices } = props;
  const options = choices.map(optionOf);
  const listed = value ? options.find((o) => o.value === value.id) : undefined;
  const current = value ? (listed ?? { label: props.unlistedLabel ? props.unlistedLabel(value) : value.name, value: value.id }) : null;
  if (current && !listed) options.unshift(current);
  return (
    <Select<Option, false>
      inputId={props.inputId}
      options={options}
      value={current}
      onChange={(option) => props.onChange(option ? (choices.find((c) => c.id === option.value) ?? value) : null)}
      placeholder={props.placeholder}
      noOptionsMessage={() => props.noOptionsMessage}
      isLoading={props.isLoading}
      isInvalid={props.isInvalid}
      isDisabled={props.isDisabled}
      isClearable={props.isClearable}
      autoFocus={props.autoFocus}
      aria-describedby={props.describedBy}
      aria-labelledby={props.labelledBy}
      menuPortalTarget={typeof document === 'undefined' ? undefined : document.body}
      menuPosition="absolute"
      styles={{ menuPortal: (base: object) => ({ ...base, zIndex: 510 }) }}
    />
  );
}
