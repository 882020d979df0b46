import SectionMessage from '@atlaskit/section-message';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { AgreementView, CustomerView, SaveOutcome } from '#portfolio/contract';
import { useAction, useCall } from '../shared/bridge-client';
import { t } from '../shared/i18n';
import { portfolioClient } from '../shared/portfolio/client';
import { HealthLozenge, formatMoment } from '../shared/portfolio/labels';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { Loading } from '../shared/ui/Loading';
import { AgreementsSection } from './AgreementsSection';
import { HealthSection } from './HealthSection';
import { HistorySection } from './HistorySection';
import { ProfileSection } from './ProfileSection';
import { SatisfactionSection } from './SatisfactionSection';
import { ComplaintsSection, ComplimentsSection, IncidentsSection, PipelineSection } from './TicketSections';

// The editors (selects, text fields, buttons) load only when the owner or an admin edits.
const ProfileEditor = lazy(() => import('./ProfileEditor').then((m) => ({ default: m.ProfileEditor })));
const LifecycleEditor = lazy(() => import('./LifecycleEditor').then((m) => ({ default: m.LifecycleEditor })));
const AgreementEditor = lazy(() => import('./AgreementEditor').then((m) => ({ default: m.AgreementEditor })));

type Editing = { kind: 'none' } | { kind: 'profile' } | { kind: 'lifecycle' } | { kind: 'agreement'; agreement?: AgreementView };

/**
 * The customer at a glance on the JSM organization page: health and its reasons, the profile,
 * satisfaction per service, complaints, compliments, pipeline, incidents, agreements and the
 * history. The profile loads first; the counts (asked of Jira) fill in as they arrive.
 */
export function CustomerPanel({ organizationId }: { organizationId: string }) {
  const customerCall = useCall(portfolioClient, 'getCustomer', { organizationId });
  const insights = useCall(portfolioClient, 'getCustomerInsights', { organizationId });
  const remove = useAction(portfolioClient, 'removeAgreement');
  const [customer, setCustomer] = useState<CustomerView | undefined>(undefined);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [conflict, setConflict] = useState<{ name: string; time: string } | undefined>(undefined);
  const [highlighted, setHighlighted] = useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => setCustomer(customerCall.data), [customerCall.data]);

  if (!customer) return customerCall.error ? <ErrorMessage error={customerCall.error} onRetry={customerCall.reload} /> : <Loading />;

  const done = (outcome: SaveOutcome) => {
    setCustomer(outcome.customer);
    setEditing({ kind: 'none' });
    if (outcome.saved) {
      setConflict(undefined);
      setAnnouncement(t('portfolio.saved'));
      insights.reload();
    } else setConflict({ name: outcome.changedBy?.displayName ?? t('portfolio.none'), time: formatMoment(outcome.changedAt) });
  };
  const cancel = () => setEditing({ kind: 'none' });
  const showAgreement = (agreementId: string) => {
    setHighlighted(agreementId);
    document.getElementById(`agreement-${agreementId}`)?.focus();
  };
  const removeAgreement = async (agreement: AgreementView) => {
    const result = await remove.run({ organizationId, version: customer.profile.version, agreementId: agreement.agreementId });
    if (result.ok) done(result.data);
  };

  const editor = (() => {
    switch (editing.kind) {
      case 'profile':
        return <ProfileEditor customer={customer} onDone={done} onCancel={cancel} />;
      case 'lifecycle':
        return <LifecycleEditor customer={customer} onDone={done} onCancel={cancel} />;
      case 'agreement':
        return <AgreementEditor customer={customer} agreement={editing.agreement} onDone={done} onCancel={cancel} />;
      default:
        return null;
    }
  })();

  return (
    <Stack space="space.300" testId="customer-panel">
      <Inline space="space.150" alignBlock="center" shouldWrap>
        <HealthLozenge status={insights.data?.health.status ?? null} />
        {customer.profile.tier && <Text weight="medium">{t(`portfolio.tier.${customer.profile.tier}`)}</Text>}
        {customer.profile.owner && <Text color="color.text.subtle">{customer.profile.owner.displayName}</Text>}
      </Inline>
      <div role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {announcement}
      </div>
      {conflict && (
        <SectionMessage appearance="warning" title={t('portfolio.conflict.title')} testId="conflict-message">
          <p>{t('portfolio.conflict.body', conflict)}</p>
        </SectionMessage>
      )}
      {remove.error && <ErrorMessage error={remove.error} />}
      {editor && <Suspense fallback={<Loading />}>{editor}</Suspense>}
      {insights.data ? (
        <HealthSection health={insights.data.health} onShowAgreement={showAgreement} />
      ) : insights.error ? (
        <ErrorMessage error={insights.error} onRetry={insights.reload} />
      ) : (
        <Loading />
      )}
      <ProfileSection customer={customer} onEdit={() => setEditing({ kind: 'profile' })} onChangeLifecycle={() => setEditing({ kind: 'lifecycle' })} />
      {insights.data && (
        <>
          <SatisfactionSection satisfaction={insights.data.satisfaction} />
          <ComplaintsSection complaints={insights.data.complaints} />
          <ComplimentsSection compliments={insights.data.compliments} />
          <PipelineSection pipeline={insights.data.pipeline} />
          <IncidentsSection incidents={insights.data.incidents} />
        </>
      )}
      <AgreementsSection
        customer={customer}
        highlighted={highlighted}
        onAdd={() => setEditing({ kind: 'agreement' })}
        onEdit={(agreement) => setEditing({ kind: 'agreement', agreement })}
        onRemove={(a) => void removeAgreement(a)}
      />
      <HistorySection history={customer.history} />
    </Stack>
  );
}
