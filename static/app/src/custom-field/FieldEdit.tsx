import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { view } from '@forge/bridge';
import { useState, type KeyboardEvent } from 'react';
import type { NamedRef } from '#kernel/input-schemas';
import { refFieldValueOf, type RefFieldValue } from '#kernel/ref-field-value';
import { useCustomerChoices, useServiceChoices, type Choices } from '../shared/choices';
import { t } from '../shared/i18n';
import { FormField } from '../shared/ui/FormField';
import { RefSelect } from '../shared/ui/RefSelect';
import type { AppFieldKey } from './field-context';

/**
 * Editing the Customer or Service field: a choice by name, saved with `view.submit({ id, name })`
 * or left with `view.close()`; Escape leaves too. Jira writes the submitted value with Edit issue as
 * the user, which it allows where the field is on the issue's edit screen and the user may edit the
 * issue: that is where Jira offers the field's edit at all. The app's triggers then hold the value
 * to its rules, as they do for any edit.
 */
export function FieldEdit({ fieldKey, value, issueKey }: { fieldKey: AppFieldKey; value: RefFieldValue | null; issueKey: string | undefined }) {
  // Both choices are the ticket's: its project's organizations, and the catalogue for that project's agents.
  if (!issueKey) {
    return (
      <Text as="p" color="color.text.subtle">
        {t('issue.field.noIssue')}
      </Text>
    );
  }
  return fieldKey === 'brm-customer' ? <CustomerEdit issueKey={issueKey} value={value} /> : <ServiceEdit issueKey={issueKey} value={value} />;
}

function CustomerEdit({ issueKey, value }: { issueKey: string; value: RefFieldValue | null }) {
  return <EditorForm fieldKey="brm-customer" initial={value} choices={useCustomerChoices(issueKey)} />;
}

function ServiceEdit({ issueKey, value }: { issueKey: string; value: RefFieldValue | null }) {
  return <EditorForm fieldKey="brm-service" initial={value} choices={useServiceChoices(issueKey)} />;
}

function EditorForm({ fieldKey, initial, choices }: { fieldKey: AppFieldKey; initial: NamedRef | null; choices: Choices }) {
  const [draft, setDraft] = useState<NamedRef | null>(initial);
  const isCustomer = fieldKey === 'brm-customer';
  const loadError = choices.error ? t(isCustomer ? 'issue.customer.loadFailed' : 'issue.service.loadFailed', { message: choices.error.message }) : undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) void view.close();
  };
  return (
    <div onKeyDown={onKeyDown}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void view.submit(draft === null ? null : refFieldValueOf(draft));
        }}
        data-testid="field-edit"
      >
        <Stack space="space.100">
          <FormField id={`field-${fieldKey}`} label={t(`issue.field.label.${fieldKey}`)} error={loadError}>
            {(control) => (
              <RefSelect
                inputId={control.id}
                choices={choices.choices}
                value={draft}
                onChange={setDraft}
                placeholder={t(isCustomer ? 'issue.customer.placeholder' : 'issue.service.placeholder')}
                noOptionsMessage={t(isCustomer ? 'issue.customer.noOptions' : 'issue.service.noOptions')}
                isLoading={choices.loading}
                isInvalid={control.isInvalid}
                isClearable
                autoFocus
                describedBy={control.describedBy}
                unlistedLabel={(ref) => (isCustomer ? ref.name : t('issue.service.archived', { name: ref.name }))}
              />
            )}
          </FormField>
          <Inline space="space.100" alignInline="end">
            <Button appearance="subtle" spacing="compact" onClick={() => void view.close()}>
              {t('issue.field.cancel')}
            </Button>
            <Button type="submit" appearance="primary" spacing="compact" testId="field-save">
              {t('issue.field.save')}
            </Button>
          </Inline>
        </Stack>
      </form>
    </div>
  );
}
