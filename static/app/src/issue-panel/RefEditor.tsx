import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { KeyboardEvent } from 'react';
import type { NamedRef } from '#kernel/input-schemas';
import type { CallError } from '#kernel/contract';
import { fieldMessage } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { FormField } from '../shared/ui/FormField';
import { RefSelect } from '../shared/ui/RefSelect';
import type { EditableRefProps } from './EditableRef';

/** What the editor needs: the field's own props and the edit state EditableRef keeps. */
export interface EditorProps extends Omit<EditableRefProps, 'save' | 'onSaved'> {
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
export function RefEditor({ id, draft, setDraft, pending, error, save, cancel, onKeyDown, ...props }: EditorProps) {
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
