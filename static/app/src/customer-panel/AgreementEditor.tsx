import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import {
  AGREEMENT_NAME_MAX_LENGTH,
  AGREEMENT_REFERENCE_MAX_LENGTH,
  AGREEMENT_TYPES,
  type AgreementView,
  type CustomerView,
  type SaveOutcome,
} from '#portfolio/contract';
import { useAction, useCall } from '../shared/bridge-client';
import { fieldMessage } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { portfolioClient } from '../shared/portfolio/client';
import { FormField } from '../shared/ui/FormField';
import { EditorFrame } from './EditorFrame';

type TypeOption = { value: (typeof AGREEMENT_TYPES)[number]; label: string };
type Option = { value: string; label: string };
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
  const [services, setServices] = useState<Option[]>((agreement?.services ?? []).map((s) => ({ value: s.id, label: s.name })));
  const catalogue = useCall(portfolioClient, 'listServiceChoices', { organizationId: customer.organization.id });
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
      pending={save.pending}
      error={save.error}
      fields={FIELDS}
      testId="agreement-editor"
    >
      <FormField id="agreement-type" label={t('portfolio.agreements.type')} required error={error('agreementType')}>
        {(control) => (
          <Select<TypeOption> inputId={control.id} aria-describedby={control.describedBy} value={type} options={types} onChange={(value) => setType(value)} />
        )}
      </FormField>
      <FormField id="agreement-name" label={t('portfolio.agreements.name')} required error={error('name')}>
        {(control) => (
          <Textfield
            id={control.id}
            aria-describedby={control.describedBy}
            isInvalid={control.isInvalid}
            value={name}
            maxLength={AGREEMENT_NAME_MAX_LENGTH}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        )}
      </FormField>
      <FormField id="agreement-reference" label={t('portfolio.agreements.reference')} helper={t('portfolio.edit.referenceHelper')} error={error('reference')}>
        {(control) => (
          <Textfield
            id={control.id}
            type="url"
            aria-describedby={control.describedBy}
            isInvalid={control.isInvalid}
            value={reference}
            maxLength={AGREEMENT_REFERENCE_MAX_LENGTH}
            onChange={(e) => setReference(e.currentTarget.value)}
          />
        )}
      </FormField>
      <FormField id="agreement-start" label={t('portfolio.agreements.start')} required error={error('startDate')}>
        {(control) => (
          <Textfield
            id={control.id}
            type="date"
            aria-describedby={control.describedBy}
            isInvalid={control.isInvalid}
            value={startDate}
            onChange={(e) => setStart(e.currentTarget.value)}
          />
        )}
      </FormField>
      <FormField id="agreement-end" label={t('portfolio.agreements.end')} required error={error('endDate')}>
        {(control) => (
          <Textfield
            id={control.id}
            type="date"
            aria-describedby={control.describedBy}
            isInvalid={control.isInvalid}
            value={endDate}
            onChange={(e) => setEnd(e.currentTarget.value)}
          />
        )}
      </FormField>
      <FormField id="agreement-services" label={t('portfolio.agreements.services')} error={error('serviceIds')}>
        {(control) => (
          <Select<Option, true>
            inputId={control.id}
            aria-describedby={control.describedBy}
            isMulti
            isLoading={catalogue.loading}
            value={services}
            options={(catalogue.data?.services ?? []).map((s) => ({ value: s.id, label: s.name }))}
            onChange={(values) => setServices([...values])}
            placeholder={t('portfolio.edit.servicesPlaceholder')}
          />
        )}
      </FormField>
    </EditorFrame>
  );
}
