import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Textfield from '@atlaskit/textfield';
import { useEffect, useState } from 'react';
import {
  DIMENSION_KINDS,
  LANGUAGE_NAMES,
  QUESTION_KINDS,
  SURVEY_LANGUAGES,
  type LocalizedText,
  type QuestionKind,
  type QuestionnaireDefinition,
  type SurveyLanguage,
} from '#surveys/admin-contract';
import { useAction, useCall } from '../../../shared/bridge-client';
import { t, type MessageKey } from '../../../shared/i18n';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { FormField } from '../../../shared/ui/FormField';
import { Loading } from '../../../shared/ui/Loading';
import { surveyAdminClient } from '../client';
import { CheckboxRow, day, NativeSelect, Panel } from '../controls';
import { addQuestion, changeKind, moveUp, newIdProblem, removeDimension, setOverall, withText } from './definition-edits';

type ScaleKey = 'rating' | 'nps' | 'ces';

/**
 * The editor of one questionnaire: its texts in the language chosen, its dimensions and questions,
 * its scale labels; saving makes (or changes) the draft, publishing freezes it as the next version.
 */
export function QuestionnaireEditor({ id, onBack }: { id: string; onBack: () => void }) {
  const loaded = useCall(surveyAdminClient, 'getQuestionnaire', { id });
  const save = useAction(surveyAdminClient, 'saveQuestionnaireDraft');
  const publish = useAction(surveyAdminClient, 'publishQuestionnaire');
  const [definition, setDefinition] = useState<QuestionnaireDefinition | undefined>(undefined);
  const [language, setLanguage] = useState<SurveyLanguage>('en');
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [newDimension, setNewDimension] = useState('');
  const [newQuestion, setNewQuestion] = useState('');
  const [newKind, setNewKind] = useState<QuestionKind>('rating');

  const summary = loaded.data?.summary;
  const versions = loaded.data?.versions ?? [];
  const base = versions.find((v) => v.status === 'draft') ?? versions.find((v) => v.status === 'published');
  useEffect(() => {
    if (base) setDefinition(base.definition);
  }, [base]);
  if (!loaded.data || !summary || !definition) return loaded.error ? <ErrorMessage error={loaded.error} onRetry={loaded.reload} /> : <Loading />;

  const edit = (next: QuestionnaireDefinition) => {
    setDefinition(next);
    setDirty(true);
    setNotice(undefined);
  };
  const textField = (fieldId: string, label: string, texts: LocalizedText, onChange: (texts: LocalizedText) => void, long = false) => (
    <FormField
      key={fieldId}
      id={fieldId}
      label={label}
      required={language === 'en'}
      helper={language !== 'en' && texts[language] === undefined ? t('surveys.editor.missingTranslation') : undefined}
    >
      {(control) => (
        <Textfield
          id={control.id}
          value={texts[language] ?? ''}
          placeholder={language !== 'en' ? texts.en : undefined}
          isInvalid={control.isInvalid}
          aria-describedby={control.describedBy}
          onChange={(event) => onChange(withText(texts, language, event.currentTarget.value))}
          width={long ? 'xlarge' : 'large'}
          testId={fieldId}
        />
      )}
    </FormField>
  );

  const stateText =
    summary.draftVersion > 0
      ? summary.publishedVersion > 0
        ? t('surveys.editor.state.draft', { version: summary.draftVersion, published: summary.publishedVersion })
        : t('surveys.editor.state.noPublished', { version: summary.draftVersion })
      : t('surveys.editor.state.published', { version: summary.publishedVersion });

  const dimensionOptions = definition.dimensions.map((d) => ({ value: d.id, label: d.label[language] ?? d.label.en ?? d.id }));
  const questionIds = definition.questions.map((q) => q.id);
  const dimensionIds = definition.dimensions.map((d) => d.id);
  const scaleKeys: { key: ScaleKey; end: 'low' | 'high'; label: MessageKey }[] = [
    { key: 'rating', end: 'low', label: 'surveys.editor.scale.rating.low' },
    { key: 'rating', end: 'high', label: 'surveys.editor.scale.rating.high' },
    { key: 'nps', end: 'low', label: 'surveys.editor.scale.nps.low' },
    { key: 'nps', end: 'high', label: 'surveys.editor.scale.nps.high' },
    { key: 'ces', end: 'low', label: 'surveys.editor.scale.ces.low' },
    { key: 'ces', end: 'high', label: 'surveys.editor.scale.ces.high' },
  ];

  return (
    <Stack space="space.300" testId="questionnaire-editor">
      <Inline>
        <Button appearance="subtle" onClick={onBack}>
          {t('surveys.editor.back')}
        </Button>
      </Inline>
      <Heading size="small" as="h3">
        {t('surveys.editor.title', { name: summary.name })}
      </Heading>
      <SectionMessage appearance="information">
        <Text>{stateText}</Text>
      </SectionMessage>
      <FormField id="editor-language" label={t('surveys.editor.language')} helper={t('surveys.editor.language.helper')}>
        {(control) => (
          <NativeSelect
            id={control.id}
            describedBy={control.describedBy}
            value={language}
            options={SURVEY_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            onChange={setLanguage}
            testId="editor-language"
          />
        )}
      </FormField>
      <Stack space="space.150" xcss={undefined}>
        <FormField id="editor-name" label={t('surveys.editor.name')} required>
          {(control) => (
            <Textfield
              id={control.id}
              value={definition.name}
              aria-describedby={control.describedBy}
              onChange={(event) => edit({ ...definition, name: event.currentTarget.value })}
              width="large"
            />
          )}
        </FormField>
        {textField('editor-intro', t('surveys.editor.intro'), definition.intro, (intro) => edit({ ...definition, intro }), true)}
      </Stack>

      <Panel testId="editor-dimensions">
        <Stack space="space.150">
          <Heading size="xsmall" as="h4">
            {t('surveys.editor.dimensions')}
          </Heading>
          {definition.dimensions.map((d, i) => (
            <Inline key={d.id} space="space.150" alignBlock="end" shouldWrap>
              {textField(`editor-dimension-${d.id}`, t('surveys.editor.dimension.label', { id: d.id }), d.label, (label) =>
                edit({ ...definition, dimensions: definition.dimensions.map((x, j) => (j === i ? { ...x, label } : x)) }),
              )}
              <FormField id={`editor-dimension-kind-${d.id}`} label={t('surveys.editor.dimension.kind', { id: d.id })}>
                {(control) => (
                  <NativeSelect
                    id={control.id}
                    value={d.kind}
                    options={DIMENSION_KINDS.map((k) => ({ value: k, label: t(`surveys.editor.kind.${k}` satisfies MessageKey) }))}
                    onChange={(kind) => edit({ ...definition, dimensions: definition.dimensions.map((x, j) => (j === i ? { ...x, kind } : x)) })}
                  />
                )}
              </FormField>
              <Button appearance="subtle" onClick={() => edit(removeDimension(definition, d.id))}>
                ✕<span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{d.id}</span>
              </Button>
            </Inline>
          ))}
          <Inline space="space.100" alignBlock="end">
            <FormField
              id="editor-new-dimension"
              label={t('surveys.editor.newDimensionId')}
              error={
                newDimension !== '' && newIdProblem(newDimension, dimensionIds)
                  ? t(newIdProblem(newDimension, dimensionIds) === 'taken' ? 'surveys.editor.idTaken' : 'surveys.editor.idInvalid')
                  : undefined
              }
            >
              {(control) => (
                <Textfield
                  id={control.id}
                  value={newDimension}
                  isInvalid={control.isInvalid}
                  aria-describedby={control.describedBy}
                  onChange={(event) => setNewDimension(event.currentTarget.value.trim())}
                  width="small"
                />
              )}
            </FormField>
            <Button
              isDisabled={newDimension === '' || newIdProblem(newDimension, dimensionIds) !== undefined}
              onClick={() => {
                edit({ ...definition, dimensions: [...definition.dimensions, { id: newDimension, kind: 'hard', label: { en: newDimension } }] });
                setNewDimension('');
              }}
            >
              {t('surveys.editor.addDimension')}
            </Button>
          </Inline>
        </Stack>
      </Panel>

      <Panel testId="editor-questions">
        <Stack space="space.200">
          <Heading size="xsmall" as="h4">
            {t('surveys.editor.questions')}
          </Heading>
          {definition.questions.map((q, i) => {
            const replace = (next: typeof q) => edit({ ...definition, questions: definition.questions.map((x, j) => (j === i ? next : x)) });
            return (
              <Stack key={q.id} space="space.100" testId={`editor-question-${q.id}`}>
                {textField(`editor-question-text-${q.id}`, t('surveys.editor.question.text', { id: q.id }), q.text, (text) => replace({ ...q, text }), true)}
                <Inline space="space.150" alignBlock="center" shouldWrap>
                  <FormField id={`editor-question-kind-${q.id}`} label={t('surveys.editor.question.kind')}>
                    {(control) => (
                      <NativeSelect
                        id={control.id}
                        value={q.kind}
                        options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`surveys.editor.kind.${k}` satisfies MessageKey) }))}
                        onChange={(kind) => replace(changeKind(q, kind, definition.dimensions[0]?.id))}
                      />
                    )}
                  </FormField>
                  {q.kind === 'rating' && q.overall !== true ? (
                    <FormField id={`editor-question-dimension-${q.id}`} label={t('surveys.editor.question.dimension')}>
                      {(control) => (
                        <NativeSelect
                          id={control.id}
                          value={q.dimensionId ?? ''}
                          placeholder=""
                          options={dimensionOptions}
                          onChange={(dimensionId) => replace({ ...q, dimensionId })}
                        />
                      )}
                    </FormField>
                  ) : null}
                  {q.kind === 'rating' ? (
                    <CheckboxRow
                      id={`editor-question-overall-${q.id}`}
                      checked={q.overall === true}
                      onChange={(on) => replace(setOverall(q, on, definition.dimensions[0]?.id))}
                    >
                      {t('surveys.editor.question.overall')}
                    </CheckboxRow>
                  ) : null}
                  <CheckboxRow id={`editor-question-required-${q.id}`} checked={q.required} onChange={(required) => replace({ ...q, required })}>
                    {t('surveys.editor.question.required')}
                  </CheckboxRow>
                  <Button
                    appearance="subtle"
                    isDisabled={i === 0}
                    onClick={() => edit({ ...definition, questions: moveUp(definition.questions, i) })}
                    aria-label={t('surveys.editor.question.up', { id: q.id })}
                  >
                    ↑
                  </Button>
                  <Button
                    appearance="subtle"
                    onClick={() => edit({ ...definition, questions: definition.questions.filter((_, j) => j !== i) })}
                    aria-label={t('surveys.editor.question.remove', { id: q.id })}
                  >
                    ✕
                  </Button>
                </Inline>
              </Stack>
            );
          })}
          <Inline space="space.100" alignBlock="end" shouldWrap>
            <FormField
              id="editor-new-question"
              label={t('surveys.editor.newQuestionId')}
              error={
                newQuestion !== '' && newIdProblem(newQuestion, questionIds)
                  ? t(newIdProblem(newQuestion, questionIds) === 'taken' ? 'surveys.editor.idTaken' : 'surveys.editor.idInvalid')
                  : undefined
              }
            >
              {(control) => (
                <Textfield
                  id={control.id}
                  value={newQuestion}
                  isInvalid={control.isInvalid}
                  aria-describedby={control.describedBy}
                  onChange={(event) => setNewQuestion(event.currentTarget.value.trim())}
                  width="small"
                />
              )}
            </FormField>
            <FormField id="editor-new-question-kind" label={t('surveys.editor.question.kind')}>
              {(control) => (
                <NativeSelect
                  id={control.id}
                  value={newKind}
                  options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`surveys.editor.kind.${k}` satisfies MessageKey) }))}
                  onChange={setNewKind}
                />
              )}
            </FormField>
            <Button
              isDisabled={newQuestion === '' || newIdProblem(newQuestion, questionIds) !== undefined}
              onClick={() => {
                edit(addQuestion(definition, newQuestion, newKind));
                setNewQuestion('');
              }}
            >
              {t('surveys.editor.addQuestion')}
            </Button>
          </Inline>
        </Stack>
      </Panel>

      <Panel testId="editor-scales">
        <Stack space="space.150">
          <Heading size="xsmall" as="h4">
            {t('surveys.editor.scales')}
          </Heading>
          <Inline space="space.150" shouldWrap>
            {scaleKeys.map(({ key, end, label }) =>
              textField(`editor-scale-${key}-${end}`, t(label), definition.scaleLabels[key][end], (texts) =>
                edit({ ...definition, scaleLabels: { ...definition.scaleLabels, [key]: { ...definition.scaleLabels[key], [end]: texts } } }),
              ),
            )}
            {textField('editor-scale-yes', t('surveys.editor.scale.yes'), definition.scaleLabels.yes, (yes) =>
              edit({ ...definition, scaleLabels: { ...definition.scaleLabels, yes } }),
            )}
            {textField('editor-scale-no', t('surveys.editor.scale.no'), definition.scaleLabels.no, (no) =>
              edit({ ...definition, scaleLabels: { ...definition.scaleLabels, no } }),
            )}
          </Inline>
        </Stack>
      </Panel>

      {save.error ? <ErrorMessage error={save.error} /> : null}
      {publish.error ? <ErrorMessage error={publish.error} /> : null}
      <Inline space="space.150" alignBlock="center">
        <Button
          appearance="primary"
          isDisabled={!dirty}
          isLoading={save.pending}
          onClick={() =>
            void save.run({ id, definition, expectedRev: summary.rev }).then((result) => {
              if (!result.ok) return;
              setDirty(false);
              setNotice(t('surveys.editor.saved'));
              loaded.reload();
            })
          }
          testId="editor-save"
        >
          {t('surveys.editor.save')}
        </Button>
        <Button
          isDisabled={dirty || summary.draftVersion === 0}
          isLoading={publish.pending}
          onClick={() =>
            void publish.run({ id, expectedRev: summary.rev }).then((result) => {
              if (!result.ok) return;
              setNotice(t('surveys.editor.published', { version: result.data.summary.publishedVersion }));
              loaded.reload();
            })
          }
          testId="editor-publish"
        >
          {t('surveys.editor.publish')}
        </Button>
        {notice ? (
          <Text color="color.text.success" testId="editor-notice">
            {notice}
          </Text>
        ) : null}
      </Inline>

      <Stack space="space.075">
        <Heading size="xsmall" as="h4">
          {t('surveys.editor.versions')}
        </Heading>
        <ul style={{ margin: 0 }}>
          {versions.map((v) => (
            <li key={v.version}>
              <Text>
                {t('surveys.editor.versionLine', {
                  version: v.version,
                  status: t(`surveys.editor.versionStatus.${v.status}` satisfies MessageKey),
                  date: day(v.publishedAt || v.updatedAt),
                })}
              </Text>
            </li>
          ))}
        </ul>
      </Stack>
    </Stack>
  );
}
