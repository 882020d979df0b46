import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Textfield from '@atlaskit/textfield';
import { useCallback, useEffect, useState } from 'react';
import { HEALTH_SETTING_BOUNDS, HEALTH_SETTING_KEYS, type HealthRunView } from '#portfolio/contract';
import { useAction, useCall } from '../../shared/bridge-client';
import { fieldMessage } from '../../shared/field-errors';
import { t } from '../../shared/i18n';
import { ColumnGrid } from '../../shared/ui/ColumnGrid';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormField } from '../../shared/ui/FormField';
import { Loading } from '../../shared/ui/Loading';
import { portfolioAdminClient } from './client';
import { JobProgress } from './JobProgress';
import { usePolledJob } from './usePolledJob';

/** The health rule's thresholds, and assessing every customer now. */
export function HealthSettingsSection() {
  const loaded = useCall(portfolioAdminClient, 'getHealthSettings', {});
  const [draft, setDraft] = useState<Record<string, string>>({});
  const save = useAction(portfolioAdminClient, 'saveHealthSettings');
  const [saved, setSaved] = useState('');
  const last = useCall(portfolioAdminClient, 'getHealthAssessment', {});
  const poll = useCallback(() => portfolioAdminClient.call('getHealthAssessment', {}), []);
  const [run, setRun] = usePolledJob<HealthRunView>(last.data?.run ?? null, poll);
  const assess = useAction(portfolioAdminClient, 'assessPortfolioHealth');
  useEffect(() => {
    if (loaded.data) setDraft(Object.fromEntries(HEALTH_SETTING_KEYS.map((k) => [k, String(loaded.data?.settings[k] ?? '')])));
  }, [loaded.data]);
  if (!loaded.data) return loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : <Loading />;
  const defaults = loaded.data.defaults;

  const submit = async () => {
    const settings = { ...defaults };
    for (const key of HEALTH_SETTING_KEYS) settings[key] = Number(draft[key]);
    const result = await save.run({ settings });
    if (result.ok) setSaved(t('portfolio.saved'));
  };
  const startAssessment = async () => {
    const result = await assess.run({});
    if (result.ok) setRun(result.data.run);
  };
  const tally = run?.result?.assessed;
  return (
    <Stack space="space.150" testId="portfolio-health-settings">
      <Heading size="small" as="h3">
        {t('portfolio.admin.health')}
      </Heading>
      <Text color="color.text.subtle">{t('portfolio.admin.healthIntro')}</Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack space="space.150">
          <ColumnGrid minWidth={220}>
            {HEALTH_SETTING_KEYS.map((key) => (
              <FormField key={key} id={`setting-${key}`} label={t(`portfolio.setting.${key}`)} error={fieldMessage(save.error, `settings.${key}`)}>
                {(control) => (
                  <Textfield
                    id={control.id}
                    type="number"
                    aria-describedby={control.describedBy}
                    isInvalid={control.isInvalid}
                    min={HEALTH_SETTING_BOUNDS[key].min}
                    max={HEALTH_SETTING_BOUNDS[key].max}
                    value={draft[key] ?? ''}
                    onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
                  />
                )}
              </FormField>
            ))}
          </ColumnGrid>
          <Inline space="space.100">
            <Button type="submit" appearance="primary" isLoading={save.pending} testId="save-thresholds">
              {t('portfolio.admin.saveThresholds')}
            </Button>
            <Button onClick={() => setDraft(Object.fromEntries(HEALTH_SETTING_KEYS.map((k) => [k, String(defaults[k])])))}>
              {t('portfolio.admin.resetThresholds')}
            </Button>
          </Inline>
          <div role="status">{saved && <Text size="small">{saved}</Text>}</div>
          {save.error && !save.error.field && <ErrorMessage error={save.error} />}
        </Stack>
      </form>
      <Inline space="space.100" alignBlock="center">
        <Button onClick={() => void startAssessment()} isLoading={assess.pending} testId="assess-now">
          {t('portfolio.admin.assess')}
        </Button>
        {tally && run?.status === 'done' && (
          <Text>{t('portfolio.admin.assessed', { healthy: tally.healthy, watch: tally.watch, atRisk: tally['at-risk'] })}</Text>
        )}
      </Inline>
      {run && <JobProgress run={run} label={t('portfolio.admin.assess')} status={t('portfolio.admin.assessProgress', { count: run.progress.done })} />}
    </Stack>
  );
}
