import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { useEffect, useState, type FormEvent } from 'react';
import { emptyInput } from '#kernel/input-schemas';
import { RESPONDERS, type Responders } from '#surveys/admin-contract';
import { useAction, useCall } from '../../../shared/bridge-client';
import { fieldMessage, isFieldError } from '../../../shared/field-errors';
import { t, type MessageKey } from '../../../shared/i18n';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { FormField } from '../../../shared/ui/FormField';
import { Loading } from '../../../shared/ui/Loading';
import { surveyAdminClient } from '../client';
import { CheckboxRow, ChoiceGroup, NativeSelect, Panel, RadioRow } from '../controls';
import { draftOf, NUMBER_FIELDS, rulesOf, type NumberField, type RulesDraft } from './rules-draft';

const noInput = emptyInput.parse({});

/** The fields whose errors show next to them; others show above the Save button. */
const INLINE_FIELDS = [...Object.values(NUMBER_FIELDS), 'rules.questionnaireId', 'rules.scope.jql', 'rules.scope.projects', 'rules.followUp'];

const NUMBER_LABELS: Record<NumberField, MessageKey> = {
  delayHours: 'surveys.rules.delayHours',
  sampleRate: 'surveys.rules.sampleRate',
  cap: 'surveys.rules.cap',
  expiryDays: 'surveys.rules.expiryDays',
  reminderDays: 'surveys.rules.reminderDays',
  overallAtOrBelow: 'surveys.rules.followUp.overall',
  dimensionAtOrBelow: 'surveys.rules.followUp.dimension',
};
const NUMBER_HELP: Partial<Record<NumberField, MessageKey>> = {
  cap: 'surveys.rules.cap.helper',
  reminderDays: 'surveys.rules.reminderDays.helper',
  overallAtOrBelow: 'surveys.rules.followUp.off',
  dimensionAtOrBelow: 'surveys.rules.followUp.off',
};

/** The rules of the survey after a ticket, and the follow-up on low scores. */
export function RulesForm() {
  const settings = useCall(surveyAdminClient, 'getSurveySettings', noInput);
  const save = useAction(surveyAdminClient, 'saveSurveyRules');
  const [draft, setDraft] = useState<RulesDraft | undefined>(undefined);
  const [badNumbers, setBadNumbers] = useState<NumberField[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.data) setDraft(draftOf(settings.data.rules));
  }, [settings.data]);
  if (!settings.data || !draft) return settings.error ? <ErrorMessage error={settings.error} onRetry={settings.reload} /> : <Loading />;
  const { questionnaires, projects } = settings.data;
  const rules = draft.rules;
  const setRules = (change: Partial<typeof rules>) => {
    setSaved(false);
    setDraft({ ...draft, rules: { ...rules, ...change } });
  };
  const problem = (field: string, numberField?: NumberField): string | undefined =>
    numberField && badNumbers.includes(numberField) ? t('surveys.rules.notANumber') : fieldMessage(save.error, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = rulesOf(draft);
    if (!parsed.ok) {
      setBadNumbers(parsed.fields);
      document.getElementById(`rules-${parsed.fields[0] ?? ''}`)?.focus();
      return;
    }
    setBadNumbers([]);
    const result = await save.run({ rules: parsed.rules });
    if (result.ok) {
      setDraft(draftOf(result.data.rules));
      setSaved(true);
    }
  };

  const numberField = (field: NumberField) => (
    <FormField
      key={field}
      id={`rules-${field}`}
      label={t(NUMBER_LABELS[field])}
      helper={NUMBER_HELP[field] ? t(NUMBER_HELP[field]) : undefined}
      error={problem(NUMBER_FIELDS[field], field)}
    >
      {(control) => (
        <Textfield
          id={control.id}
          inputMode="numeric"
          width="small"
          value={draft[field]}
          isInvalid={control.isInvalid}
          aria-describedby={control.describedBy}
          onChange={(event) => {
            setSaved(false);
            setDraft({ ...draft, [field]: event.currentTarget.value });
          }}
          testId={`rules-${field}`}
        />
      )}
    </FormField>
  );

  const scoped = rules.scope.kind === 'projects' ? rules.scope.projects : [];
  const toggleProject = (projectId: string, on: boolean) =>
    setRules({ scope: { kind: 'projects', projects: on ? [...scoped, { projectId, requestTypeIds: [] }] : scoped.filter((p) => p.projectId !== projectId) } });
  const toggleType = (projectId: string, typeId: string, on: boolean) =>
    setRules({
      scope: {
        kind: 'projects',
        projects: scoped.map((p) =>
          p.projectId === projectId ? { ...p, requestTypeIds: on ? [...p.requestTypeIds, typeId] : p.requestTypeIds.filter((id) => id !== typeId) } : p,
        ),
      },
    });
  const otherErrors = save.error && !isFieldError(save.error, INLINE_FIELDS) ? save.error : undefined;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="survey-rules">
      <Stack space="space.300">
        <Text>{t('surveys.rules.intro')}</Text>
        <CheckboxRow id="rules-enabled" checked={rules.enabled} onChange={(enabled) => setRules({ enabled })} testId="rules-enabled">
          {t('surveys.rules.enabled')}
        </CheckboxRow>
        <FormField
          id="rules-questionnaire"
          label={t('surveys.rules.questionnaire')}
          helper={t('surveys.rules.questionnaire.helper')}
          error={problem('rules.questionnaireId')}
        >
          {(control) => (
            <NativeSelect
              id={control.id}
              describedBy={control.describedBy}
              value={rules.questionnaireId}
              options={questionnaires.map((q) => ({ value: q.id, label: q.name, disabled: q.publishedVersion === 0 }))}
              onChange={(questionnaireId) => setRules({ questionnaireId })}
            />
          )}
        </FormField>
        <Panel>
          <Stack space="space.150">
            <ChoiceGroup legend={t('surveys.rules.scope')}>
              <RadioRow
                id="rules-scope-projects"
                name="rules-scope"
                checked={rules.scope.kind === 'projects'}
                onChange={() => setRules({ scope: { kind: 'projects', projects: [] } })}
              >
                {t('surveys.rules.scope.projects')}
              </RadioRow>
              <RadioRow
                id="rules-scope-jql"
                name="rules-scope"
                checked={rules.scope.kind === 'jql'}
                onChange={() => setRules({ scope: { kind: 'jql', jql: '' } })}
              >
                {t('surveys.rules.scope.jql')}
              </RadioRow>
            </ChoiceGroup>
            {rules.scope.kind === 'projects'
              ? projects.map((project) => {
                  const chosen = scoped.find((p) => p.projectId === project.id);
                  return (
                    <Stack key={project.id} space="space.075">
                      <CheckboxRow
                        id={`rules-project-${project.id}`}
                        checked={chosen !== undefined}
                        onChange={(on) => toggleProject(project.id, on)}
                        testId={`rules-project-${project.key}`}
                      >
                        {t('surveys.rules.project', { name: `${project.name} (${project.key})` })}
                      </CheckboxRow>
                      {chosen ? (
                        <div style={{ paddingInlineStart: 24 }}>
                          <ChoiceGroup legend={t('surveys.rules.requestTypes', { name: project.key })}>
                            {project.requestTypes.map((type) => (
                              <CheckboxRow
                                key={type.id}
                                id={`rules-type-${type.id}`}
                                checked={chosen.requestTypeIds.includes(type.id)}
                                onChange={(on) => toggleType(project.id, type.id, on)}
                              >
                                {type.name}
                              </CheckboxRow>
                            ))}
                          </ChoiceGroup>
                        </div>
                      ) : null}
                    </Stack>
                  );
                })
              : null}
            {rules.scope.kind === 'jql' ? (
              <FormField id="rules-jql" label={t('surveys.rules.jql')} helper={t('surveys.rules.jql.helper')} error={problem('rules.scope.jql')}>
                {(control) => (
                  <TextArea
                    id={control.id}
                    value={rules.scope.kind === 'jql' ? rules.scope.jql : ''}
                    isInvalid={control.isInvalid}
                    aria-describedby={control.describedBy}
                    onChange={(event) => setRules({ scope: { kind: 'jql', jql: event.currentTarget.value } })}
                    minimumRows={2}
                    isMonospaced
                  />
                )}
              </FormField>
            ) : null}
            {problem('rules.scope.projects') ? <Text color="color.text.danger">{problem('rules.scope.projects')}</Text> : null}
          </Stack>
        </Panel>
        <Inline space="space.200" shouldWrap>
          {(['delayHours', 'sampleRate', 'cap', 'expiryDays', 'reminderDays'] as const).map(numberField)}
        </Inline>
        <ChoiceGroup legend={t('surveys.rules.responders')}>
          {RESPONDERS.map((r: Responders) => (
            <RadioRow
              key={r}
              id={`rules-responders-${r}`}
              name="rules-responders"
              checked={rules.responders === r}
              onChange={() => setRules({ responders: r })}
            >
              {t(`surveys.rules.responders.${r}` satisfies MessageKey)}
            </RadioRow>
          ))}
        </ChoiceGroup>
        <CheckboxRow id="rules-anonymous" checked={rules.anonymous} onChange={(anonymous) => setRules({ anonymous })}>
          {t('surveys.rules.anonymous')}
        </CheckboxRow>
        <CheckboxRow id="rules-resurvey" checked={rules.resurveyOnReopen} onChange={(resurveyOnReopen) => setRules({ resurveyOnReopen })}>
          {t('surveys.rules.resurvey')}
        </CheckboxRow>
        <Panel testId="rules-follow-up">
          <Stack space="space.150">
            <Heading size="xsmall" as="h3">
              {t('surveys.rules.followUp')}
            </Heading>
            <CheckboxRow
              id="rules-follow-up-enabled"
              checked={rules.followUp.enabled}
              onChange={(enabled) => setRules({ followUp: { ...rules.followUp, enabled } })}
              testId="rules-follow-up-enabled"
            >
              {t('surveys.rules.followUp.enabled')}
            </CheckboxRow>
            <Inline space="space.200" shouldWrap>
              {(['overallAtOrBelow', 'dimensionAtOrBelow'] as const).map(numberField)}
            </Inline>
            <CheckboxRow
              id="rules-follow-up-nps"
              checked={rules.followUp.npsDetractor}
              onChange={(npsDetractor) => setRules({ followUp: { ...rules.followUp, npsDetractor } })}
            >
              {t('surveys.rules.followUp.nps')}
            </CheckboxRow>
            <ChoiceGroup legend={t('surveys.rules.followUp.action')}>
              <RadioRow
                id="rules-follow-up-complaint"
                name="rules-follow-up-action"
                checked={rules.followUp.action === 'complaint'}
                onChange={() => setRules({ followUp: { ...rules.followUp, action: 'complaint' } })}
              >
                {t('surveys.rules.followUp.complaint')}
              </RadioRow>
              <RadioRow
                id="rules-follow-up-notify"
                name="rules-follow-up-action"
                checked={rules.followUp.action === 'notify-owner'}
                onChange={() => setRules({ followUp: { ...rules.followUp, action: 'notify-owner' } })}
              >
                {t('surveys.rules.followUp.notify')}
              </RadioRow>
            </ChoiceGroup>
            {rules.followUp.action === 'notify-owner' ? (
              <Text color="color.text.subtle" testId="rules-follow-up-owner-note">
                {t('surveys.rules.followUp.ownerFallback')}
              </Text>
            ) : null}
            {problem('rules.followUp') ? <Text color="color.text.danger">{problem('rules.followUp')}</Text> : null}
          </Stack>
        </Panel>
        {otherErrors ? <ErrorMessage error={otherErrors} /> : null}
        <Inline space="space.150" alignBlock="center">
          <Button type="submit" appearance="primary" isLoading={save.pending} testId="rules-save">
            {t('surveys.rules.save')}
          </Button>
          {saved ? (
            <Text color="color.text.success" testId="rules-saved">
              {t('surveys.rules.saved')}
            </Text>
          ) : null}
        </Inline>
      </Stack>
    </form>
  );
}
