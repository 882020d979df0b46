import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useEffect, useState, type FormEvent } from 'react';
import type { PortalSurveyView } from '#surveys/portal-contract';
import { useAction, useCall } from '../shared/bridge-client';
import { fieldMessage } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { Loading } from '../shared/ui/Loading';
import { PrimaryButton } from '../shared/ui/PrimaryButton';
import { QuietButton } from '../shared/ui/QuietButton';
import { answersOf, draftProblems, initialDraft, type AnswerDraft } from './answer-draft';
import { portalClient } from './client';
import { problemMessage, Question } from './Questions';

const day = (iso: string | null): string => (iso ? new Date(iso).toLocaleDateString() : '');
const time = (iso: string | null): string => (iso ? new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '');

/** The survey of one request: loads it, and shows the form, the thanks or why it is closed. */
export function SurveyPanel({ issueKey, locale }: { issueKey: string; locale: string | undefined }) {
  const state = useCall(portalClient, 'getPortalSurvey', { issueKey, ...(locale ? { locale } : {}) });
  const [editing, setEditing] = useState(false);
  if (!state.data) return state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : <Loading />;
  const survey = state.data.survey;
  if (!survey) {
    return (
      <Box padding="space.100" testId="survey-none">
        <Text color="color.text.subtle">{t('survey.portal.none')}</Text>
      </Box>
    );
  }
  if (survey.state === 'expired') {
    return (
      <Box padding="space.100" testId="survey-expired">
        <Text>{t('survey.portal.expired', { date: day(survey.expiresAt) })}</Text>
      </Box>
    );
  }
  if (survey.state === 'answered' && !editing) {
    return (
      <Box padding="space.100" testId="survey-thanks">
        <Stack space="space.100">
          <Text weight="semibold">
            {survey.answers ? (survey.anonymous ? t('survey.portal.thanksAnonymous') : t('survey.portal.thanks')) : t('survey.portal.answered')}
          </Text>
          {survey.answers && survey.editableUntil ? (
            <Inline space="space.100" alignBlock="center">
              <Text color="color.text.subtle">{t('survey.portal.editUntil', { time: time(survey.editableUntil) })}</Text>
              <QuietButton onClick={() => setEditing(true)} testId="survey-change">
                {t('survey.portal.change')}
              </QuietButton>
            </Inline>
          ) : null}
        </Stack>
      </Box>
    );
  }
  return (
    <SurveyForm
      issueKey={issueKey}
      locale={locale}
      survey={survey}
      onDone={() => {
        setEditing(false);
        state.reload();
      }}
      onCancel={editing ? () => setEditing(false) : undefined}
    />
  );
}

function SurveyForm({
  issueKey,
  locale,
  survey,
  onDone,
  onCancel,
}: {
  issueKey: string;
  locale: string | undefined;
  survey: PortalSurveyView;
  onDone: () => void;
  onCancel: (() => void) | undefined;
}) {
  const [draft, setDraft] = useState<AnswerDraft>(() => initialDraft(survey));
  const [tried, setTried] = useState(false);
  const submit = useAction(portalClient, 'submitSurveyResponse');
  useEffect(() => setDraft(initialDraft(survey)), [survey]);
  const questions = survey.questionnaire.questions;
  const problems = draftProblems(questions, draft);
  const messageFor = (id: string): string | undefined => (tried ? problemMessage(problems.get(id)) : undefined) ?? fieldMessage(submit.error, `answers.${id}`);
  const focusQuestion = (id: string) => (document.querySelector<HTMLElement>(`[name="q-${id}"]`) ?? document.getElementById(`q-${id}`))?.focus();

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (submit.pending) return;
    setTried(true);
    const first = questions.find((q) => problems.has(q.id));
    if (first) {
      focusQuestion(first.id);
      return;
    }
    const result = await submit.run({
      issueKey,
      invitationId: survey.invitationId,
      answers: answersOf(draft),
      revision: survey.revision,
      ...(locale ? { locale } : {}),
    });
    if (result.ok) onDone();
    else {
      const wrong = questions.find((q) => fieldMessage(result.error, `answers.${q.id}`) !== undefined);
      if (wrong) focusQuestion(wrong.id);
    }
  };

  const questionError = submit.error && questions.some((q) => fieldMessage(submit.error, `answers.${q.id}`) !== undefined);
  return (
    <form onSubmit={(event) => void send(event)} noValidate lang={survey.language} data-testid="survey-form" aria-label={survey.questionnaire.name}>
      <Stack space="space.250">
        <Stack space="space.050">
          <Text>{survey.questionnaire.intro}</Text>
          <Text size="small" color="color.text.subtle">
            {t('survey.portal.requiredNote')} {survey.expiresAt ? t('survey.portal.openUntil', { date: day(survey.expiresAt) }) : ''}
          </Text>
          {survey.anonymous ? (
            <Text size="small" color="color.text.subtle">
              {t('survey.portal.anonymous')}
            </Text>
          ) : null}
        </Stack>
        {questions.map((question) => (
          <Question
            key={question.id}
            question={question}
            value={draft[question.id]}
            problem={messageFor(question.id)}
            yes={survey.questionnaire.yes}
            no={survey.questionnaire.no}
            onChange={(value) => {
              const next = { ...draft };
              if (value === undefined) delete next[question.id];
              else next[question.id] = value;
              setDraft(next);
            }}
          />
        ))}
        {submit.error && !questionError ? <ErrorMessage error={submit.error} /> : null}
        {tried && problems.size > 0 ? (
          <Text color="color.text.danger" size="small">
            {t('survey.portal.fix')}
          </Text>
        ) : null}
        <Inline space="space.100">
          <PrimaryButton type="submit" pending={submit.pending} pendingLabel={t('survey.portal.sending')} testId="survey-submit">
            {survey.revision !== null ? t('survey.portal.saveChanges') : t('survey.portal.send')}
          </PrimaryButton>
          {onCancel ? <QuietButton onClick={onCancel}>{t('survey.portal.cancelChange')}</QuietButton> : null}
        </Inline>
      </Stack>
    </form>
  );
}
