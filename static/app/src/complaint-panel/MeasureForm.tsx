import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { MEASURE_DESCRIPTION_MAX, MEASURE_TYPES, type ComplaintView, type PersonView } from '#register/contract';
import type { CallError } from '#kernel/contract';
import { fieldMessage } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { FormField } from '../shared/ui/FormField';
import type { Apply } from './ComplaintPanel';
import { newMeasureId } from './format';
import { FormActions } from './FormActions';
import { IssuePersonPicker } from './IssuePersonPicker';

type Measure = ComplaintView['record']['measures'][number];
type MeasureType = Measure['type'];

interface Draft {
  type: MeasureType;
  description: string;
  owner: PersonView | null;
  dueDate: string;
}

const FIELDS = ['type', 'description', 'ownerAccountId', 'dueDate'] as const;

/** The add or edit form of a measure. Problems the page can see are shown before anything is sent. */
export function MeasureForm({
  issueKey,
  complaint,
  apply,
  measure,
  onDone,
}: {
  issueKey: string;
  complaint: ComplaintView;
  apply: Apply;
  measure?: Measure;
  onDone: () => void;
}) {
  const [measureId] = useState(() => measure?.id ?? newMeasureId());
  const [draft, setDraft] = useState<Draft>(() =>
    measure
      ? {
          type: measure.type,
          description: measure.description,
          owner: { accountId: measure.ownerAccountId, displayName: complaint.people[measure.ownerAccountId] ?? measure.ownerAccountId },
          dueDate: measure.dueDate,
        }
      : { type: 'corrective', description: '', owner: null, dueDate: '' },
  );
  const [tried, setTried] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<CallError | undefined>(undefined);
  const id = (field: string): string => `measure-${measureId}-${field}`;

  const local: Partial<Record<(typeof FIELDS)[number], string>> = {};
  if (draft.description.trim() === '') local.description = t('complaint.form.required');
  else if (draft.description.trim().length > MEASURE_DESCRIPTION_MAX) local.description = t('complaint.form.tooLong', { max: MEASURE_DESCRIPTION_MAX });
  if (!draft.owner) local.ownerAccountId = t('complaint.form.required');
  if (draft.dueDate === '') local.dueDate = t('complaint.form.required');
  const problem = (field: (typeof FIELDS)[number]): string | undefined =>
    (tried ? local[field] : undefined) ?? fieldMessage(error, `operation.measure.${field}`) ?? fieldMessage(error, `operation.changes.${field}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setTried(true);
    const firstProblem = FIELDS.find((f) => local[f] !== undefined);
    if (firstProblem || !draft.owner) {
      if (firstProblem) document.getElementById(id(firstProblem))?.focus();
      return;
    }
    const values = { type: draft.type, description: draft.description.trim(), ownerAccountId: draft.owner.accountId, dueDate: draft.dueDate };
    setPending(true);
    setError(undefined);
    const result = measure
      ? await apply({ kind: 'editMeasure', measureId, revision: measure.revision, changes: values })
      : await apply({ kind: 'addMeasure', measureId, measure: values });
    setPending(false);
    if (result.ok || result.error.code === 'CONFLICT') onDone();
    else setError(result.error);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onDone();
  };
  const typeOptions = MEASURE_TYPES.map((type) => ({ value: type, label: t(`complaint.type.${type}`) }));
  const fieldError = FIELDS.some((f) => fieldMessage(error, `operation.measure.${f}`) ?? fieldMessage(error, `operation.changes.${f}`));

  return (
    <form
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={measure ? t('complaint.form.editTitle') : t('complaint.form.addTitle')}
      data-testid="measure-form"
    >
      <Stack space="space.150">
        <Text weight="semibold">{measure ? t('complaint.form.editTitle') : t('complaint.form.addTitle')}</Text>
        <FormField id={id('type')} label={t('complaint.form.type')} required error={problem('type')}>
          {(control) => (
            <Select<{ value: MeasureType; label: string }, false>
              inputId={control.id}
              options={typeOptions}
              value={typeOptions.find((o) => o.value === draft.type) ?? null}
              onChange={(option) => option && setDraft({ ...draft, type: option.value })}
              aria-describedby={control.describedBy}
              menuPortalTarget={document.body}
              styles={{ menuPortal: (base: object) => ({ ...base, zIndex: 510 }) }}
            />
          )}
        </FormField>
        <FormField id={id('description')} label={t('complaint.form.description')} required error={problem('description')}>
          {(control) => (
            <TextArea
              id={control.id}
              value={draft.description}
              onChange={(event) => setDraft({ ...draft, description: event.currentTarget.value })}
              isInvalid={control.isInvalid}
              aria-describedby={control.describedBy}
              minimumRows={2}
              autoFocus
              testId="measure-description"
            />
          )}
        </FormField>
        <FormField
          id={id('ownerAccountId')}
          label={t('complaint.form.owner')}
          required
          helper={t('complaint.form.owner.helper')}
          error={problem('ownerAccountId')}
        >
          {(control) => <IssuePersonPicker issueKey={issueKey} control={control} value={draft.owner} onChange={(owner) => setDraft({ ...draft, owner })} />}
        </FormField>
        <FormField id={id('dueDate')} label={t('complaint.form.dueDate')} required error={problem('dueDate')}>
          {(control) => (
            <Textfield
              id={control.id}
              type="date"
              value={draft.dueDate}
              onChange={(event) => setDraft({ ...draft, dueDate: event.currentTarget.value })}
              isInvalid={control.isInvalid}
              aria-describedby={control.describedBy}
              testId="measure-due-date"
            />
          )}
        </FormField>
        {error && !fieldError ? <ErrorMessage error={error} /> : null}
        <FormActions submitLabel={t('complaint.form.save')} pending={pending} onCancel={onDone} testId="measure-save" />
      </Stack>
    </form>
  );
}
