import { AsyncSelect } from '@atlaskit/select';
import type { PersonView } from '#register/contract';
import type { CallResult } from '#kernel/contract';

interface Option {
  label: string;
  value: string;
}

/**
 * A person chosen by typing their name: the choices come from the backend (people who may see the
 * complaint, or anyone for the admin page), asked again as the text changes.
 */
export function PersonPicker({
  inputId,
  value,
  onChange,
  search,
  placeholder,
  noOptionsMessage,
  isInvalid,
  describedBy,
}: {
  inputId: string;
  value: PersonView | null;
  onChange: (person: PersonView | null) => void;
  search: (query: string) => Promise<CallResult<{ people: PersonView[] }>>;
  placeholder: string;
  noOptionsMessage: string;
  isInvalid?: boolean;
  describedBy?: string;
}) {
  const load = async (query: string): Promise<Option[]> => {
    const result = await search(query);
    return result.ok ? result.data.people.map((p) => ({ label: p.displayName, value: p.accountId })) : [];
  };
  return (
    <AsyncSelect<Option, false>
      inputId={inputId}
      loadOptions={load}
      cacheOptions
      value={value ? { label: value.displayName, value: value.accountId } : null}
      onChange={(option) => onChange(option ? { accountId: option.value, displayName: option.label } : null)}
      placeholder={placeholder}
      noOptionsMessage={() => noOptionsMessage}
      isInvalid={isInvalid}
      isClearable
      aria-describedby={describedBy}
      menuPortalTarget={typeof document === 'undefined' ? undefined : document.body}
      menuPosition="absolute"
      styles={{ menuPortal: (base: object) => ({ ...base, zIndex: 510 }) }}
    />
  );
}
