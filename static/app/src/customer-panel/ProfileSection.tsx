import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ReactNode } from 'react';
import type { CustomerView } from '#portfolio/contract';
import { t } from '../shared/i18n';
import { formatDay, formatList, formatMoment } from '../shared/portfolio/labels';
import { Section } from '../shared/portfolio/Section';
import { ColumnGrid } from '../shared/ui/ColumnGrid';
import { QuietButton } from '../shared/ui/QuietButton';
import { StatusLozenge } from '../shared/ui/StatusLozenge';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack space="space.025" testId={testId}>
      <Text size="small" color="color.text.subtle" weight="medium">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

const lifecycleAppearance = { prospect: 'new', active: 'success', lost: 'removed' } as const;

/** Who the customer is: owner, tier, industry, lifecycle with its dates, key contacts and enrolled services. */
export function ProfileSection({ customer, onEdit, onChangeLifecycle }: { customer: CustomerView; onEdit: () => void; onChangeLifecycle: () => void }) {
  const { profile } = customer;
  const empty = profile.version === 0;
  return (
    <Section
      title={t('portfolio.panel.profile')}
      testId="profile-section"
      action={
        customer.canEdit ? (
          <QuietButton onClick={onEdit} testId="edit-profile">
            {t('portfolio.panel.edit')}
          </QuietButton>
        ) : undefined
      }
    >
      {empty && <Text color="color.text.subtle">{customer.canEdit ? t('portfolio.panel.noProfileAdmin') : t('portfolio.panel.noProfile')}</Text>}
      <ColumnGrid minWidth={180}>
        <Field label={t('portfolio.profile.owner')} testId="profile-owner">
          <Text>{profile.owner?.displayName ?? t('portfolio.profile.noOwner')}</Text>
        </Field>
        <Field label={t('portfolio.profile.tier')} testId="profile-tier">
          <Text>{profile.tier ? t(`portfolio.tier.${profile.tier}`) : t('portfolio.none')}</Text>
        </Field>
        <Field label={t('portfolio.profile.industry')} testId="profile-industry">
          <Text>{profile.industry || t('portfolio.none')}</Text>
        </Field>
        <Field label={t('portfolio.profile.lifecycle')} testId="profile-lifecycle">
          <Inline space="space.100" alignBlock="center" shouldWrap>
            {profile.lifecycle ? (
              <>
                <StatusLozenge appearance={lifecycleAppearance[profile.lifecycle.state]}>{t(`portfolio.lifecycle.${profile.lifecycle.state}`)}</StatusLozenge>
                <Text size="small" color="color.text.subtle">
                  {formatDay(profile.lifecycle.since)}
                </Text>
              </>
            ) : (
              <Text>{t('portfolio.none')}</Text>
            )}
            {customer.canEdit && (
              <QuietButton onClick={onChangeLifecycle} testId="change-lifecycle">
                {t('portfolio.lifecycle.change')}
              </QuietButton>
            )}
          </Inline>
        </Field>
      </ColumnGrid>
      <ColumnGrid minWidth={240}>
        <Field label={t('portfolio.profile.contacts')}>
          {profile.keyContacts.length === 0 ? (
            <Text color="color.text.subtle">{t('portfolio.profile.noContacts')}</Text>
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {profile.keyContacts.map((c) => (
                <li key={c.accountId}>
                  <Text>{c.role ? t('portfolio.profile.contact', { name: c.displayName, role: c.role }) : c.displayName}</Text>
                </li>
              ))}
            </ul>
          )}
        </Field>
        <Field label={t('portfolio.profile.services')}>
          {profile.enrolledServices.length === 0 ? (
            <Text color="color.text.subtle">{t('portfolio.profile.noServices')}</Text>
          ) : (
            <Text>{formatList(profile.enrolledServices.map((s) => s.name))}</Text>
          )}
        </Field>
        {profile.lifecycleHistory.length > 1 && (
          <Field label={t('portfolio.lifecycle.history')}>
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {profile.lifecycleHistory.map((c) => (
                <li key={`${c.state}-${c.date}`}>
                  <Text>{t('portfolio.lifecycle.entry', { state: t(`portfolio.lifecycle.${c.state}`), date: formatDay(c.date) })}</Text>
                </li>
              ))}
            </ul>
          </Field>
        )}
      </ColumnGrid>
      {profile.updatedBy && (
        <Text size="small" color="color.text.subtlest">
          {t('portfolio.profile.lastChange', { name: profile.updatedBy.displayName, date: formatMoment(profile.updatedAt) })}
        </Text>
      )}
      {!customer.canEdit && (
        <Text size="small" color="color.text.subtlest">
          {t('portfolio.panel.readOnly')}
        </Text>
      )}
    </Section>
  );
}
