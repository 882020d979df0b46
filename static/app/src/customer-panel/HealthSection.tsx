import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { HealthView } from '#portfolio/contract';
import { t } from '../shared/i18n';
import { JqlLink } from '../shared/portfolio/JqlLink';
import { HealthLozenge, reasonText } from '../shared/portfolio/labels';
import { Section } from '../shared/portfolio/Section';

/** The health status and the reasons behind it, each with a link to its evidence. */
export function HealthSection({ health, onShowAgreement }: { health: HealthView; onShowAgreement: (agreementId: string) => void }) {
  return (
    <Section title={t('portfolio.panel.health')} testId="health-section">
      <Inline space="space.100" alignBlock="center">
        <HealthLozenge status={health.status} testId="health-status" />
      </Inline>
      {health.reasons.length === 0 ? (
        <Text color="color.text.subtle">{t('portfolio.health.noReasons')}</Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={t('portfolio.health.reasons')} data-testid="health-reasons">
          {health.reasons.map((reason, i) => (
            <li key={`${reason.code}-${i}`} data-code={reason.code} data-severity={reason.severity}>
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <Text weight={reason.severity === 'at-risk' ? 'bold' : 'regular'}>{reasonText(reason)}</Text>
                {reason.evidence.kind === 'jql' ? (
                  <JqlLink jql={reason.evidence.jql}>{t('portfolio.health.evidence')}</JqlLink>
                ) : (
                  <a
                    href={`#agreement-${reason.evidence.agreementId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      if (reason.evidence.kind === 'agreement') onShowAgreement(reason.evidence.agreementId);
                    }}
                  >
                    {t('portfolio.health.evidence')}
                  </a>
                )}
              </Inline>
            </li>
          ))}
        </ul>
      )}
      {health.missing.length > 0 && (
        <Stack space="space.050">
          {health.missing.map((m) => (
            <Text key={m} size="small" color="color.text.subtlest">
              {t(`portfolio.health.missing.${m}`)}
            </Text>
          ))}
        </Stack>
      )}
    </Section>
  );
}
