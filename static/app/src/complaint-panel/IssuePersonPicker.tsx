import type { PersonView } from '#register/contract';
import { t } from '../shared/i18n';
import type { FieldControl } from '../shared/ui/FormField';
import { complaintClient } from './client';
import { PersonPicker } from './PersonPicker';

/** A person who may see the complaint `issueKey` (a measure's owner, whom it is escalated to), chosen by typing their name. */
export function IssuePersonPicker({
  issueKey,
  control,
  value,
  onChange,
}: {
  issueKey: string;
  control: FieldControl;
  value: PersonView | null;
  onChange: (person: PersonView | null) => void;
}) {
  return (
    <PersonPicker
      inputId={control.id}
      value={value}
      onChange={onChange}
      search={(query) => complaintClient.call('searchPeople', { issueKey, query })}
      placeholder={t('complaint.form.owner.placeholder')}
      noOptionsMessage={t('complaint.form.owner.noOptions')}
      isInvalid={control.isInvalid}
      describedBy={control.describedBy}
    />
  );
}
