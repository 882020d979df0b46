import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { INDUSTRY_MAX_LENGTH, TIERS, type CustomerView, type Person, type SaveOutcome } from '#portfolio/contract';
import { useAction, useCall } from '../shared/bridge-client';
import { fieldMessage } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { portfolioClient } from '../shared/portfolio/client';
import { FormField } from '../shared/ui/FormField';
import { EditorFrame } from './EditorFrame';
import { EditorTextField } from './EditorTextField';
import { serviceOption, ServicesField, type ServiceOption } from './ServicesField';

type Option = { value: string; label: string };
const FIELDS = ['ownerAccountId', 'tier', 'industry', 'keyContacts', 'enrolledServiceIds'] as const;
const personOption = (p: Person): Option => ({ value: p.accountId, label: p.displayName });

/** Editing owner, tier, industry, key contacts (with their roles) and enrolled services. */
export function ProfileEditor({ customer, onDone, onCancel }: { customer: CustomerView; onDone: (outcome: SaveOutcome) => void; onCancel: () => void }) {
  const id = customer.organization.id;
  const { profile } = customer;
  const [owner, setOwner] = useState<Option | null>(profile.owner ? personOption(profile.owner) : null);
  const [ownerQuery, setOwnerQuery] = useState('');
  const [tier, setTier] = useState<(typeof TIERS)[number] | null>(profile.tier);
  const [industry, setIndustry] = useState(profile.industry);
  const [contacts, setContacts] = useState(profile.keyContacts.map((c) => ({ accountId: c.accountId, displayName: c.displayName, role: c.role })));
  const [services, setServices] = useState<ServiceOption[]>(profile.enrolledServices.map(serviceOption));
  const owners = useCall(portfolioClient, 'listOwnerChoices', { organizationId: id, query: ownerQuery });
  const members = useCall(portfolioClient, 'listContactChoices', { organizationId: id });
  const save = useAction(portfolioClient, 'saveProfile');
  const tierOptions: Option[] = [{ value: '', label: t('portfolio.edit.tierNone') }, ...TIERS.map((v) => ({ value: v, label: t(`portfolio.tier.${v}`) }))];

  const submit = async () => {
    const result = await save.run({
      organizationId: id,
      version: profile.version,
      ownerAccountId: owner?.value ?? null,
      tier,
      industry,
      keyContacts: contacts.map((c) => ({ accountId: c.accountId, role: c.role })),
      enrolledServiceIds: services.map((s) => s.value),
    });
    if (result.ok) onDone(result.data);
  };

  return (
    <EditorFrame title={t('portfolio.panel.edit')} onSubmit={() => void submit()} onCancel={onCancel} action={save} fields={FIELDS} testId="profile-editor">
      <FormField id="profile-owner-input" label={t('portfolio.profile.owner')} error={fieldMessage(save.error, 'ownerAccountId')}>
        {(control) => (
          <Select<Option>
            inputId={control.id}
            aria-describedby={control.describedBy}
            isInvalid={control.isInvalid}
            isClearable
            value={owner}
            options={(owners.data?.people ?? []).map(personOption)}
            isLoading={owners.loading}
            onInputChange={(value) => setOwnerQuery(value)}
            onChange={(value) => setOwner(value)}
            placeholder={t('portfolio.edit.ownerPlaceholder')}
          />
        )}
      </FormField>
      <FormField id="profile-tier-input" label={t('portfolio.profile.tier')} error={fieldMessage(save.error, 'tier')}>
        {(control) => (
          <Select<Option>
            inputId={control.id}
            aria-describedby={control.describedBy}
            value={tierOptions.find((o) => o.value === (tier ?? '')) ?? null}
            options={tierOptions}
            onChange={(value) => setTier(TIERS.find((v) => v === value?.value) ?? null)}
          />
        )}
      </FormField>
      <EditorTextField
        id="profile-industry-input"
        label={t('portfolio.profile.industry')}
        error={fieldMessage(save.error, 'industry')}
        value={industry}
        maxLength={INDUSTRY_MAX_LENGTH}
        onChange={setIndustry}
        testId="profile-industry-input"
      />
      <FormField id="profile-contacts-input" label={t('portfolio.profile.contacts')} error={fieldMessage(save.error, 'keyContacts')}>
        {(control) => (
          <Select<Option, true>
            inputId={control.id}
            aria-describedby={control.describedBy}
            isMulti
            isLoading={members.loading}
            value={contacts.map((c) => ({ value: c.accountId, label: c.displayName }))}
            options={(members.data?.people ?? []).map(personOption)}
            onChange={(values) =>
              setContacts(values.map((v) => contacts.find((c) => c.accountId === v.value) ?? { accountId: v.value, displayName: v.label, role: '' }))
            }
            placeholder={t('portfolio.edit.contactsPlaceholder')}
          />
        )}
      </FormField>
      {contacts.map((c, i) => (
        <FormField
          key={c.accountId}
          id={`profile-contact-role-${i}`}
          label={t('portfolio.edit.contactRole', { name: c.displayName })}
          error={fieldMessage(save.error, `keyContacts.${i}`)}
        >
          {(control) => (
            <Textfield
              id={control.id}
              aria-describedby={control.describedBy}
              value={c.role}
              onChange={(e) => setContacts(contacts.map((other, j) => (j === i ? { ...other, role: e.currentTarget.value } : other)))}
            />
          )}
        </FormField>
      ))}
      <ServicesField
        id="profile-services-input"
        label={t('portfolio.profile.services')}
        organizationId={id}
        value={services}
        onChange={setServices}
        error={fieldMessage(save.error, 'enrolledServiceIds')}
      />
    </EditorFrame>
  );
}
