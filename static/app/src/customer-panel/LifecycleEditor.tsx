import Select from '@atlaskit/select';
import { useState } from 'react';
import { LIFECYCLE_TRANSITIONS, LIFECYCLES, type CustomerView, type SaveOutcome } from '#portfolio/contract';
import { useAction } from '../shared/bridge-client';
import { fieldMessage } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { portfolioClient } from '../shared/portfolio/client';
import { FormField } from '../shared/ui/FormField';
import { EditorFrame } from './EditorFrame';
import { EditorTextField } from './EditorTextField';

type Option = { value: (typeof LIFECYCLES)[number]; label: string };

/** A change of lifecycle: the states the customer may go to from where it is, and the date of the change. */
export function LifecycleEditor({ customer, onDone, onCancel }: { customer: CustomerView; onDone: (outcome: SaveOutcome) => void; onCancel: () => void }) {
  const current = customer.profile.lifecycle?.state;
  const states = current ? LIFECYCLE_TRANSITIONS[current] : LIFECYCLES;
  const options: Option[] = states.map((s) => ({ value: s, label: t(`portfolio.lifecycle.${s}`) }));
  const [state, setState] = useState<Option | null>(options[0] ?? null);
  const [date, setDate] = useState(customer.today);
  const change = useAction(portfolioClient, 'changeLifecycle');
  const submit = async () => {
    if (!state) return;
    const result = await change.run({ organizationId: customer.organization.id, version: customer.profile.version, state: state.value, date });
    if (result.ok) onDone(result.data);
  };
  return (
    <EditorFrame
      title={t('portfolio.lifecycle.change')}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      action={change}
      fields={['state', 'date']}
      testId="lifecycle-editor"
    >
      <FormField id="lifecycle-state" label={t('portfolio.edit.state')} error={fieldMessage(change.error, 'state')}>
        {(control) => (
          <Select<Option> inputId={control.id} aria-describedby={control.describedBy} value={state} options={options} onChange={(value) => setState(value)} />
        )}
      </FormField>
      <EditorTextField
        id="lifecycle-date"
        label={t('portfolio.edit.date')}
        helper={t('portfolio.edit.dateHelper')}
        error={fieldMessage(change.error, 'date')}
        type="date"
        value={date}
        max={customer.today}
        onChange={setDate}
      />
    </EditorFrame>
  );
}
