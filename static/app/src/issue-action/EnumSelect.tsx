import Select from '@atlaskit/select';

interface Option<V extends string> {
  label: string;
  value: V;
}

/** A choice among a fixed list of values (category, severity), each shown by its label. */
export function EnumSelect<V extends string>({
  inputId,
  values,
  labelOf,
  value,
  onChange,
  placeholder,
  isInvalid,
  isClearable = false,
  describedBy,
}: {
  inputId: string;
  values: readonly V[];
  labelOf: (value: V) => string;
  value: V | null;
  onChange: (value: V | null) => void;
  placeholder: string;
  isInvalid?: boolean;
  isClearable?: boolean;
  describedBy?: string;
}) {
  const options: Option<V>[] = values.map((v) => ({ label: labelOf(v), value: v }));
  return (
    <Select<Option<V>, false>
      inputId={inputId}
      options={options}
      value={options.find((o) => o.value === value) ?? null}
      onChange={(option) => onChange(option ? option.value : null)}
      placeholder={placeholder}
      isInvalid={isInvalid}
      isClearable={isClearable}
      aria-describedby={describedBy}
      menuPortalTarget={typeof document === 'undefined' ? undefined : document.body}
      styles={{ menuPortal: (base: object) => ({ ...base, zIndex: 510 }) }}
    />
  );
}
