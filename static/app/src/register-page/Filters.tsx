import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import type { NamedRef } from '#kernel/input-schemas';
import { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES, MEASURE_FILTERS, REGISTER_STATUSES, RESPONSE_FILTERS } from '#register/contract';
import { t } from '../shared/i18n';
import { ColumnGrid } from '../shared/ui/ColumnGrid';
import { FormField } from '../shared/ui/FormField';
import { QuietButton } from '../shared/ui/QuietButton';
import { EMPTY_FILTER, PERIOD_PRESETS, type FilterDraft } from './filter-state';

interface Option {
  value: string;
  label: string;
}

/** A labelled single choice; `null` is "any" when the filter may be left out. */
function Choice({
  id,
  label,
  options,
  value,
  onChange,
  clearable = true,
}: {
  id: string;
  label: string;
  options: Option[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  clearable?: boolean;
}) {
  return (
    <FormField id={id} label={label}>
      {(control) => (
        <Select<Option, false>
          inputId={control.id}
          options={options}
          value={options.find((o) => o.value === value) ?? null}
          onChange={(option) => onChange(option?.value)}
          placeholder={t('register.filter.any')}
          isClearable={clearable}
          menuPortalTarget={document.body}
          styles={{ menuPortal: (base: object) => ({ ...base, zIndex: 510 }) }}
        />
      )}
    </FormField>
  );
}

const pick = <V extends string>(values: readonly V[], value: string | undefined): V | undefined => values.find((v) => v === value);

/** The register's filters: each change asks for the first page again. */
export function Filters({
  draft,
  onChange,
  options,
  showProjects,
}: {
  draft: FilterDraft;
  onChange: (draft: FilterDraft) => void;
  options?: { projects: { id: string; key: string; name: string }[]; customers: NamedRef[]; services: NamedRef[] };
  showProjects: boolean;
}) {
  const set = (patch: Partial<FilterDraft>) => onChange({ ...draft, ...patch });
  const refs = (items: readonly NamedRef[] | undefined): Option[] => (items ?? []).map((i) => ({ value: i.id, label: i.name }));
  return (
    <Stack space="space.150" testId="register-filters">
      <ColumnGrid minWidth={180}>
        {showProjects ? (
          <Choice
            id="filter-project"
            label={t('register.filter.project')}
            options={(options?.projects ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.key})` }))}
            value={draft.projectIds?.[0]}
            onChange={(value) => set({ projectIds: value ? [value] : undefined })}
          />
        ) : null}
        <Choice
          id="filter-customer"
          label={t('register.filter.customer')}
          options={refs(options?.customers)}
          value={draft.customerId}
          onChange={(customerId) => set({ customerId })}
        />
        <Choice
          id="filter-service"
          label={t('register.filter.service')}
          options={refs(options?.services)}
          value={draft.serviceId}
          onChange={(serviceId) => set({ serviceId })}
        />
        <Choice
          id="filter-category"
          label={t('register.filter.category')}
          options={FEEDBACK_CATEGORIES.map((c) => ({ value: c, label: t(`register.category.${c}`) }))}
          value={draft.category}
          onChange={(v) => set({ category: pick(FEEDBACK_CATEGORIES, v) })}
        />
        <Choice
          id="filter-severity"
          label={t('register.filter.severity')}
          options={COMPLAINT_SEVERITIES.map((s) => ({ value: s, label: t(`register.severity.${s}`) }))}
          value={draft.severity}
          onChange={(v) => set({ severity: pick(COMPLAINT_SEVERITIES, v) })}
        />
        <Choice
          id="filter-status"
          label={t('register.filter.status')}
          clearable={false}
          options={REGISTER_STATUSES.map((s) => ({ value: s, label: t(`register.status.${s}`) }))}
          value={draft.status}
          onChange={(v) => set({ status: pick(REGISTER_STATUSES, v) ?? 'all' })}
        />
        <Choice
          id="filter-measures"
          label={t('register.filter.measures')}
          clearable={false}
          options={MEASURE_FILTERS.map((m) => ({ value: m, label: t(`register.measures.${m}`) }))}
          value={draft.measures}
          onChange={(v) => set({ measures: pick(MEASURE_FILTERS, v) ?? 'any' })}
        />
        <Choice
          id="filter-escalated"
          label={t('register.filter.escalated')}
          options={[
            { value: 'yes', label: t('register.escalated.yes') },
            { value: 'no', label: t('register.escalated.no') },
          ]}
          value={draft.escalated === undefined ? undefined : draft.escalated ? 'yes' : 'no'}
          onChange={(v) => set({ escalated: v === undefined ? undefined : v === 'yes' })}
        />
        <Choice
          id="filter-response"
          label={t('register.filter.response')}
          clearable={false}
          options={RESPONSE_FILTERS.map((r) => ({ value: r, label: t(`register.response.${r}`) }))}
          value={draft.response}
          onChange={(v) => set({ response: pick(RESPONSE_FILTERS, v) ?? 'any' })}
        />
        <Choice
          id="filter-period"
          label={t('register.filter.period')}
          clearable={false}
          options={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`register.period.${p}`) }))}
          value={draft.period}
          onChange={(v) => set({ period: pick(PERIOD_PRESETS, v) ?? 'any' })}
        />
      </ColumnGrid>
      {draft.period === 'custom' ? (
        <Inline space="space.200">
          <FormField id="filter-from" label={t('register.filter.from')}>
            {(control) => (
              <Textfield
                id={control.id}
                type="date"
                value={draft.createdFrom ?? ''}
                onChange={(event) => set({ createdFrom: event.currentTarget.value || undefined })}
              />
            )}
          </FormField>
          <FormField id="filter-to" label={t('register.filter.to')}>
            {(control) => (
              <Textfield
                id={control.id}
                type="date"
                value={draft.createdTo ?? ''}
                onChange={(event) => set({ createdTo: event.currentTarget.value || undefined })}
              />
            )}
          </FormField>
        </Inline>
      ) : null}
      <Inline>
        <QuietButton onClick={() => onChange(EMPTY_FILTER)} testId="register-reset">
          {t('register.filter.reset')}
        </QuietButton>
      </Inline>
    </Stack>
  );
}
