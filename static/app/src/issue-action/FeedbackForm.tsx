import Button from '@atlaskit/button/new';
import { ErrorMessage as FieldErrorMessage, Fieldset } from '@atlaskit/form';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { RadioGroup } from '@atlaskit/radio';
import TextArea from '@atlaskit/textarea';
import { view } from '@forge/bridge';
import { useState, type FormEvent } from 'react';
import type { CallOutput } from '#kernel/contract';
import { type FeedbackState, STATEMENT_MAX_LENGTH } from '#feedback/contract';
import { type IssueContract } from '#surfaces/issue-contract';
import { useAction } from '../shared/bridge-client';
import { useCustomerChoices, useServiceChoices } from '../shared/choices';
import { fieldMessage, isFieldError } from '../shared/field-errors';
import { t } from '../shared/i18n';
import { issueClient } from '../shared/issue-client';
import { ColumnGrid } from '../shared/ui/ColumnGrid';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { FormField } from '../shared/ui/FormField';
import { RefSelect } from '../shared/ui/RefSelect';
import { EnumSelect } from './EnumSelect';
import {
  CATEGORIES,
  DRAFT_FIELDS,
  draftProblems,
  newDraft,
  SEVERITIES,
  statementLength,
  tagInputOf,
  type DraftField,
  type FeedbackDraft,
  type FeedbackKind,
} from './feedback-draft';

export type TagOutcome = CallOutput<IssueContract, 'tagFeedback'>;

const fieldId = (field: DraftField): string => `feedback-${field}`;

/** The element that takes focus for a field: the select's input, the textarea, the first radio. */
function focusField(field: DraftField): void {
  const element = field === 'kind' ? document.querySelector<HTMLElement>(`#${fieldId('kind')} input`) : document.getElementById(fieldId(field));
  element?.focus();
}

/**
 * The "Customer feedback…" form: kind, customer, service, category, severity (complaints) and the
 * statement. Problems the page can see are shown next to their fields before anything is sent;
 * the backend's answer is shown next to the field it names, or above the buttons.
 */
export function FeedbackForm({ issueKey, state, onTagged }: { issueKey: string; state: FeedbackState; onTagged: (outcome: TagOutcome) => void }) {
  const [draft, setDraft] = useState<FeedbackDraft>(() => newDraft(state));
  const [tried, setTried] = useState(false);
  const customers = useCustomerChoices(issueKey);
  const services = useServiceChoices(issueKey);
  const tag = useAction(issueClient, 'tagFeedback');

  const problems = draftProblems(draft);
  const shownProblem = (field: DraftField): string | undefined => {
    const key = tried ? problems[field] : undefined;
    return key ? t(key, { max: STATEMENT_MAX_LENGTH }) : fieldMessage(tag.error, field);
  };
  const change = (patch: Partial<FeedbackDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (tag.pending) return;
    setTried(true);
    const input = tagInputOf(issueKey, draft);
    if (!input) {
      const first = DRAFT_FIELDS.find((field) => problems[field] !== undefined);
      if (first) focusField(first);
      return;
    }
    const result = await tag.run(input);
    if (result.ok) onTagged(result.data);
    else {
      const field = DRAFT_FIELDS.find((f) => fieldMessage(result.error, f) !== undefined);
      if (field) focusField(field);
    }
  };

  const kindOptions = (['complaint', 'compliment'] as const).map((kind) => ({
    name: 'kind',
    value: kind,
    label: t(`issue.feedback.kind.${kind}`),
    testId: `kind-${kind}`,
  }));
  const length = statementLength(draft);
  const kindError = fieldMessage(tag.error, 'kind');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('issue.action.heading', { issueKey })} data-testid="feedback-form">
      <Stack space="space.200">
        <Text as="p" color="color.text.subtle">
          {t('issue.action.intro')}
        </Text>

        <Box id={fieldId('kind')}>
          <Fieldset legend={t('issue.action.kind')}>
            <RadioGroup name="kind" options={kindOptions} value={draft.kind} onChange={(event) => change({ kind: kindOf(event.currentTarget.value) })} />
          </Fieldset>
          {kindError ? (
            <div role="alert">
              <FieldErrorMessage testId="feedback-kind-error">{kindError}</FieldErrorMessage>
            </div>
          ) : null}
        </Box>

        <FormField
          id={fieldId('customerId')}
          label={t('issue.action.customer')}
          required
          helper={customers.error ? undefined : t('issue.action.customer.helper')}
          error={shownProblem('customerId') ?? (customers.error ? t('issue.customer.loadFailed', { message: customers.error.message }) : undefined)}
        >
          {(control) => (
            <RefSelect
              inputId={control.id}
              choices={customers.choices}
              value={draft.customer}
              onChange={(customer) => change({ customer })}
              placeholder={t('issue.customer.placeholder')}
              noOptionsMessage={t('issue.customer.noOptions')}
              isLoading={customers.loading}
              isInvalid={control.isInvalid}
              describedBy={control.describedBy}
            />
          )}
        </FormField>

        <FormField
          id={fieldId('serviceId')}
          label={t('issue.action.service')}
          helper={services.error ? undefined : t('issue.action.service.helper')}
          error={shownProblem('serviceId') ?? (services.error ? t('issue.service.loadFailed', { message: services.error.message }) : undefined)}
        >
          {(control) => (
            <RefSelect
              inputId={control.id}
              choices={services.choices}
              value={draft.service}
              onChange={(service) => change({ service })}
              placeholder={t('issue.service.placeholder')}
              noOptionsMessage={t('issue.service.noOptions')}
              isLoading={services.loading}
              isInvalid={control.isInvalid}
              isClearable
              describedBy={control.describedBy}
              unlistedLabel={(service) => t('issue.service.archived', { name: service.name })}
            />
          )}
        </FormField>

        <ColumnGrid minWidth={200}>
          <FormField id={fieldId('category')} label={t('issue.action.category')} error={shownProblem('category')}>
            {(control) => (
              <EnumSelect
                inputId={control.id}
                values={CATEGORIES}
                labelOf={(category) => t(`issue.action.category.${category}`)}
                value={draft.category}
                onChange={(category) => change({ category })}
                placeholder={t('issue.action.category.placeholder')}
                isInvalid={control.isInvalid}
                isClearable
                describedBy={control.describedBy}
              />
            )}
          </FormField>

          {draft.kind === 'complaint' ? (
            <FormField id={fieldId('severity')} label={t('issue.action.severity')} required error={shownProblem('severity')}>
              {(control) => (
                <EnumSelect
                  inputId={control.id}
                  values={SEVERITIES}
                  labelOf={(severity) => t(`issue.action.severity.${severity}`)}
                  value={draft.severity}
                  onChange={(severity) => change({ severity })}
                  placeholder={t('issue.action.severity.placeholder')}
                  isInvalid={control.isInvalid}
                  describedBy={control.describedBy}
                />
              )}
            </FormField>
          ) : null}
        </ColumnGrid>

        <FormField
          id={fieldId('statement')}
          label={t('issue.action.statement')}
          required
          error={shownProblem('statement')}
          helper={
            <Inline spread="space-between" space="space.100">
              <span>{t('issue.action.statement.helper')}</span>
              <span style={{ whiteSpace: 'nowrap' }}>
                <Text size="small" color={length > STATEMENT_MAX_LENGTH ? 'color.text.danger' : 'color.text.subtlest'} testId="statement-counter">
                  {t('issue.action.statement.counter', { count: length, max: STATEMENT_MAX_LENGTH })}
                </Text>
              </span>
            </Inline>
          }
        >
          {(control) => (
            <TextArea
              id={control.id}
              name="statement"
              value={draft.statement}
              onChange={(event) => change({ statement: event.currentTarget.value })}
              isInvalid={control.isInvalid}
              aria-describedby={control.describedBy}
              minimumRows={4}
              resize="vertical"
            />
          )}
        </FormField>

        {tag.error && !isFieldError(tag.error, DRAFT_FIELDS) ? <ErrorMessage error={tag.error} /> : null}

        <Inline space="space.100" alignInline="end">
          <Button appearance="subtle" onClick={() => void view.close()}>
            {t('issue.action.cancel')}
          </Button>
          <Button type="submit" appearance="primary" isLoading={tag.pending} testId="feedback-submit">
            {t(`issue.action.submit.${draft.kind}`)}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}

const kindOf = (value: string): FeedbackKind => (value === 'compliment' ? 'compliment' : 'complaint');
