import { Fieldset } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { RadioGroup } from '@atlaskit/radio';
import TextArea from '@atlaskit/textarea';
import { useState, type FormEvent } from 'react';
import { CUSTOMER_RESPONSES, ROOT_CAUSE_MAX, type ComplaintView } from '#register/contract';
import type { CallError } from '#kernel/contract';
import { fieldMessage } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { FormField } from '../shared/ui/FormField';
import type { Apply } from './ComplaintPanel';
import { FormActions } from './FormActions';

type Response = ComplaintView['record']['response'];
const responseOf = (value: string): Response => CUSTOMER_RESPONSES.find((r) => r === value) ?? 'none';

/** The root cause and the customer's response, saved together; the backend checks each against what this form was opened on. */
export function AnalysisForm({ complaint, apply, onDone }: { complaint: ComplaintView; apply: Apply; onDone: () => void }) {
  const opened = complaint.record;
  const [rootCause, setRootCause] = useState(opened.rootCause ?? '');
  const [response, setResponse] = useState<Response>(opened.response);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<CallError | undefined>(undefined);
  const tooLong = rootCause.trim().length > ROOT_CAUSE_MAX;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending || tooLong) return;
    const nextRootCause = rootCause.trim() === '' ? null : rootCause.trim();
    const changes = { ...(nextRootCause !== opened.rootCause ? { rootCause: nextRootCause } : {}), ...(response !== opened.response ? { response } : {}) };
    if (Object.keys(changes).length === 0) {
      onDone();
      return;
    }
    setPending(true);
    const result = await apply({ kind: 'setAnalysis', expected: { rootCause: opened.rootCause, response: opened.response }, changes });
    setPending(false);
    if (result.ok || result.error.code === 'CONFLICT') onDone();
    else setError(result.error);
  };

  const options = CUSTOMER_RESPONSES.map((value) => ({ name: 'response', value, label: t(`complaint.response.${value}`), testId: `response-${value}` }));
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('complaint.analysis')} data-testid="analysis-form">
      <Stack space="space.150">
        <FormField
          id="complaint-root-cause-input"
          label={t('complaint.rootCause')}
          error={tooLong ? t('complaint.form.tooLong', { max: ROOT_CAUSE_MAX }) : fieldMessage(error, 'operation.changes.rootCause')}
        >
          {(control) => (
            <TextArea
              id={control.id}
              value={rootCause}
              onChange={(event) => setRootCause(event.currentTarget.value)}
              isInvalid={control.isInvalid}
              aria-describedby={control.describedBy}
              minimumRows={2}
              autoFocus
            />
          )}
        </FormField>
        <Fieldset legend={t('complaint.response')}>
          <RadioGroup options={options} value={response} onChange={(event) => setResponse(responseOf(event.currentTarget.value))} />
        </Fieldset>
        {error ? <ErrorMessage error={error} /> : null}
        <FormActions submitLabel={t('complaint.form.save')} pending={pending} onCancel={onDone} testId="analysis-save" />
      </Stack>
    </form>
  );
}
