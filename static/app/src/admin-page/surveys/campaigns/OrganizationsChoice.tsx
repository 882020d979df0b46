import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { CAMPAIGN_CHOICES, TIERS } from '#surveys/admin-contract';
import { t, type MessageKey } from '../../../shared/i18n';
import { formatList } from '../../../shared/i18n/format';
import { CheckboxRow, ChoiceGroup, Panel, RadioRow } from '../controls';
import { organizationsInTiers, toggleOrganization, toggleTier, type CampaignDraft, type OrganizationChoice } from './campaign-draft';

/**
 * Which organizations a campaign surveys: ticked by name, or every customer of the ticked tiers of
 * the customer portfolio (looked up again when the campaign starts sending).
 */
export function OrganizationsChoice({
  draft,
  organizations,
  onChange,
  problem,
}: {
  draft: CampaignDraft;
  organizations: readonly OrganizationChoice[];
  onChange: (draft: CampaignDraft) => void;
  problem: (field: string) => string | undefined;
}) {
  const inTiers = organizationsInTiers(organizations, draft.tiers);
  const error = problem('setup.organizationIds') ?? problem('setup.tiers') ?? problem('setup.organizationsBy');
  return (
    <Panel testId="campaign-organizations-choice">
      <Stack space="space.150">
        <ChoiceGroup legend={t('surveys.campaigns.form.chooseBy')}>
          {CAMPAIGN_CHOICES.map((by) => (
            <RadioRow
              key={by}
              id={`campaign-by-${by}`}
              name="campaign-organizations-by"
              checked={draft.organizationsBy === by}
              onChange={() => onChange({ ...draft, organizationsBy: by })}
              testId={`campaign-by-${by}`}
            >
              {t(`surveys.campaigns.form.chooseBy.${by}` satisfies MessageKey)}
            </RadioRow>
          ))}
        </ChoiceGroup>
        {draft.organizationsBy === 'name' ? (
          <ChoiceGroup legend={t('surveys.campaigns.form.organizations')}>
            {organizations.map((o) => (
              <CheckboxRow
                key={o.id}
                id={`campaign-org-${o.id}`}
                checked={draft.organizationIds.includes(o.id)}
                onChange={(on) => onChange(toggleOrganization(draft, o.id, on))}
                testId={`campaign-org-${o.name}`}
              >
                {o.name}
              </CheckboxRow>
            ))}
          </ChoiceGroup>
        ) : (
          <Stack space="space.100" testId="campaign-tiers">
            <ChoiceGroup legend={t('surveys.campaigns.form.tiers')}>
              {TIERS.map((tier) => (
                <CheckboxRow
                  key={tier}
                  id={`campaign-tier-${tier}`}
                  checked={draft.tiers.includes(tier)}
                  onChange={(on) => onChange(toggleTier(draft, tier, on))}
                  testId={`campaign-tier-${tier}`}
                >
                  {t('surveys.campaigns.form.tierCount', {
                    tier: t(`surveys.campaigns.tier.${tier}` satisfies MessageKey),
                    count: organizations.filter((o) => o.tier === tier).length,
                  })}
                </CheckboxRow>
              ))}
            </ChoiceGroup>
            {draft.tiers.length === 0 ? null : inTiers.length === 0 ? (
              <Text color="color.text.subtle" testId="campaign-tiers-empty">
                {t('surveys.campaigns.form.tiersEmpty')}
              </Text>
            ) : (
              <Text testId="campaign-tiers-now">{t('surveys.campaigns.form.inTiers', { names: formatList(inTiers.map((o) => o.name)) })}</Text>
            )}
            <Text color="color.text.subtle">{t('surveys.campaigns.form.tiersWhen')}</Text>
            {draft.audience === 'key-contacts' ? <Text color="color.text.subtle">{t('surveys.campaigns.form.tierKeyContacts')}</Text> : null}
          </Stack>
        )}
        {error ? <Text color="color.text.danger">{error}</Text> : null}
      </Stack>
    </Panel>
  );
}
