import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Textfield from '@atlaskit/textfield';
import { useEffect, useState, type FormEvent } from 'react';
import { THRESHOLD_KEYS, THRESHOLD_MAX_DAYS, THRESHOLD_MIN_DAYS, type RegisterSettings } from '#register/contract';
import type { PersonView } from '#register/contract';
import type { CallError } from '#kernel/contract';
import { PersonPicker } from '../../complaint-panel/PersonPicker';
import { useCall } from '../../shared/bridge-client';
import { fieldMessage } from '../../shared/field-errors';
import { t } from '../../shared/i18n';
import { ColumnGrid } from '../../shared/ui/ColumnGrid';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormField } from '../../shared/ui/FormField';
import { Loading } from '../../shared/ui/Loading';
import { registerSettingsClient } from './client';

const noInput = {};

/** The complaint register's settings: the resolution rule per project, escalation thresholds, the contact, the time zone. */
export function RegisterSettingsTab() {
  const loaded = useCall(registerSettingsClient, 'getRegisterSettings', noInput);
  const [settings, setSettings] = useState<RegisterSettings | undefined>(undefined);
  const [contact, setContact] = useState<PersonView | null>(null);
  const [thresholdText, setThresholdText] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<CallError | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!loaded.data) return;
    setSettings(loaded.data.settings);
    setContact(loaded.data.contact);
    setThresholdText(Object.fromEntries(Object.entries(loaded.data.settings.thresholds).map(([k, v]) => [k, String(v)])));
  }, [loaded.data]);

  if (!loaded.data || !settings) return loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : <Loading />;

  const toggleRule = (projectId: string, on: boolean) =>
    setSettings({
      ...settings,
      validatorDisabledProjectIds: on
        ? settings.validatorDisabledProjectIds.filter((id) => id !== projectId)
        : [...settings.validatorDisabledProjectIds, projectId],
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setSaved(false);
    setError(undefined);
    const days = (key: (typeof THRESHOLD_KEYS)[number]): number => Number(thresholdText[key] ?? '');
    const thresholds = {
      low: days('low'),
      medium: days('medium'),
      high: days('high'),
      critical: days('critical'),
      unrated: days('unrated'),
    } satisfies RegisterSettings['thresholds'];
    const result = await registerSettingsClient.call('saveRegisterSettings', {
      ...settings,
      thresholds,
      escalationContactAccountId: contact?.accountId ?? null,
    });
    setPending(false);
    if (result.ok) {
      setSettings(result.data.settings);
      setSaved(true);
    } else setError(result.error);
  };

  const fieldErrors = ['thresholds', 'escalationContactAccountId', 'timeZone', 'validatorDisabledProjectIds'];
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('admin.tab.register')} data-testid="register-settings">
      <Stack space="space.300">
        <Text as="p" color="color.text.subtle">
          {t('admin.register.intro')}
        </Text>
        <Stack space="space.100">
          <Heading size="small" as="h2">
            {t('admin.register.rule')}
          </Heading>
          <Text as="p">{t('admin.register.rule.intro')}</Text>
          {loaded.data.projects.length === 0 ? <Text>{t('admin.register.rule.none')}</Text> : null}
          {loaded.data.projects.map((project) => (
            <Checkbox
              key={project.id}
              isChecked={!settings.validatorDisabledProjectIds.includes(project.id)}
              onChange={(event) => toggleRule(project.id, event.currentTarget.checked)}
              label={t('admin.register.rule.project', { project: `${project.name} (${project.key})` })}
              testId={`rule-${project.key}`}
            />
          ))}
        </Stack>
        <Stack space="space.100">
          <Heading size="small" as="h2">
            {t('admin.register.thresholds')}
          </Heading>
          <Text as="p">{t('admin.register.thresholds.intro')}</Text>
          <ColumnGrid minWidth={160}>
            {THRESHOLD_KEYS.map((key) => (
              <FormField
                key={key}
                id={`threshold-${key}`}
                label={t(`admin.register.threshold.${key}`)}
                required
                error={fieldMessage(error, `thresholds.${key}`)}
              >
                {(control) => (
                  <Textfield
                    id={control.id}
                    type="number"
                    min={THRESHOLD_MIN_DAYS}
                    max={THRESHOLD_MAX_DAYS}
                    value={thresholdText[key] ?? ''}
                    onChange={(event) => setThresholdText({ ...thresholdText, [key]: event.currentTarget.value })}
                    isInvalid={control.isInvalid}
                    aria-describedby={control.describedBy}
                  />
                )}
              </FormField>
            ))}
          </ColumnGrid>
        </Stack>
        <ColumnGrid minWidth={260}>
          <FormField
            id="register-contact"
            label={t('admin.register.contact')}
            helper={t('admin.register.contact.helper')}
            error={fieldMessage(error, 'escalationContactAccountId')}
          >
            {(control) => (
              <PersonPicker
                inputId={control.id}
                value={contact}
                onChange={setContact}
                search={(query) => registerSettingsClient.call('findContacts', { query })}
                placeholder={t('admin.register.contact.placeholder')}
                noOptionsMessage={t('admin.register.contact.noOptions')}
                isInvalid={control.isInvalid}
                describedBy={control.describedBy}
              />
            )}
          </FormField>
          <FormField
            id="register-time-zone"
            label={t('admin.register.timeZone')}
            required
            helper={t('admin.register.timeZone.helper')}
            error={fieldMessage(error, 'timeZone')}
          >
            {(control) => (
              <Textfield
                id={control.id}
                value={settings.timeZone}
                onChange={(event) => setSettings({ ...settings, timeZone: event.currentTarget.value })}
                isInvalid={control.isInvalid}
                aria-describedby={control.describedBy}
              />
            )}
          </FormField>
        </ColumnGrid>
        {error && !fieldErrors.some((f) => fieldMessage(error, f)) ? <ErrorMessage error={error} /> : null}
        <div>
          <Button type="submit" appearance="primary" isLoading={pending} testId="register-settings-save">
            {t('admin.register.save')}
          </Button>
        </div>
        <span role="status">{saved ? t('admin.register.saved') : ''}</span>
      </Stack>
    </form>
  );
}
