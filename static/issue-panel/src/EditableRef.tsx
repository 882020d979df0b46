import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState, type KeyboardEvent } from 'react';
import type { NamedRef } from '../../../src/contract/common';
import type { CallError, CallResult } from '../../../src/contract/define';
import type { Choices } from '../../shared/choices';
import { fieldMessage } from '../../shared/field-errors';
import { t } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormField } from '../../shared/ui/FormField';
import { RefSelect } from '../../shared/ui/RefSelect';

export interface EditableRefProps {
  /** The input field the backend names in its errors (`customerId`, `serviceId`). */
  field: string;
  label: string;
  value: NamedRef | null;
  canEdit: boolean;
  /** Loads the choices; called only while editing, so a panel that is just read asks for nothing more. */
  useChoices: () => Choices;
  placeholder: string;
  noOptionsMessage: string;
  loadFailed: (message: string) => string;
  unlistedLabel?: (value: NamedRef) => string;
  save: (value: NamedRef | null) => Promise<CallResult<NamedRef | null>>;
  onSaved: (value: NamedRef | null) => void;
}

/**
 * A customer or service of the ticket: its name, and for those who may edit the ticket an "Edit"
 * button that turns it into a choice with Save and Cancel. Escape cancels; an error stays next to
 * the choice until the next save.
 */
export function EditableRef(props: EditableRefProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<NamedRef | null>(props.value);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<CallError | undefined>(undefined);
  const id = `panel-${props.field}`;

  const start = () => {
    setDraft(props.value);
    setError(undefined);
    setEditing(true);
  };
  const cancel = () => {
    setEditing(false);
    setError(undefined);
    // Back on the button that opened the editor, for keyboard users.
    queueMicrotask(() => document.getElementById(`${id}-edit`)?.focus());
  };
  const save = async () => {
    if (draft?.id === props.value?.id) {
      cancel();
      return;
    }
    setPending(true);
    setError(undefined);
    const result = await props.save(draft);
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setEditing(false);
    props.onSaved(result.data);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) cancel();
  };

  if (!editing) {
    return (
      <Stack space="space.050" testId={`${id}-view`}>
        <Text size="small" weight="semibold" color="color.text.subtle" id={`${id}-label`}>
          {props.label}
        </Text>
        <Inline space="space.100" alignBlock="center">
          {props.value ? (
            <Text testId={`${id}-value`}>{props.value.name}</Text>
          ) : (
            <Text color="color.text.subtlest" testId={`${id}-value`}>
              {t('issue.panel.notSet')}
            </Text>
          )}
          {props.canEdit ? (
            <Button id={`${id}-edit`} appearance="subtle" spacing="compact" onClick={start} aria-label={t('issue.panel.editLabel', { field: props.label.toLocaleLowerCase() })} testId={`${id}-edit`}>
              {t('issue.panel.edit')}
            </Button>
          ) : null}
        </Inline>
      </Stack>
    );
  }

  return <Editor {...props} id={id} draft={draft} setDraft={setDraft} pending={pending} error={error} save={save} cancel={cancel} onKeyDown={onKeyDown} />;
}

interface EditorProps extends Omit<EditableRefProps, 'save' | 'onSaved'> {
  id: string;
  draft: NamedRef | null;
  setDraft: (value: NamedRef | null) => void;
  pending: boolean;
  error: CallError | undefined;
  save: () => Promise<void>;
  cancel: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** The choice with Save and Cancel, shown while editing. */
function Editor({ id, draft, setDraft, pending, error, save, cancel, onKeyDown, ...props }: EditorProps) {
  const choices = props.useChoices();
  const fieldError = fieldMessage(error, props.field);
  const loadError = choices.error ? props.loadFailed(choices.error.message) : undefined;
  return (
    <div onKeyDown={onKeyDown}>
      <Stack space="space.100">
        <FormField id={id} label={props.label} error={fieldError ?? loadError}>
          {(control) => (
            <RefSelect
              inputId={control.id}
              choices={choices.choices}
              value={draft}
              onChange={setDraft}
              placeholder={props.placeholder}
              noOptionsMessage={props.noOptionsMessage}
              isLoading={choices.loading}
              isInvalid={control.isInvalid}
              isClearable
              autoFocus
              describedBy={control.describedBy}
              unlistedLabel={props.unlistedLabel}
            />
          )}
        </FormField>
        {error && !fieldError ? <ErrorMessage error={error} /> : null}
        <Inline space="space.100">
          <Button appearance="primary" spacing="compact" isLoading={pending} onClick={() => void save()} testId={`${id}-save`}>
            {t('issue.panel.save')}
          </Button>
          <Button appearance="subtle" spacing="compact" onClick={cancel} isDisabled={pending}>
            {t('issue.panel.cancel')}
          </Button>
        </Inline>
      </Stack>
    </div>
  );
}
