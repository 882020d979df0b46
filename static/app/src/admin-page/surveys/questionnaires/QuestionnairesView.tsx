import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { emptyInput } from '#kernel/input-schemas';
import { LANGUAGE_NAMES } from '#surveys/admin-contract';
import { useAction, useCall } from '../../../shared/bridge-client';
import { fieldMessage } from '../../../shared/field-errors';
import { t } from '../../../shared/i18n';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { FormField } from '../../../shared/ui/FormField';
import { Loading } from '../../../shared/ui/Loading';
import { surveyAdminClient } from '../client';
import { Panel } from '../controls';
import { cellStyle, OpenItemCell, SurveyTable } from '../SurveyTable';
import { newIdProblem } from './definition-edits';
import { QuestionnaireEditor } from './QuestionnaireEditor';

const noInput = emptyInput.parse({});
const cell = cellStyle('list');

/** The questionnaires, and the editor of the one chosen. */
export function QuestionnairesView() {
  const list = useCall(surveyAdminClient, 'listQuestionnaires', noInput);
  const [open, setOpen] = useState<string | undefined>(undefined);
  if (open) {
    return (
      <QuestionnaireEditor
        id={open}
        onBack={() => {
          setOpen(undefined);
          list.reload();
        }}
      />
    );
  }
  if (!list.data) return list.error ? <ErrorMessage error={list.error} onRetry={list.reload} /> : <Loading />;
  const version = (n: number) => (n > 0 ? t('surveys.questionnaires.version', { version: n }) : t('surveys.questionnaires.noneYet'));
  return (
    <Stack space="space.300" testId="survey-questionnaires">
      <Text>{t('surveys.questionnaires.intro')}</Text>
      <SurveyTable
        columns={[
          t('surveys.questionnaires.name'),
          t('surveys.questionnaires.published'),
          t('surveys.questionnaires.draft'),
          t('surveys.questionnaires.languages'),
        ]}
        spacing="list"
      >
        {list.data.questionnaires.map((q) => (
          <tr key={q.id}>
            <OpenItemCell
              name={q.name}
              label={t('surveys.questionnaires.open', { name: q.name })}
              onOpen={() => setOpen(q.id)}
              testId={`questionnaire-${q.id}`}
            />
            <td style={cell}>{version(q.publishedVersion)}</td>
            <td style={cell}>{version(q.draftVersion)}</td>
            <td style={cell}>{q.languages.map((l) => LANGUAGE_NAMES[l]).join(t('surveys.questionnaires.languagesSeparator'))}</td>
          </tr>
        ))}
      </SurveyTable>
      <NewQuestionnaire taken={list.data.questionnaires.map((q) => q.id)} onCreated={setOpen} />
    </Stack>
  );
}

/** A new questionnaire starts as a draft copy of the default's published version. */
function NewQuestionnaire({ taken, onCreated }: { taken: readonly string[]; onCreated: (id: string) => void }) {
  const [id, setId] = useState('');
  const [tried, setTried] = useState(false);
  const base = useCall(surveyAdminClient, 'getQuestionnaire', { id: 'default' });
  const create = useAction(surveyAdminClient, 'saveQuestionnaireDraft');
  const problem = newIdProblem(id, taken);
  const message = tried && problem ? t(problem === 'taken' ? 'surveys.editor.idTaken' : 'surveys.editor.idInvalid') : fieldMessage(create.error, 'id');
  const published = base.data?.versions.find((v) => v.status === 'published');
  return (
    <Panel>
      <Stack space="space.150">
        <FormField id="new-questionnaire-id" label={t('surveys.questionnaires.newId')} helper={t('surveys.questionnaires.newId.helper')} error={message}>
          {(control) => (
            <Textfield
              id={control.id}
              width="medium"
              value={id}
              isInvalid={control.isInvalid}
              aria-describedby={control.describedBy}
              onChange={(event) => setId(event.currentTarget.value.trim())}
            />
          )}
        </FormField>
        <Inline>
          <Button
            isDisabled={!published}
            isLoading={create.pending}
            onClick={() => {
              setTried(true);
              if (problem || !published) return;
              void create
                .run({ id, definition: { ...published.definition, name: `${published.definition.name} (${id})` }, expectedRev: null })
                .then((result) => result.ok && onCreated(id));
            }}
          >
            {t('surveys.questionnaires.create')}
          </Button>
        </Inline>
        {create.error && !fieldMessage(create.error, 'id') ? <ErrorMessage error={create.error} /> : null}
      </Stack>
    </Panel>
  );
}
