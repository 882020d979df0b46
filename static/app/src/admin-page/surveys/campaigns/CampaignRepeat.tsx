import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useState } from 'react';
import { REPEAT_LIMITS, type CampaignDetailView } from '#surveys/admin-contract';
import { useAction } from '../../../shared/bridge-client';
import { fieldMessage } from '../../../shared/field-errors';
import { t } from '../../../shared/i18n';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { FormField } from '../../../shared/ui/FormField';
import { surveyAdminClient } from '../client';
import { day, NativeSelect, Panel } from '../controls';

const NEVER = 'never';
const MONTHS = Array.from({ length: REPEAT_LIMITS.everyMonths.max - REPEAT_LIMITS.everyMonths.min + 1 }, (_, i) => String(REPEAT_LIMITS.everyMonths.min + i));

const labelOf = (months: string): string =>
  months === '1'
    ? t('surveys.campaigns.repeat.monthly')
    : Number(months) === REPEAT_LIMITS.quarterly
      ? t('surveys.campaigns.repeat.quarterly')
      : months === String(REPEAT_LIMITS.everyMonths.max)
        ? t('surveys.campaigns.repeat.yearly')
        : t('surveys.campaigns.repeat.every', { months });

/** Sets a campaign to start again every so many months (or not), and says when the next one starts. */
export function CampaignRepeat({ campaign, onChanged, onOpen }: { campaign: CampaignDetailView; onChanged: () => void; onOpen: (id: string) => void }) {
  const save = useAction(surveyAdminClient, 'setCampaignRepeat');
  const current = campaign.repeat ? String(campaign.repeat.everyMonths) : NEVER;
  const [choice, setChoice] = useState<string>(current);
  const [saved, setSaved] = useState(false);
  const previous = campaign.previousId ? (
    <Button appearance="subtle" onClick={() => onOpen(campaign.previousId ?? '')} testId="campaign-previous">
      {t('surveys.campaigns.repeat.previous')}
    </Button>
  ) : null;
  if (campaign.repeatedBy !== null)
    return (
      <Panel testId="campaign-repeat">
        <Stack space="space.100">
          <Text>{t('surveys.campaigns.repeat.continued')}</Text>
          <Inline space="space.100">
            <Button onClick={() => onOpen(campaign.repeatedBy ?? '')} testId="campaign-next">
              {t('surveys.campaigns.repeat.openNext')}
            </Button>
            {previous}
          </Inline>
        </Stack>
      </Panel>
    );
  const submit = async () => {
    setSaved(false);
    const result = await save.run({ id: campaign.id, everyMonths: choice === NEVER ? null : Number(choice) });
    if (result.ok) {
      setSaved(true);
      onChanged();
    }
  };
  return (
    <Panel testId="campaign-repeat">
      <Stack space="space.150">
        <Inline space="space.150" alignBlock="end" shouldWrap>
          <FormField
            id="campaign-repeat-every"
            label={t('surveys.campaigns.repeat.label')}
            helper={t('surveys.campaigns.repeat.helper')}
            error={fieldMessage(save.error, 'everyMonths')}
          >
            {(control) => (
              <NativeSelect
                id={control.id}
                describedBy={control.describedBy}
                invalid={control.isInvalid}
                value={choice}
                options={[{ value: NEVER, label: t('surveys.campaigns.repeat.never') }, ...MONTHS.map((m) => ({ value: m, label: labelOf(m) }))]}
                onChange={(value) => {
                  setChoice(value);
                  setSaved(false);
                }}
                testId="campaign-repeat-every"
              />
            )}
          </FormField>
          <Button isLoading={save.pending} isDisabled={choice === current} onClick={() => void submit()} testId="campaign-repeat-save">
            {t('surveys.campaigns.repeat.save')}
          </Button>
        </Inline>
        <div role="status" aria-live="polite">
          {campaign.repeat ? <Text testId="campaign-repeat-next">{t('surveys.campaigns.repeat.next', { date: day(campaign.repeat.nextAt) })}</Text> : null}
          {saved ? <Text color="color.text.subtle"> {t('surveys.campaigns.repeat.saved')}</Text> : null}
        </div>
        {save.error && !fieldMessage(save.error, 'everyMonths') ? <ErrorMessage error={save.error} /> : null}
        {previous ? <Inline>{previous}</Inline> : null}
      </Stack>
    </Panel>
  );
}
