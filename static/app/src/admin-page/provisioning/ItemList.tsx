import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';
import type { AdminActionView, AdminOverview, PlanItemView, RunItemView } from '#provisioning/contract';
import { t } from '../../shared/i18n';
import { StatusLozenge, type LozengeAppearance } from '../../shared/ui/StatusLozenge';
import { IssueTypeIcon } from '../IssueTypeIcon';
import { SettingsLink } from '../SettingsLink';
import { countBy, groupByArea, issueTypeKeyOf, type PlanArea } from './areas';

type IssueTypes = AdminOverview['issueTypes'];

const list: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const row: CSSProperties = { borderTop: `1px solid ${token('color.border')}`, padding: `${token('space.100')} 0` };

/** Project keys and write counts keep their width; the summary takes what is left. */
const trailingColumn: CSSProperties = { flexShrink: 0, whiteSpace: 'nowrap' };
const statusColumn: CSSProperties = { flexShrink: 0, minWidth: 104 };

const planAppearance: Record<PlanItemView['status'], LozengeAppearance> = { inPlace: 'success', todo: 'inprogress', blocked: 'removed', needsAdmin: 'moved' };
const outcomeAppearance: Record<RunItemView['outcome'], LozengeAppearance> = {
  done: 'success',
  skipped: 'default',
  failed: 'removed',
  notAttempted: 'moved',
  needsAdmin: 'moved',
};
const OUTCOMES = ['done', 'skipped', 'needsAdmin', 'failed', 'notAttempted'] as const;

/** The plan's items by area, each with its status, the projects it is for and the writes it takes. */
export function PlanItems({ items, issueTypes }: { items: readonly PlanItemView[]; issueTypes: IssueTypes }) {
  return (
    <Stack space="space.300" testId="plan-items">
      {groupByArea(items).map(({ area, items: inArea }) => {
        const counts = countBy(inArea, (item) => item.status);
        const summary = [
          t('admin.plan.areaCounts', { todo: counts.todo ?? 0, inPlace: counts.inPlace ?? 0 }),
          counts.blocked ? t('admin.plan.areaBlocked', { blocked: counts.blocked }) : '',
        ]
          .filter(Boolean)
          .join(', ');
        return (
          <AreaSection key={area} area={area} counts={summary}>
            {inArea.map((item) => (
              <ItemRow
                key={item.id}
                testId={`plan-item-${item.id}`}
                lozenge={<StatusLozenge appearance={planAppearance[item.status]}>{t(`admin.plan.status.${item.status}`)}</StatusLozenge>}
                item={item}
                issueTypes={issueTypes}
                trailing={item.writes > 0 ? (item.writes === 1 ? t('admin.plan.write') : t('admin.plan.writes', { count: item.writes })) : undefined}
                problem={item.blockedReason}
                adminAction={item.adminAction}
                afterwards={item.status === 'todo'}
              />
            ))}
          </AreaSection>
        );
      })}
    </Stack>
  );
}

/** A run's items by area, each with what happened to it and why. */
export function ReportItems({ items, issueTypes }: { items: readonly RunItemView[]; issueTypes: IssueTypes }) {
  return (
    <Stack space="space.300" testId="report-items">
      {groupByArea(items).map(({ area, items: inArea }) => {
        const counts = countBy(inArea, (item) => item.outcome);
        const summary = OUTCOMES.filter((outcome) => (counts[outcome] ?? 0) > 0)
          .map((outcome) => `${counts[outcome] ?? 0} ${t(`admin.run.outcome.${outcome}`).toLocaleLowerCase()}`)
          .join(', ');
        return (
          <AreaSection key={area} area={area} counts={summary}>
            {inArea.map((item) => (
              <ItemRow
                key={item.id}
                testId={`report-item-${item.id}`}
                lozenge={<StatusLozenge appearance={outcomeAppearance[item.outcome]}>{t(`admin.run.outcome.${item.outcome}`)}</StatusLozenge>}
                item={item}
                issueTypes={issueTypes}
                problem={item.outcome === 'failed' || item.outcome === 'notAttempted' ? item.reason : undefined}
                note={item.note}
                adminAction={item.outcome === 'needsAdmin' ? item.adminAction : undefined}
              />
            ))}
          </AreaSection>
        );
      })}
    </Stack>
  );
}

function AreaSection({ area, counts, children }: { area: PlanArea; counts: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`area-${area}`} data-testid={`area-${area}`}>
      <Stack space="space.100">
        <Stack space="space.025">
          <Inline space="space.100" alignBlock="baseline" shouldWrap>
            <Heading size="xsmall" as="h3" id={`area-${area}`}>
              {t(`admin.area.${area}`)}
            </Heading>
            <Text size="small" color="color.text.subtlest">
              {counts}
            </Text>
          </Inline>
          <Text size="small" color="color.text.subtle">
            {t(`admin.area.${area}.about`)}
          </Text>
        </Stack>
        <ul style={list}>{children}</ul>
      </Stack>
    </section>
  );
}

function ItemRow({
  item,
  issueTypes,
  lozenge,
  trailing,
  problem,
  note,
  adminAction,
  afterwards = false,
  testId,
}: {
  item: PlanItemView | RunItemView;
  issueTypes: IssueTypes;
  lozenge: ReactNode;
  trailing?: string;
  problem?: string;
  note?: string;
  /** What an admin must do by hand, with a link to the page; `afterwards` once the app has written its part. */
  adminAction?: AdminActionView;
  afterwards?: boolean;
  testId: string;
}) {
  const typeKey = issueTypeKeyOf(item);
  const type = typeKey ? issueTypes.find((candidate) => candidate.key === typeKey) : undefined;
  return (
    <li style={row} data-testid={testId}>
      <Inline space="space.150" alignBlock="start">
        <div style={statusColumn}>{lozenge}</div>
        <Stack space="space.025" grow="fill">
          <Inline space="space.075" alignBlock="center">
            {typeKey ? <IssueTypeIcon typeKey={typeKey} /> : null}
            <Text>{item.summary}</Text>
          </Inline>
          {type ? (
            <Text size="small" color="color.text.subtle">
              {type.description}
            </Text>
          ) : null}
          {problem ? (
            <Text size="small" color="color.text.danger" testId={`${testId}-reason`}>
              {problem}
            </Text>
          ) : null}
          {note ? (
            <Text size="small" color="color.text.subtlest">
              {note}
            </Text>
          ) : null}
          {adminAction ? (
            <Text size="small" color="color.text.warning" testId={`${testId}-admin`}>
              {afterwards ? t('admin.plan.afterwards', { message: adminAction.message }) : adminAction.message}{' '}
              <SettingsLink link={adminAction.link} testId={`${testId}-link`} />
            </Text>
          ) : null}
        </Stack>
        <div style={trailingColumn}>
          <Inline space="space.100" alignBlock="center">
            {item.projectKeys.map((key) => (
              <StatusLozenge key={key}>{key}</StatusLozenge>
            ))}
            {trailing ? (
              <Text size="small" color="color.text.subtlest">
                {trailing}
              </Text>
            ) : null}
          </Inline>
        </div>
      </Inline>
    </li>
  );
}
