import Button from '@atlaskit/button/new';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import type { AdminOverview } from '#provisioning/contract';
import { useCall } from '../../shared/bridge-client';
import { t } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { Checklist } from '../checklist/Checklist';
import { adminClient } from '../client';
import { StepHeading } from '../StepHeading';
import { projectList } from './areas';
import { PlanItems } from './ItemList';

/**
 * What provisioning would do for the chosen projects, read fresh from Jira and changing nothing.
 * "Provision" asks for confirmation, next to the button, before anything is written.
 */
export function PlanReview({
  projectIds,
  teamManagedIds,
  issueTypes,
  onBack,
  onProvision,
}: {
  projectIds: readonly string[];
  /** The chosen team-managed projects, whose manual steps are listed under the plan. */
  teamManagedIds: readonly string[];
  issueTypes: AdminOverview['issueTypes'];
  onBack: () => void;
  onProvision: () => void;
}) {
  const plan = useCall(adminClient, 'planProvisioning', { projectIds: [...projectIds] });
  const [confirming, setConfirming] = useState(false);

  const body = (() => {
    if (!plan.data) return plan.error ? <ErrorMessage error={plan.error} onRetry={plan.reload} /> : <Loading />;
    const { items, writes, complete, projects } = plan.data;
    const names = projectList(
      projects.map((p) => p.key),
      t('admin.list.and'),
    );
    const blocked = items.filter((item) => item.status === 'blocked').length;
    return (
      <Stack space="space.300">
        <Text as="p" color="color.text.subtle">
          {t('admin.plan.for', { projects: projects.map((p) => `${p.name} (${p.key})`).join(', ') })}
        </Text>
        {complete ? (
          <SectionMessage appearance="success" testId="plan-nothing-to-do">
            <Text as="p">{t('admin.plan.nothingToDo', { projects: names })}</Text>
          </SectionMessage>
        ) : writes === 0 && blocked === 0 ? (
          <SectionMessage appearance="warning" testId="plan-admin-only">
            <Text as="p">{t('admin.plan.adminOnly')}</Text>
          </SectionMessage>
        ) : (
          <Stack space="space.100">
            <Text as="p" weight="medium" testId="plan-summary">
              {t('admin.plan.summary', { writes })}
            </Text>
            {blocked > 0 ? (
              <SectionMessage appearance="warning" testId="plan-blocked">
                <Text as="p">{t('admin.plan.blocked', { count: blocked })}</Text>
              </SectionMessage>
            ) : null}
          </Stack>
        )}
        <PlanItems items={items} issueTypes={issueTypes} />
        {teamManagedIds.length > 0 ? <Checklist projectIds={teamManagedIds} /> : null}
        {confirming ? (
          <Confirmation projects={names} writes={writes} onConfirm={onProvision} onCancel={() => setConfirming(false)} />
        ) : (
          <Inline space="space.100">
            <Button onClick={onBack}>{t('admin.plan.back')}</Button>
            {!complete && writes > 0 ? (
              <Button appearance="primary" onClick={() => setConfirming(true)} testId="plan-provision">
                {t('admin.plan.provision')}
              </Button>
            ) : null}
          </Inline>
        )}
      </Stack>
    );
  })();

  return (
    <Stack space="space.200" testId="plan-review">
      <StepHeading>{t('admin.plan.title')}</StepHeading>
      {body}
      {!plan.data ? (
        <Inline>
          <Button onClick={onBack}>{t('admin.plan.back')}</Button>
        </Inline>
      ) : null}
    </Stack>
  );
}

const confirmBox = { border: `2px solid ${token('color.border.warning')}`, borderRadius: 6 };

/** The last word before provisioning writes to Jira. */
function Confirmation({ projects, writes, onConfirm, onCancel }: { projects: string; writes: number; onConfirm: () => void; onCancel: () => void }) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div style={confirmBox} role="group" aria-labelledby="confirm-title" data-testid="plan-confirm">
      <Box padding="space.200" backgroundColor="color.background.warning">
        <Stack space="space.150">
          <Text as="strong" weight="bold" id="confirm-title">
            {t('admin.plan.confirm.title', { projects })}
          </Text>
          <Text as="p">{t('admin.plan.confirm.body', { writes })}</Text>
          <Inline space="space.100">
            <Button ref={confirm} appearance="warning" onClick={onConfirm} testId="plan-confirm-go">
              {t('admin.plan.confirm.go')}
            </Button>
            <Button appearance="subtle" onClick={onCancel}>
              {t('admin.plan.confirm.cancel')}
            </Button>
          </Inline>
        </Stack>
      </Box>
    </div>
  );
}
