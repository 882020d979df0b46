import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { InsightsView } from '#portfolio/contract';
import { t } from '../shared/i18n';
import { formatCount } from '../shared/portfolio/labels';
import { Section } from '../shared/portfolio/Section';
import { Figure } from './Figure';
import { IssueList } from './IssueList';

/** A cost as the viewer's locale writes a number (the fields hold no currency). */
const money = (value: number | null): string => (value === null ? t('portfolio.none') : formatCount(value));

/** Complaints: open, overdue and escalated counts with their lists, and the last resolved with their resolution time. */
export function ComplaintsSection({ complaints }: { complaints: InsightsView['complaints'] }) {
  return (
    <Section title={t('portfolio.panel.complaints')} testId="complaints-section">
      <Inline space="space.300" shouldWrap>
        <Figure label={t('portfolio.complaints.open')} value={complaints.open?.count ?? null} jql={complaints.open?.jql ?? null} testId="complaints-open" />
        <Figure
          label={t('portfolio.complaints.overdue')}
          value={complaints.overdue?.count ?? null}
          jql={complaints.overdue?.jql ?? null}
          testId="complaints-overdue"
        />
        <Figure
          label={t('portfolio.complaints.escalated')}
          value={complaints.escalated?.count ?? null}
          jql={complaints.escalated?.jql ?? null}
          testId="complaints-escalated"
        />
      </Inline>
      <IssueList items={complaints.openItems} empty={t('portfolio.complaints.none')} label={t('portfolio.complaints.openList')} testId="open-complaints" />
      {complaints.escalatedItems.length > 0 && <IssueList items={complaints.escalatedItems} empty="" label={t('portfolio.complaints.escalatedList')} />}
      <Stack space="space.050">
        <Text weight="medium">{t('portfolio.complaints.resolved')}</Text>
        <IssueList
          items={complaints.resolved.items}
          empty={t('portfolio.complaints.noneResolved')}
          label={t('portfolio.complaints.resolved')}
          extra={(item) =>
            item.resolutionDays === null ? null : (
              <Text size="small" color="color.text.subtle">
                {t('portfolio.complaints.resolvedIn', { days: item.resolutionDays })}
              </Text>
            )
          }
        />
      </Stack>
    </Section>
  );
}

export function ComplimentsSection({ compliments }: { compliments: InsightsView['compliments'] }) {
  return (
    <Section title={t('portfolio.panel.compliments')} testId="compliments-section">
      <Figure label={t('portfolio.compliments.all')} value={compliments.all?.count ?? null} jql={compliments.all?.jql ?? null} />
      <IssueList items={compliments.items} empty={t('portfolio.compliments.none')} label={t('portfolio.compliments.all')} />
    </Section>
  );
}

export function PipelineSection({ pipeline }: { pipeline: InsightsView['pipeline'] }) {
  return (
    <Section title={t('portfolio.panel.pipeline')} testId="pipeline-section">
      <Figure label={t('portfolio.pipeline.businessCases')} value={pipeline.businessCases?.count ?? null} jql={pipeline.businessCases?.jql ?? null} />
      <IssueList
        items={pipeline.businessCaseItems}
        empty={t('portfolio.pipeline.none')}
        label={t('portfolio.pipeline.businessCases')}
        extra={(item) => (
          <Text size="small" color="color.text.subtle">
            {t('portfolio.pipeline.costs', { planned: money(item.plannedCost), actual: money(item.actualCost) })}
          </Text>
        )}
      />
      <Figure label={t('portfolio.pipeline.requirements')} value={pipeline.requirements?.count ?? null} jql={pipeline.requirements?.jql ?? null} />
      <IssueList items={pipeline.requirementItems} empty={t('portfolio.pipeline.none')} label={t('portfolio.pipeline.requirements')} />
    </Section>
  );
}

export function IncidentsSection({ incidents }: { incidents: InsightsView['incidents'] }) {
  return (
    <Section title={t('portfolio.panel.incidents')} testId="incidents-section">
      <Figure label={t('portfolio.incidents.open')} value={incidents.open?.count ?? null} jql={incidents.open?.jql ?? null} />
      <IssueList items={incidents.items} empty={t('portfolio.incidents.none')} label={t('portfolio.incidents.open')} />
    </Section>
  );
}
