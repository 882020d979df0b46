import Select from '@atlaskit/select';
import { useState } from 'react';
import {
  AGREEMENT_NAME_MAX_LENGTH,
  AGREEMENT_REFERENCE_MAX_LENGTH,
  AGREEMENT_TYPES,
  type AgreementView,
  type CustomerView,
  type SaveOutcome,
} from '#portfolio/contract';
import { useAction } from '../shared/bridge-client';
import { fieldMessage } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { portfolioClient } from '../shared/portfolio/client';
import { FormField } from '../shared/ui/FormField';
import { EditorFrame } from './EditorFrame';
import { EditorTextField } from './EditorTextField';
import { serviceOption, ServicesField, type ServiceOption } from './ServicesField';

type TypeOption = { value: (typeof AGREEMENT_TYPES)[number]; label: string };
const FIELDS = ['agreement'] as const;

/** Adding or changing an agreement: type, name, reference link, start and end, the services it covers. */
export function AgreementEditor({
  customer,
  agreement,
  onDone,
  onCancel,
}: {
  customer: CustomerView;
  agreement?: AgreementView;
  onDone: (outcome: SaveOutcome) => void;
  onCancel: () => void;
}) {
  const types: TypeOption[] = AGREEMENT_TYPES.map((v) => ({ value: v, label: t(`portfolio.agreementType.${v}`) }));
  const [type, setType] = useState<TypeOption | null>(types.find((o) => o.value === agreement?.agreementType) ?? types[0] ?? null);
  const [name, setName] = useState(agreement?.name ?? '');
  const [reference, setReference] = useState(agreement?.reference ?? '');
  const [startDate, setStart] = useState(agreement?.startDate ?? customer.today);
  const [endDate, setEnd] = useState(agreement?.endDate ?? '');
  const [services, setServices] = useState<ServiceOption[]>((agreement?.services ?? []).map(serviceOption));
  const save = useAction(portfolioClient, 'saveAgreement');
  const submit = async () => {
    if (!type) return;
    const result = await save.run({
      organizationId: customer.organization.id,
      version: customer.profile.version,
      agreement: {
        ...(agreement ? { agreementId: agreement.agreementId } : {}),
        agreementType: type.value,
        name,
        reference,
        startDate,
        endDate,
        serviceIds: services.map((s) => s.value),
      },
    });
    if (result.ok) onDone(result.data);
  };
  const error = (field: string) => fieldMessage(save.error, `agreement.${field}`);
  return (
    <EditorFrame
      title={agreement ? t('portfolio.agreements.edit', { name: agreement.name }) : t('portfolio.agreements.add')}
      onSubmit={() => void submit()}
      onCancel={onCancel}
      action={save}
      fields={FIELDS}
      testId="agreement-editor"
    >
      <FormField id="agreement-type" label={t('portfolio.agreements.type')} required error={error('agreementType')}>
        {(control) => (
          <Select<TypeOption> inputId={control.id} aria-describedby={control.describedBy} value={type} options={types} onChange={(value) => setType(value)} />
        )}
      </FormField>
      <EditorTextField
        id="agreement-name"
        label={t('portfolio.agreements.name')}
        required
        error={error('name')}
        value={name}
        maxLength={AGREEMENT_NAME_MAX_LENGTH}
        onChange={setName}
      />
      <EditorTextField
        id="agreement-reference"
        label={t('portfolio.agreements.reference')}
        helper={t('portfolio.edit.referenceHelper')}
        error={error('reference')}
        type="url"
        value={reference}
        maxLength={AGREEMENT_REFERENCE_MAX_LENGTH}
        onChange={setReference}
      />
      <EditorTextField
        id="agreement-start"
        label={t('portfolio.agreements.start')}
        required
        error={error('startDate')}
        type="date"
        value={startDate}
        onChange={setStart}
      />
      <EditorTextField
        id="agreement-end"
        label={t('portfolio.agreements.end')}
        required
        error={error('endDate')}
        type="date"
        value={endDate}
        onChange={setEnd}
      />
      <ServicesField
        id="agreement-services"
        label={t('portfolio.agreements.services')}
        organizationId={customer.organization.id}
        value={services}
        onChange={setServices}
        error={error('serviceIds')}
      />
    </EditorFrame>
  );
}
