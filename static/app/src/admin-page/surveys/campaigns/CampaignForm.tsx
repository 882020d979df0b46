import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Textfield from '@atlaskit/textfield';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { emptyInput } from '#kernel/input-schemas';
import { CAMPAIGN_AUDIENCES } from '#surveys/admin-contract';
import { useAction, useCall } from '../../../shared/bridge-client';
import { fieldMessage, isFieldError } from '../../../shared/field-errors';
import { t, type MessageKey } from '../../../shared/i18n';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { FormField } from '../../../shared/ui/FormField';
import { Loading } from '../../../shared/ui/Loading';
import { surveyAdminClient } from '../client';
import { CheckboxRow, ChoiceGroup, NativeSelect, Panel, RadioRow } from '../controls';
import { OrganizationsChoice } from './OrganizationsChoice';
import { campaignPlan, chooseDesk, newCampaignDraft, quarterOf, setupOf, toggleContact, type CampaignDraft, type DraftNumberField } from './campaign-draft';

const noInput = emptyInput.parse({});

/** Errors shown next to their field; the others show above the Start button. */
const INLINE_FIELDS = [
  'setup.name',
  'setup.questionnaireId',
  'setup.organizationsBy',
  'setup.organizationIds',
  'setup.tiers',
  'setup.keyContacts',
  'setup.serviceDeskId',
  'setup.requestTypeId',
  'setup.expiryDays',
  'setup.reminderDays',
];

/** Plans a relationship campaign (who gets the survey, where the requests are raised, for how long) and starts it. */
export function CampaignForm({ onCancel, onStarted }: { onCancel: () => void; onStarted: (id: string) => void }) {
  const options = useCall(surveyAdminClient, 'getCampaignOptions', noInput);
  const questionnaires = useCall(surveyAdminClient, 'listQuestionnaires', noInput);
  const start = useAction(surveyAdminClient, 'startCampaign');
  const addType = useAction(surveyAdminClient, 'addSurveyRequestType');
  const [draft, setDraft] = useState<CampaignDraft | undefined>(undefined);
  const [members, setMembers] = useState<ReadonlyMap<string, readonly { accountId: string; displayName: string }[]>>(new Map());
  const [badNumbers, setBadNumbers] = useState<DraftNumberField[]>([]);
  const published = questionnaires.data?.questionnaires.filter((q) => q.publishedVersion > 0);
  const firstPublished = published?.[0]?.id;
  const listed = published !== undefined;
  useEffect(() => {
    if (listed && !draft)
      setDraft(
        newCampaignDraft(t('surveys.campaigns.form.defaultName', { period: t('surveys.campaigns.form.quarter', quarterOf(new Date())) }), firstPublished ?? ''),
      );
  }, [listed, firstPublished, draft]);
  const onMembers = useCallback(
    (organizationId: string, loaded: readonly { accountId: string; displayName: string }[]) =>
      setMembers((current) => new Map([...current, [organizationId, loaded]])),
    [],
  );

  const error = options.error ?? questionnaires.error;
  if (!options.data || !published || !draft)
    return error ? <ErrorMessage error={error} onRetry={error === options.error ? options.reload : questionnaires.reload} /> : <Loading />;
  const { organizations, desks } = options.data;
  const desk = desks.find((d) => d.id === draft.serviceDeskId);
  const byName = draft.organizationsBy === 'name' ? draft.organizationIds : [];
  const plan = campaignPlan(draft, organizations, new Map([...members].map(([id, people]) => [id, people.map((p) => p.accountId)])));
  const problem = (field: string, numberField?: DraftNumberField): string | undefined =>
    numberField && badNumbers.includes(numberField) ? t('surveys.rules.notANumber') : fieldMessage(start.error, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = setupOf(draft);
    if (!parsed.ok) {
      setBadNumbers(parsed.fields);
      document.getElementById(`campaign-${parsed.fields[0] ?? ''}`)?.focus();
      return;
    }
    setBadNumbers([]);
    const result = await start.run({ setup: parsed.setup });
    if (result.ok) onStarted(result.data.campaign.id);
  };
  const numberField = (field: DraftNumberField, label: MessageKey, helper?: MessageKey) => (
    <FormField
      id={`campaign-${field}`}
      label={t(label)}
      required={field === 'expiryDays'}
      helper={helper ? t(helper) : undefined}
      error={problem(`setup.${field}`, field)}
    >
      {(control) => (
        <Textfield
          id={control.id}
          inputMode="numeric"
          width="small"
          value={draft[field]}
          isInvalid={control.isInvalid}
          aria-describedby={control.describedBy}
          onChange={(event) => setDraft({ ...draft, [field]: event.currentTarget.value })}
          testId={`campaign-${field}`}
        />
      )}
    </FormField>
  );
  const otherError = start.error && !isFieldError(start.error, INLINE_FIELDS) ? start.error : undefined;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="campaign-form">
      <Stack space="space.300">
        <Heading size="small" as="h3">
          {t('surveys.campaigns.form.title')}
        </Heading>
        <FormField
          id="campaign-name"
          label={t('surveys.campaigns.form.name')}
          required
          helper={t('surveys.campaigns.form.name.helper')}
          error={problem('setup.name')}
        >
          {(control) => (
            <Textfield
              id={control.id}
              width="large"
              value={draft.name}
              isInvalid={control.isInvalid}
              aria-describedby={control.describedBy}
              onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
              testId="campaign-name"
            />
          )}
        </FormField>
        <FormField
          id="campaign-questionnaire"
          label={t('surveys.campaigns.form.questionnaire')}
          required
          error={problem('setup.questionnaireId')}
          helper={published.length === 0 ? t('surveys.campaigns.form.noQuestionnaire') : undefined}
        >
          {(control) => (
            <NativeSelect
              id={control.id}
              describedBy={control.describedBy}
              invalid={control.isInvalid}
              value={draft.questionnaireId}
              placeholder={t('surveys.campaigns.form.choose')}
              options={published.map((q) => ({ value: q.id, label: q.name }))}
              onChange={(questionnaireId) => setDraft({ ...draft, questionnaireId })}
            />
          )}
        </FormField>
        <OrganizationsChoice draft={draft} organizations={organizations} onChange={setDraft} problem={problem} />
        <ChoiceGroup legend={t('surveys.campaigns.form.audience')}>
          {CAMPAIGN_AUDIENCES.map((audience) => (
            <RadioRow
              key={audience}
              id={`campaign-audience-${audience}`}
              name="campaign-audience"
              checked={draft.audience === audience}
              onChange={() => setDraft({ ...draft, audience })}
              testId={`campaign-audience-${audience}`}
            >
              {t(`surveys.campaigns.form.audience.${audience}` satisfies MessageKey)}
            </RadioRow>
          ))}
        </ChoiceGroup>
        {byName.map((organizationId) => (
          <OrganizationContacts
            key={organizationId}
            organizationId={organizationId}
            name={organizations.find((o) => o.id === organizationId)?.name ?? organizationId}
            chooseContacts={draft.audience === 'key-contacts'}
            fromPortfolio={organizations.find((o) => o.id === organizationId)?.keyContacts ?? []}
            chosen={draft.keyContacts[organizationId] ?? []}
            onToggle={(accountId, on) => setDraft(toggleContact(draft, organizationId, accountId, on))}
            onLoaded={onMembers}
            error={problem(`setup.keyContacts.${organizationId}`)}
          />
        ))}
        <Inline space="space.200" shouldWrap alignBlock="end">
          <FormField id="campaign-desk" label={t('surveys.campaigns.form.desk')} required error={problem('setup.serviceDeskId')}>
            {(control) => (
              <NativeSelect
                id={control.id}
                describedBy={control.describedBy}
                invalid={control.isInvalid}
                value={draft.serviceDeskId}
                placeholder={t('surveys.campaigns.form.choose')}
                options={desks.map((d) => ({ value: d.id, label: `${d.name} (${d.projectKey})` }))}
                onChange={(id) => setDraft(chooseDesk(draft, id, desks.find((d) => d.id === id)?.surveyRequestTypeId ?? null))}
                testId="campaign-desk"
              />
            )}
          </FormField>
          {desk ? (
            <FormField id="campaign-request-type" label={t('surveys.campaigns.form.requestType')} required error={problem('setup.requestTypeId')}>
              {(control) => (
                <NativeSelect
                  id={control.id}
                  describedBy={control.describedBy}
                  invalid={control.isInvalid}
                  value={draft.requestTypeId}
                  placeholder={t('surveys.campaigns.form.choose')}
                  options={desk.requestTypes.map((r) => ({ value: r.id, label: r.name }))}
                  onChange={(requestTypeId) => setDraft({ ...draft, requestTypeId })}
                  testId="campaign-request-type"
                />
              )}
            </FormField>
          ) : null}
          {desk && desk.surveyRequestTypeId === null ? (
            <Button
              isLoading={addType.pending}
              onClick={() =>
                void addType.run({ serviceDeskId: desk.id }).then((result) => {
                  if (!result.ok) return;
                  setDraft({ ...draft, requestTypeId: result.data.requestType.id });
                  options.reload();
                })
              }
              testId="campaign-add-request-type"
            >
              {t('surveys.campaigns.form.addRequestType', { name: desk.name })}
            </Button>
          ) : null}
        </Inline>
        {addType.error ? <ErrorMessage error={addType.error} /> : null}
        <Inline space="space.200" shouldWrap>
          {numberField('expiryDays', 'surveys.campaigns.form.expiryDays')}
          {numberField('reminderDays', 'surveys.campaigns.form.reminderDays', 'surveys.rules.reminderDays.helper')}
        </Inline>
        <CheckboxRow id="campaign-anonymous" checked={draft.anonymous} onChange={(anonymous) => setDraft({ ...draft, anonymous })}>
          {t('surveys.campaigns.form.anonymous')}
        </CheckboxRow>
        <div role="status" aria-live="polite" data-testid="campaign-plan">
          <Text>
            {draft.organizationsBy === 'tier'
              ? draft.tiers.length === 0
                ? t('surveys.campaigns.form.planNoTier')
                : t('surveys.campaigns.form.planTiers', { organizations: plan.organizations })
              : plan.organizations === 0
                ? t('surveys.campaigns.form.planEmpty')
                : plan.pending > 0
                  ? t('surveys.campaigns.form.planPending', { pending: plan.pending })
                  : t('surveys.campaigns.form.plan', { contacts: plan.contacts, organizations: plan.organizations })}
          </Text>
        </div>
        {otherError ? <ErrorMessage error={otherError} /> : null}
        <Inline space="space.150">
          <Button
            type="submit"
            appearance="primary"
            isLoading={start.pending}
            isDisabled={plan.organizations === 0 || plan.pending > 0 || (draft.organizationsBy === 'name' && plan.contacts === 0)}
            testId="campaign-start"
          >
            {t('surveys.campaigns.form.start')}
          </Button>
          <Button appearance="subtle" onClick={onCancel}>
            {t('surveys.campaigns.form.cancel')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}

/**
 * One ticked organization: its members load, and for key contacts the admin ticks who is asked
 * besides the key contacts its portfolio profile lists (ticked, not to be unticked here).
 */
function OrganizationContacts({
  organizationId,
  name,
  chooseContacts,
  fromPortfolio,
  chosen,
  onToggle,
  onLoaded,
  error,
}: {
  organizationId: string;
  name: string;
  chooseContacts: boolean;
  fromPortfolio: readonly string[];
  chosen: readonly string[];
  onToggle: (accountId: string, on: boolean) => void;
  onLoaded: (organizationId: string, members: readonly { accountId: string; displayName: string }[]) => void;
  error: string | undefined;
}) {
  const members = useCall(surveyAdminClient, 'listOrganizationMembers', { organizationId });
  useEffect(() => {
    if (members.data) onLoaded(organizationId, members.data.members);
  }, [members.data, onLoaded, organizationId]);
  if (!chooseContacts) return null;
  if (!members.data)
    return members.error ? (
      <ErrorMessage error={members.error} onRetry={members.reload} />
    ) : (
      <Text color="color.text.subtle">{t('surveys.campaigns.form.loadingMembers')}</Text>
    );
  if (members.data.members.length === 0) return <Text color="color.text.subtle">{t('surveys.campaigns.form.noMembers', { name })}</Text>;
  return (
    <Panel testId={`campaign-contacts-${organizationId}`}>
      <Stack space="space.075">
        <ChoiceGroup legend={t('surveys.campaigns.form.keyContacts', { name })}>
          {members.data.members.map((m) => {
            const listed = fromPortfolio.includes(m.accountId);
            return (
              <CheckboxRow
                key={m.accountId}
                id={`campaign-contact-${organizationId}-${m.accountId}`}
                checked={listed || chosen.includes(m.accountId)}
                disabled={listed}
                onChange={(on) => onToggle(m.accountId, on)}
              >
                {listed ? t('surveys.campaigns.form.fromPortfolio', { name: m.displayName }) : m.displayName}
              </CheckboxRow>
            );
          })}
        </ChoiceGroup>
        {error ? <Text color="color.text.danger">{error}</Text> : null}
      </Stack>
    </Panel>
  );
}
