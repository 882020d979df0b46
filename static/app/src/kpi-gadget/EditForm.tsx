import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { RadioGroup } from '@atlaskit/radio';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { view } from '@forge/bridge';
import { useState } from 'react';
import { GADGET_LAYOUTS, KPI_GROUPS, MAX_KPIS, type GadgetOptions } from '#kpi/contract';
import { useAction } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { FormField } from '../shared/ui/FormField';
import { RefSelect } from '../shared/ui/RefSelect';
import { kpiClient } from './client';
import { configOf, moveKpi, PERIOD_KINDS, toggleKpi, type Draft } from './edit-draft';

interface Option {
  label: string;
  value: string;
}

/**
 * The gadget's edit view: which KPIs and in what order, a target for each, the scope, the period,
 * the comparison, the layout, how long the current period's values are kept and how often the
 * dashboard refreshes the gadget. Saving checks the configuration as the editor (their projects,
 * customer and service) and hands it to Jira with `view.submit`.
 */
export function EditForm({ options, initial }: { options: GadgetOptions; initial: Draft }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const check = useAction(kpiClient, 'checkGadgetConfig');
  const entry = (id: string) => options.catalogue.find((c) => c.id === id);
  const change = (next: Partial<Draft>) => setDraft((d) => ({ ...d, ...next }));
  const error = (field: string) => errors.get(field);

  const save = async () => {
    const built = configOf(draft);
    if (!built.ok) return setErrors(built.errors);
    setErrors(new Map());
    const result = await check.run(built.config);
    if (!result.ok) {
      if (result.error.field) setErrors(new Map([[result.error.field, result.error.message]]));
      return;
    }
    await view.submit(result.data.config);
  };

  const projectOptions: Option[] = options.projects.map((p) => ({ label: `${p.name} (${p.key})`, value: p.id }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      data-testid="kpi-edit"
    >
      <Stack space="space.200">
        <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend>
            <Text weight="bold">{t('kpi.edit.kpis')}</Text>
          </legend>
          <Text as="p" size="small" color="color.text.subtle">
            {t('kpi.edit.kpis.helper', { max: MAX_KPIS })}
          </Text>
          {error('kpis') ? (
            <Text as="p" color="color.text.danger" testId="error-kpis">
              {draft.kpis.length === 0 ? t('kpi.edit.noKpis') : t('kpi.edit.tooMany', { max: MAX_KPIS })}
            </Text>
          ) : null}
          <Stack space="space.100">
            {KPI_GROUPS.map((group) => (
              <div key={group} role="group" aria-labelledby={`group-${group}`}>
                <Text as="p" weight="medium" id={`group-${group}`}>
                  {t(`kpi.group.${group}`)}
                </Text>
                {options.catalogue
                  .filter((c) => c.group === group)
                  .map((c) => (
                    <Checkbox
                      key={c.id}
                      name="kpis"
                      value={c.id}
                      label={c.available ? c.label : `${c.label} (${t('kpi.edit.kpi.unavailable')})`}
                      isChecked={draft.kpis.some((k) => k.id === c.id)}
                      onChange={() => setDraft((d) => toggleKpi(d, c))}
                      testId={`choose-${c.id}`}
                    />
                  ))}
              </div>
            ))}
          </Stack>
        </fieldset>

        {draft.kpis.length > 0 ? (
          <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
            <legend>
              <Text weight="bold">{t('kpi.edit.chosen')}</Text>
            </legend>
            <Stack space="space.100">
              {draft.kpis.map((k, i) => {
                const c = entry(k.id);
                const label = c?.label ?? k.id;
                return (
                  <Inline key={k.id} space="space.100" alignBlock="end" testId={`chosen-${k.id}`}>
                    <div style={{ flex: 1 }}>
                      <FormField
                        id={`target-${k.id}`}
                        label={t('kpi.edit.target', { label })}
                        error={error(`kpis.${i}.target`) ? t('kpi.edit.target.invalid') : error(`kpis.${i}.id`)}
                        helper={
                          c?.defaultTarget !== null && c?.defaultTarget !== undefined
                            ? t('kpi.edit.target.helper', { value: c.defaultTarget })
                            : t('kpi.edit.target.helperNone')
                        }
                      >
                        {(control) => (
                          <Textfield
                            id={control.id}
                            inputMode="decimal"
                            value={k.target}
                            isInvalid={control.isInvalid}
                            aria-describedby={control.describedBy}
                            onChange={(event) => {
                              const target = event.currentTarget.value;
                              setDraft((d) => ({ ...d, kpis: d.kpis.map((x) => (x.id === k.id ? { ...x, target } : x)) }));
                            }}
                          />
                        )}
                      </FormField>
                    </div>
                    <Button
                      spacing="compact"
                      isDisabled={i === 0}
                      onClick={() => setDraft((d) => moveKpi(d, i, -1))}
                      aria-label={t('kpi.edit.moveUp', { label })}
                    >
                      ↑
                    </Button>
                    <Button
                      spacing="compact"
                      isDisabled={i === draft.kpis.length - 1}
                      onClick={() => setDraft((d) => moveKpi(d, i, 1))}
                      aria-label={t('kpi.edit.moveDown', { label })}
                    >
                      ↓
                    </Button>
                  </Inline>
                );
              })}
            </Stack>
          </fieldset>
        ) : null}

        <FormField
          id="scope-projects"
          label={t('kpi.edit.projects')}
          error={error('scope.projectIds') ?? [...errors].find(([f]) => f.startsWith('scope.projectIds.'))?.[1]}
        >
          {(control) => (
            <Select<Option, true>
              inputId={control.id}
              isMulti
              options={projectOptions}
              value={projectOptions.filter((o) => draft.projectIds.includes(o.value))}
              onChange={(chosen) => change({ projectIds: chosen.map((o) => o.value) })}
              placeholder={t('kpi.edit.projects.placeholder')}
              isInvalid={control.isInvalid}
              aria-describedby={control.describedBy}
            />
          )}
        </FormField>
        <FormField
          id="scope-customer"
          label={t('kpi.edit.customer')}
          error={error('scope.customerId')}
          helper={options.customersCapped ? t('kpi.edit.customers.capped', { max: options.customers.length }) : undefined}
        >
          {(control) => (
            <RefSelect
              inputId={control.id}
              choices={options.customers}
              value={options.customers.find((c) => c.id === draft.customerId) ?? null}
              onChange={(ref) => change({ customerId: ref?.id ?? null })}
              placeholder={t('kpi.edit.customer.placeholder')}
              noOptionsMessage={t('kpi.edit.customer.placeholder')}
              isClearable
              isInvalid={control.isInvalid}
              describedBy={control.describedBy}
            />
          )}
        </FormField>
        <FormField id="scope-service" label={t('kpi.edit.service')} error={error('scope.serviceId')}>
          {(control) => (
            <RefSelect
              inputId={control.id}
              choices={options.services}
              value={options.services.find((s) => s.id === draft.serviceId) ?? null}
              onChange={(ref) => change({ serviceId: ref?.id ?? null })}
              placeholder={t('kpi.edit.service.placeholder')}
              noOptionsMessage={t('kpi.edit.service.placeholder')}
              isClearable
              isInvalid={control.isInvalid}
              describedBy={control.describedBy}
            />
          )}
        </FormField>

        <FormField id="period" label={t('kpi.edit.period')} error={error('period')}>
          {(control) => (
            <select
              id={control.id}
              className="kpi-select"
              value={draft.periodKind}
              aria-describedby={control.describedBy}
              onChange={(event) => {
                const kind = PERIOD_KINDS.find((k) => k === event.currentTarget.value);
                if (kind) change({ periodKind: kind });
              }}
            >
              {PERIOD_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kpi.edit.period.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {draft.periodKind === 'rolling-days' ? (
          <FormField id="period-days" label={t('kpi.edit.days')} error={error('period.days')}>
            {(control) => (
              <Textfield
                id={control.id}
                inputMode="numeric"
                value={draft.days}
                isInvalid={control.isInvalid}
                aria-describedby={control.describedBy}
                onChange={(e) => change({ days: e.currentTarget.value })}
              />
            )}
          </FormField>
        ) : null}
        {draft.periodKind === 'custom' ? (
          <Inline space="space.100">
            <FormField id="period-from" label={t('kpi.edit.from')} error={error('period.from')}>
              {(control) => (
                <Textfield
                  id={control.id}
                  type="date"
                  value={draft.from}
                  isInvalid={control.isInvalid}
                  aria-describedby={control.describedBy}
                  onChange={(e) => change({ from: e.currentTarget.value })}
                />
              )}
            </FormField>
            <FormField id="period-to" label={t('kpi.edit.to')} error={error('period.to')}>
              {(control) => (
                <Textfield
                  id={control.id}
                  type="date"
                  value={draft.to}
                  isInvalid={control.isInvalid}
                  aria-describedby={control.describedBy}
                  onChange={(e) => change({ to: e.currentTarget.value })}
                />
              )}
            </FormField>
          </Inline>
        ) : null}
        <Checkbox label={t('kpi.edit.compare')} isChecked={draft.compare} onChange={(e) => change({ compare: e.currentTarget.checked })} testId="compare" />

        <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend>
            <Text weight="bold">{t('kpi.edit.layout')}</Text>
          </legend>
          <RadioGroup
            name="layout"
            value={draft.layout}
            options={GADGET_LAYOUTS.map((layout) => ({ name: 'layout', value: layout, label: t(`kpi.edit.layout.${layout}`) }))}
            onChange={(e) => {
              const layout = GADGET_LAYOUTS.find((l) => l === e.currentTarget.value);
              if (layout) change({ layout });
            }}
          />
        </fieldset>

        <FormField id="cache-minutes" label={t('kpi.edit.cache')} error={error('cacheMinutes')}>
          {(control) => (
            <Textfield
              id={control.id}
              inputMode="numeric"
              value={draft.cacheMinutes}
              isInvalid={control.isInvalid}
              aria-describedby={control.describedBy}
              onChange={(e) => change({ cacheMinutes: e.currentTarget.value })}
            />
          )}
        </FormField>
        <FormField id="refresh" label={t('kpi.edit.refresh')} error={error('refresh')} helper={t('kpi.edit.refresh.helper')}>
          {(control) => (
            <Textfield
              id={control.id}
              inputMode="numeric"
              value={draft.refresh}
              isInvalid={control.isInvalid}
              aria-describedby={control.describedBy}
              onChange={(e) => change({ refresh: e.currentTarget.value })}
            />
          )}
        </FormField>

        {check.error && !check.error.field ? <ErrorMessage error={check.error} /> : null}
        <Inline space="space.100" alignInline="end">
          <Button appearance="subtle" onClick={() => void view.close()}>
            {t('kpi.edit.cancel')}
          </Button>
          <Button type="submit" appearance="primary" isDisabled={check.pending} testId="kpi-save">
            {check.pending ? t('kpi.edit.saving') : t('kpi.edit.save')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
