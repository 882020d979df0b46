import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { lazy, Suspense, useState, type KeyboardEvent } from 'react';
import type { NamedRef } from '#kernel/input-schemas';
import type { CallError, CallResult } from '#kernel/contract';
import type { Choices } from '../shared/choices';
import { t } from '../shared/i18n';
import { Loading } from '../shared/ui/Loading';
import { QuietButton } from '../shared/ui/QuietButton';

/** The editor's code (the select, the form field) loads when someone is about to edit, not with the panel. */
const loadEditor = () => import('./RefEditor');
const RefEditor = lazy(() => loadEditor().then((m) => ({ default: m.RefEditor })));

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
            <QuietButton
              id={`${id}-edit`}
              onClick={start}
              onMouseEnter={() => void loadEditor().catch(() => undefined)}
              onFocus={() => void loadEditor().catch(() => undefined)}
              aria-label={t('issue.panel.editLabel', { field: props.label.toLocaleLowerCase() })}
              testId={`${id}-edit`}
            >
              {t('issue.panel.edit')}
            </QuietButton>
          ) : null}
        </Inline>
      </Stack>
    );
  }

  return (
    <Suspense fallback={<Loading />}>
      <RefEditor {...props} id={id} draft={draft} setDraft={setDraft} pending={pending} error={error} save={save} cancel={cancel} onKeyDown={onKeyDown} />
    </Suspense>
  );
}
