import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import ProgressBar from '@atlaskit/progress-bar';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useEffect } from 'react';
import { useCall } from '../../../shared/bridge-client';
import { t, type MessageKey } from '../../../shared/i18n';
import { formatList, formatNumber } from '../../../shared/i18n/format';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import { surveyAdminClient } from '../client';
import { day, percent } from '../controls';
import { cellStyle, SurveyTable } from '../SurveyTable';
import { CampaignRepeat } from './CampaignRepeat';

/** How often the view asks again while the campaign's job runs. */
const POLL_MS = 2000;

const cell = cellStyle('figures');

/**
 * One campaign: a progress bar while its job raises the survey requests, then sent, answered,
 * expired and the response rate per organization; whether and how often it repeats.
 */
export function CampaignDetail({ id, onBack, onOpen }: { id: string; onBack: () => void; onOpen: (id: string) => void }) {
  const loaded = useCall(surveyAdminClient, 'getCampaign', { id });
  const campaign = loaded.data?.campaign;
  const job = campaign?.job;
  const running = job !== null && job !== undefined && (job.status === 'queued' || job.status === 'running');
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(loaded.reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, loaded.data, loaded.reload]);
  if (!campaign) return loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : <Loading />;

  // Until the contacts are listed the job has no total; then it counts the contacts sent to.
  const progressLabel =
    job && job.progress.total > 0
      ? t('surveys.campaigns.view.sending', { done: job.progress.done, total: job.progress.total })
      : t('surveys.campaigns.view.planning');
  const share = job && job.progress.total > 0 ? Math.min(1, job.progress.done / job.progress.total) : undefined;
  const none = t('surveys.results.none');
  return (
    <Stack space="space.300" testId="campaign-detail">
      <Inline>
        <Button appearance="subtle" onClick={onBack}>
          {t('surveys.campaigns.view.back')}
        </Button>
      </Inline>
      <Heading size="small" as="h3">
        {campaign.name}
      </Heading>
      <Text>
        {t(`surveys.campaigns.status.${campaign.finished ? 'finished' : campaign.status}` satisfies MessageKey)}
        {' · '}
        {t('surveys.campaigns.view.summary', { contacts: campaign.contacts, date: day(campaign.createdAt) })}
      </Text>
      <Text testId="campaign-chosen">
        {campaign.organizationsBy === 'tier'
          ? t('surveys.campaigns.view.byTier', { tiers: formatList(campaign.tiers.map((tier) => t(`surveys.campaigns.tier.${tier}` satisfies MessageKey))) })
          : t('surveys.campaigns.view.byName', { names: formatList(campaign.organizations.map((o) => o.name ?? o.organizationId)) })}
      </Text>
      {campaign.organizationsBy === 'tier' ? <Text color="color.text.subtle">{t('surveys.campaigns.view.tiersNote')}</Text> : null}
      {running ? (
        <Stack space="space.075" testId="campaign-progress">
          <Text>{progressLabel}</Text>
          {share === undefined ? <ProgressBar ariaLabel={progressLabel} isIndeterminate /> : <ProgressBar ariaLabel={progressLabel} value={share} />}
        </Stack>
      ) : campaign.finished ? (
        <Text color="color.text.subtle">{t('surveys.campaigns.view.finished')}</Text>
      ) : campaign.status === 'sent' ? (
        <Text color="color.text.subtle" testId="campaign-sent">
          {t('surveys.campaigns.view.sentAll')}
        </Text>
      ) : null}
      <CampaignRepeat campaign={campaign} onChanged={loaded.reload} onOpen={onOpen} />
      {campaign.failedContacts > 0 ? (
        <Text color="color.text.danger">{t('surveys.campaigns.view.failedContacts', { count: campaign.failedContacts })}</Text>
      ) : campaign.error ? (
        <Text color="color.text.danger">{t('surveys.campaigns.view.error', { error: campaign.error })}</Text>
      ) : null}
      {loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : null}
      <SurveyTable
        columns={[
          t('surveys.campaigns.view.column.organization'),
          t('surveys.campaigns.view.column.sent'),
          t('surveys.campaigns.view.column.answered'),
          t('surveys.campaigns.view.column.expired'),
          t('surveys.campaigns.view.column.rate'),
        ]}
        spacing="figures"
        testId="campaign-organizations"
      >
        {campaign.organizations.map((o) => (
          <tr key={o.organizationId}>
            <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 'normal' }}>
              {o.name ?? t('surveys.campaigns.view.unknownOrganization', { id: o.organizationId })}
            </th>
            <td style={cell}>{formatNumber(o.sent)}</td>
            <td style={cell}>{formatNumber(o.answered)}</td>
            <td style={cell}>{formatNumber(o.expired)}</td>
            <td style={cell}>{percent(o.responseRate) ?? none}</td>
          </tr>
        ))}
      </SurveyTable>
    </Stack>
  );
}
