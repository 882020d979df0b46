import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useCall } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { useIssueChanged } from '../shared/issue-events';
import { portfolioClient } from '../shared/portfolio/client';
import { JqlLink } from '../shared/portfolio/JqlLink';
import { formatDay, HealthLozenge, percent, formatCount } from '../shared/portfolio/labels';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { Loading } from '../shared/ui/Loading';

/** Tier, BRM owner, health, CSAT trend and open complaints of the ticket's customer. */
export function CustomerGlance({ issueKey }: { issueKey: string }) {
  const state = useCall(portfolioClient, 'getCustomerGlance', { issueKey });
  useIssueChanged(state.reload);
  if (!state.data) return state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : <Loading />;
  const glance = state.data;
  if (!glance.hasCustomer)
    return (
      <Text size="small" color="color.text.subtlest">
        {t('portfolio.glance.noCustomer')}
      </Text>
    );
  const csat =
    glance.csat === null
      ? null
      : glance.csatPrevious === null
        ? t('portfolio.glance.csat', { value: percent(glance.csat) })
        : t('portfolio.glance.csatTrend', { from: percent(glance.csatPrevious), to: percent(glance.csat) });
  return (
    <Stack space="space.075" testId="customer-glance">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Text weight="bold">{glance.customer.name}</Text>
        <HealthLozenge status={glance.health?.status ?? null} testId="glance-health" />
      </Inline>
      <Text size="small">
        {t('portfolio.glance.tierOwner', {
          tier: glance.tier ? t(`portfolio.tier.${glance.tier}`) : t('portfolio.none'),
          owner: glance.owner?.displayName ?? t('portfolio.profile.noOwner'),
        })}
      </Text>
      {csat && <Text size="small">{csat}</Text>}
      <Inline space="space.050" alignBlock="center">
        <Text size="small">{t('portfolio.glance.complaints')}</Text>
        {glance.openComplaints ? (
          <JqlLink jql={glance.openComplaints.jql}>{formatCount(glance.openComplaints.count)}</JqlLink>
        ) : (
          <Text size="small" color="color.text.subtlest">
            {t('portfolio.count.unavailable')}
          </Text>
        )}
      </Inline>
      {glance.health && (
        <Text size="small" color="color.text.subtlest">
          {t('portfolio.glance.assessed', { date: formatDay(glance.health.assessedAt) })}
        </Text>
      )}
    </Stack>
  );
}
