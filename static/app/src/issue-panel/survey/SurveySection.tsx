import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { PanelSurveyView, SurveyPanelView } from '#surveys/issue-contract';
import { useCall } from '../../shared/bridge-client';
import { t, type MessageKey } from '../../shared/i18n';
import { useIssueChanged } from '../../shared/issue-events';
import { IssueLink } from '../../shared/ui/IssueLink';
import { StatusLozenge, type LozengeAppearance } from '../../shared/ui/StatusLozenge';
import { surveyPanelClient } from './client';
import { DimensionBars } from './DimensionBars';

const day = (iso: string | null): string => (iso ? new Date(iso).toLocaleDateString() : '');

const STATUS_LOOK: Record<PanelSurveyView['status'], LozengeAppearance> = {
  scheduled: 'default',
  raising: 'default',
  sent: 'inprogress',
  reminded: 'moved',
  answered: 'success',
  expired: 'removed',
  withdrawn: 'default',
};
const NPS_LOOK = { promoter: 'success', passive: 'default', detractor: 'removed' } as const;

/**
 * The request's satisfaction survey for agents, in the Customer relationship panel: the invitation's
 * status, the answers by dimension, the NPS category, the comment, and the customer's last five
 * scores. Nothing shows when there is neither a survey nor an earlier score (and nothing for
 * someone who is not an agent of the project).
 */
export function SurveySection({ issueKey }: { issueKey: string }) {
  const state = useCall(surveyPanelClient, 'getSurveyPanel', { issueKey });
  useIssueChanged(state.reload);
  const panel = state.data;
  if (!panel || (!panel.survey && panel.lastScores.length === 0)) return null;
  return (
    <Stack space="space.100" testId="survey-section">
      <Text size="small" weight="semibold" color="color.text.subtle">
        {t('survey.panel.title')}
      </Text>
      {panel.survey ? <SurveyBody survey={panel.survey} /> : <Text color="color.text.subtlest">{t('survey.panel.none')}</Text>}
      {panel.earlierSurveys > 0 ? (
        <Text size="small" color="color.text.subtlest">
          {t('survey.panel.earlier', { count: panel.earlierSurveys })}
        </Text>
      ) : null}
      <LastScores panel={panel} />
    </Stack>
  );
}

function statusLine(survey: PanelSurveyView): string {
  switch (survey.status) {
    case 'scheduled':
      return t('survey.panel.scheduledFor', { date: day(survey.sendAt) });
    case 'expired':
      return t('survey.panel.expiredOn', { date: day(survey.expiresAt) });
    case 'answered':
      return survey.respondent
        ? t('survey.panel.answeredOn', { date: day(survey.answeredAt), name: survey.respondent.displayName })
        : t('survey.panel.answeredAnonymously', { date: day(survey.answeredAt) });
    default:
      return [
        t('survey.panel.sentOn', { date: day(survey.sentAt) }),
        survey.remindedAt ? t('survey.panel.remindedOn', { date: day(survey.remindedAt) }) : null,
        t('survey.panel.expiresOn', { date: day(survey.expiresAt) }),
      ]
        .filter(Boolean)
        .join(', ');
  }
}

function SurveyBody({ survey }: { survey: PanelSurveyView }) {
  const answered = survey.status === 'answered';
  const extra = survey.answers.filter((a) => a.kind === 'yes-no' && a.value !== null);
  return (
    <Stack space="space.100">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <StatusLozenge appearance={STATUS_LOOK[survey.status]} testId="survey-status">
          {t(`survey.panel.status.${survey.status}` satisfies MessageKey)}
        </StatusLozenge>
        <Text size="small" color="color.text.subtle">
          {statusLine(survey)}
        </Text>
      </Inline>
      {survey.campaign ? (
        <Text size="small" color="color.text.subtle">
          {t('survey.panel.campaign', { name: survey.campaign })}
        </Text>
      ) : null}
      {answered ? (
        <>
          <Inline space="space.300" shouldWrap>
            <Score label={t('survey.panel.overall')} value={survey.overall} max={5} testId="survey-overall" />
            <Stack space="space.025">
              <Text size="small" color="color.text.subtle">
                {t('survey.panel.nps')}
              </Text>
              <Inline space="space.075" alignBlock="center">
                <Text weight="semibold" testId="survey-nps">
                  {survey.nps === null ? t('survey.panel.noScore') : t('survey.panel.outOf', { value: survey.nps, max: 10 })}
                </Text>
                {survey.npsCategory ? (
                  <StatusLozenge appearance={NPS_LOOK[survey.npsCategory]} testId="survey-nps-category">
                    {t(`survey.panel.npsCategory.${survey.npsCategory}` satisfies MessageKey)}
                  </StatusLozenge>
                ) : null}
              </Inline>
            </Stack>
            {survey.ces !== null ? <Score label={t('survey.panel.ces')} value={survey.ces} max={7} testId="survey-ces" /> : null}
          </Inline>
          {survey.dimensions.length > 0 ? (
            <Stack space="space.050">
              <Text size="small" color="color.text.subtle">
                {t('survey.panel.dimensions')}
              </Text>
              <DimensionBars dimensions={survey.dimensions} />
            </Stack>
          ) : null}
          {extra.map((a) => (
            <Text key={a.questionId} size="small">
              {a.text} {a.value === true ? t('survey.panel.yes') : t('survey.panel.no')}
            </Text>
          ))}
          {survey.comment ? (
            <Stack space="space.025">
              <Text size="small" color="color.text.subtle">
                {t('survey.panel.comment')}
              </Text>
              <Box testId="survey-comment">
                <Text as="p">“{survey.comment}”</Text>
              </Box>
            </Stack>
          ) : null}
          <FollowUp survey={survey} />
        </>
      ) : null}
    </Stack>
  );
}

function Score({ label, value, max, testId }: { label: string; value: number | null; max: number; testId: string }) {
  return (
    <Stack space="space.025">
      <Text size="small" color="color.text.subtle">
        {label}
      </Text>
      <Text weight="semibold" testId={testId}>
        {value === null ? t('survey.panel.noScore') : t('survey.panel.outOf', { value, max })}
      </Text>
    </Stack>
  );
}

function FollowUp({ survey }: { survey: PanelSurveyView }) {
  const followUp = survey.followUp;
  if (!followUp) return null;
  if (followUp.status === 'done' && followUp.issueKey) {
    return (
      <Inline space="space.050" alignBlock="center" testId="survey-follow-up">
        <Text size="small">{t('survey.panel.followUp.complaint')}</Text>
        <IssueLink issueKey={followUp.issueKey} />
      </Inline>
    );
  }
  const text =
    followUp.status === 'done'
      ? t('survey.panel.followUp.notified')
      : followUp.status === 'failed'
        ? t('survey.panel.followUp.failed', { reason: followUp.reason ?? '' })
        : t('survey.panel.followUp.pending');
  return (
    <Box testId="survey-follow-up">
      <Text size="small">{text}</Text>
    </Box>
  );
}

function LastScores({ panel }: { panel: SurveyPanelView }) {
  if (!panel.customer || panel.lastScores.length === 0) return null;
  return (
    <Stack space="space.050" testId="survey-last-scores">
      <Text size="small" color="color.text.subtle">
        {t('survey.panel.lastScores', { customer: panel.customer.name })}
      </Text>
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {panel.lastScores.map((s) => (
          <li key={`${s.issueKey}-${s.answeredAt}`}>
            <Text size="small">
              {t('survey.panel.lastScore', {
                key: s.issueKey,
                overall: s.overall === null ? t('survey.panel.noScore') : t('survey.panel.outOf', { value: s.overall, max: 5 }),
                nps: s.nps ?? t('survey.panel.noScore'),
                date: day(s.answeredAt),
              })}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
