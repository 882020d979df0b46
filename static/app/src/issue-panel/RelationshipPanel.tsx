import { Box } from '@atlaskit/primitives/compiled/box';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { view } from '@forge/bridge';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { NamedRef } from '#kernel/input-schemas';
import type { FeedbackState } from '#feedback/contract';
import { useCall } from '../shared/bridge-client';
import { useCustomerChoices, useServiceChoices } from '../shared/choices';
import { t } from '../shared/i18n';
import { issueClient } from '../shared/issue-client';
import { useIssueChanged } from '../shared/issue-events';
import { ColumnGrid } from '../shared/ui/ColumnGrid';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { FeedbackBadge } from '../shared/ui/FeedbackBadge';
import { Loading } from '../shared/ui/Loading';
import { EditableRef } from './EditableRef';
import { FieldCheckNote } from './FieldCheckNote';

/** The survey section's code (and the survey contract) loads after the panel has painted its fields. */
const SurveySection = lazy(() => import('./survey/SurveySection').then((m) => ({ default: m.SurveySection })));

/** "Customer relationship" on a ticket: its customer and service, and its customer feedback. */
export function RelationshipPanel({ issueKey }: { issueKey: string }) {
  const state = useCall(issueClient, 'getFeedbackState', { issueKey });
  useIssueChanged(state.reload);
  if (!state.data) return state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : <Loading />;
  return <PanelBody issueKey={issueKey} state={state.data} />;
}

function PanelBody({ issueKey, state }: { issueKey: string; state: FeedbackState }) {
  const [customer, setCustomer] = useState<NamedRef | null>(state.customer);
  const [service, setService] = useState<NamedRef | null>(state.service);
  useEffect(() => setCustomer(state.customer), [state.customer]);
  useEffect(() => setService(state.service), [state.service]);
  const useCustomers = () => useCustomerChoices(issueKey);
  const useServices = () => useServiceChoices(issueKey);

  // The ticket's fields changed: the host refreshes the issue so its Customer and Service fields agree.
  const refreshIssue = () => void view.refresh().catch(() => undefined);

  return (
    <Stack space="space.200" testId="relationship-panel">
      <ColumnGrid minWidth={200}>
        <EditableRef
          field="customerId"
          label={t('issue.panel.customer')}
          value={customer}
          canEdit={state.canEdit}
          useChoices={useCustomers}
          placeholder={t('issue.customer.placeholder')}
          noOptionsMessage={t('issue.customer.noOptions')}
          loadFailed={(message) => t('issue.customer.loadFailed', { message })}
          save={async (next) => {
            const result = await issueClient.call('setCustomer', { issueKey, customerId: next?.id ?? null });
            return result.ok ? { ok: true, data: result.data.customer } : result;
          }}
          onSaved={(next) => {
            setCustomer(next);
            refreshIssue();
          }}
        />
        <EditableRef
          field="serviceId"
          label={t('issue.panel.service')}
          value={service}
          canEdit={state.canEdit}
          useChoices={useServices}
          placeholder={t('issue.service.placeholder')}
          noOptionsMessage={t('issue.service.noOptions')}
          loadFailed={(message) => t('issue.service.loadFailed', { message })}
          unlistedLabel={(value) => t('issue.service.archived', { name: value.name })}
          save={async (next) => {
            const result = await issueClient.call('setService', { issueKey, serviceId: next?.id ?? null });
            return result.ok ? { ok: true, data: result.data.service } : result;
          }}
          onSaved={(next) => {
            setService(next);
            refreshIssue();
          }}
        />
      </ColumnGrid>
      <FieldCheckNote field="customer" check={state.checks.customer} />
      <FieldCheckNote field="service" check={state.checks.service} />
      <Stack space="space.050">
        <Text size="small" weight="semibold" color="color.text.subtle">
          {t('issue.panel.feedback')}
        </Text>
        {state.tag ? (
          <FeedbackBadge tag={state.tag} showSummary />
        ) : (
          <Box testId="panel-not-tagged">
            <Text color="color.text.subtlest">{t('issue.panel.notTagged')}</Text>
          </Box>
        )}
      </Stack>
      <Suspense fallback={null}>
        <SurveySection issueKey={issueKey} />
      </Suspense>
    </Stack>
  );
}
