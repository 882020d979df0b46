import { Stack } from '@atlaskit/primitives/compiled/stack';
import Textfield from '@atlaskit/textfield';
import { useState, type FormEvent } from 'react';
import { ESCALATION_NOTE_MAX, type PersonView } from '#register/contract';
import type { CallError } from '#kernel/contract';
import { fieldMessage } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { FormField } from '../shared/ui/FormField';
import type { Apply } from './ComplaintPanel';
import { FormActions } from './FormActions';
import { IssuePersonPicker } from './IssuePersonPicker';

/** Records that an agent escalated the complaint, to whom and why. */
export function EscalateForm({ issueKey, apply, onDone }: { issueKey: string; apply: Apply; onDone: () => void }) {
  const [to, setTo] = useState<PersonView | null>(null);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<CallError | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (pending || !to || note.length > ESCALATION_NOTE_MAX) return;
    setPending(true);
    const result = await apply({ kind: 'escalate', toAccountId: to.accountId, note: note.trim() });
    setPending(false);
    if (result.ok || result.error.code === 'CONFLICT') onDone();
    else setError(result.error);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('complaint.escalate')} data-testid="escalate-form">
      <Stack space="space.150">
        <FormField
          id="escalate-to"
          label={t('complaint.escalate.to')}
          required
          error={(tried && !to ? t('complaint.form.required') : undefined) ?? fieldMessage(error, 'operation.toAccountId')}
        >
          {(control) => <IssuePersonPicker issueKey={issueKey} control={control} value={to} onChange={setTo} />}
        </FormField>
        <FormField
          id="escalate-note"
          label={t('complaint.escalate.note')}
          error={note.length > ESCALATION_NOTE_MAX ? t('complaint.form.tooLong', { max: ESCALATION_NOTE_MAX }) : undefined}
        >
          {(control) => (
            <Textfield
              id={control.id}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              isInvalid={control.isInvalid}
              aria-describedby={control.describedBy}
            />
          )}
        </FormField>
        {error && !fieldMessage(error, 'operation.toAccountId') ? <ErrorMessage error={error} /> : null}
        <FormActions submitLabel={t('complaint.escalate')} pending={pending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
