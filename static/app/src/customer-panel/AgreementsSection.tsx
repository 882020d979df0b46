import { Text } from '@atlaskit/primitives/compiled/text';
import { useState } from 'react';
import type { AgreementView, CustomerView } from '#portfolio/contract';
import { t } from '../shared/i18n';
import { formatDay, formatList } from '../shared/portfolio/labels';
import { Section } from '../shared/portfolio/Section';
import { QuietButton } from '../shared/ui/QuietButton';
import { StatusLozenge } from '../shared/ui/StatusLozenge';

const cell = { padding: '4px 8px', textAlign: 'start' as const, verticalAlign: 'top' as const };
const stateAppearance = { upcoming: 'default', active: 'success', 'ending-soon': 'moved', ended: 'removed' } as const;

/** All agreements, by end date; those ending within 90 days flagged. */
export function AgreementsSection({
  customer,
  highlighted,
  onAdd,
  onEdit,
  onRemove,
}: {
  customer: CustomerView;
  highlighted?: string;
  onAdd: () => void;
  onEdit: (a: AgreementView) => void;
  onRemove: (a: AgreementView) => void;
}) {
  const ending = customer.agreements.filter((a) => a.state === 'ending-soon').length;
  // Removing asks once more, in place (app frames may not open the browser's own dialogs).
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  return (
    <Section
      title={t('portfolio.panel.agreements')}
      testId="agreements-section"
      action={
        customer.canEdit ? (
          <QuietButton onClick={onAdd} testId="add-agreement">
            {t('portfolio.agreements.add')}
          </QuietButton>
        ) : undefined
      }
    >
      {ending > 0 && <Text weight="medium">{t('portfolio.agreements.endingSoon', { count: ending })}</Text>}
      {customer.agreements.length === 0 ? (
        <Text color="color.text.subtle">{t('portfolio.agreements.none')}</Text>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="agreements-table">
          <thead>
            <tr>
              {(['type', 'name', 'start', 'end', 'state', 'services'] as const).map((c) => (
                <th key={c} scope="col" style={cell}>
                  {t(`portfolio.agreements.${c}`)}
                </th>
              ))}
              {customer.canEdit && <td style={cell} />}
            </tr>
          </thead>
          <tbody>
            {customer.agreements.map((a) => (
              <tr
                key={a.agreementId}
                id={`agreement-${a.agreementId}`}
                data-state={a.state}
                style={highlighted === a.agreementId ? { outline: '2px solid var(--ds-border-focused, #388bff)' } : undefined}
                tabIndex={-1}
              >
                <td style={cell}>{t(`portfolio.agreementType.${a.agreementType}`)}</td>
                <td style={cell}>
                  {a.reference ? (
                    <a href={a.reference} target="_blank" rel="noreferrer">
                      {a.name}
                    </a>
                  ) : (
                    a.name
                  )}
                </td>
                <td style={cell}>{formatDay(a.startDate)}</td>
                <td style={cell}>{formatDay(a.endDate)}</td>
                <td style={cell}>
                  <StatusLozenge appearance={stateAppearance[a.state]}>{t(`portfolio.agreementState.${a.state}`, { days: a.daysLeft })}</StatusLozenge>
                </td>
                <td style={cell}>{a.services.length > 0 ? formatList(a.services.map((s) => s.name)) : t('portfolio.none')}</td>
                {customer.canEdit && (
                  <td style={cell}>
                    <QuietButton onClick={() => onEdit(a)} aria-label={t('portfolio.agreements.edit', { name: a.name })}>
                      {t('portfolio.agreements.editShort')}
                    </QuietButton>
                    {confirming === a.agreementId ? (
                      <span role="group" aria-label={t('portfolio.agreements.removeQuestion', { name: a.name })}>
                        <Text size="small">{t('portfolio.agreements.removeQuestion', { name: a.name })}</Text>{' '}
                        <QuietButton onClick={() => onRemove(a)} testId="confirm-remove">
                          {t('portfolio.edit.removeConfirm')}
                        </QuietButton>
                        <QuietButton onClick={() => setConfirming(undefined)}>{t('portfolio.edit.cancel')}</QuietButton>
                      </span>
                    ) : (
                      <QuietButton onClick={() => setConfirming(a.agreementId)} aria-label={t('portfolio.agreements.remove', { name: a.name })}>
                        {t('portfolio.agreements.removeShort')}
                      </QuietButton>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
