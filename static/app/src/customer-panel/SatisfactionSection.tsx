import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { SatisfactionView } from '#portfolio/contract';
import { t } from '../shared/i18n';
import { JqlLink } from '../shared/portfolio/JqlLink';
import { percent, formatCount } from '../shared/portfolio/labels';
import { Section } from '../shared/portfolio/Section';
import { TrendChart } from '../shared/portfolio/TrendChart';
import { Figure } from './Figure';

const cell = { padding: '4px 8px', textAlign: 'start' as const };

/** Satisfaction over the last 12 months, overall and per service, from the survey aggregates. */
export function SatisfactionSection({ satisfaction }: { satisfaction: SatisfactionView }) {
  return (
    <Section title={t('portfolio.panel.satisfaction')} testId="satisfaction-section">
      {!satisfaction.available ? (
        <Text color="color.text.subtle">{t('portfolio.satisfaction.unavailable')}</Text>
      ) : satisfaction.overall.answered === 0 ? (
        <Text color="color.text.subtle">{t('portfolio.satisfaction.noneYet')}</Text>
      ) : (
        <Stack space="space.150">
          <Inline space="space.300" shouldWrap>
            <Figure label={t('portfolio.satisfaction.csat')} value={percent(satisfaction.overall.csat)} jql={satisfaction.overall.jql} testId="csat-overall" />
            <Figure
              label={t('portfolio.satisfaction.nps')}
              value={satisfaction.overall.nps === null ? t('portfolio.none') : satisfaction.overall.nps}
              jql={satisfaction.overall.jql}
            />
            <Figure label={t('portfolio.satisfaction.answers')} value={satisfaction.overall.answered} jql={satisfaction.overall.jql} />
          </Inline>
          <TrendChart points={satisfaction.overall.trend} testId="csat-trend" />
          <table style={{ borderCollapse: 'collapse' }} data-testid="satisfaction-per-service">
            <caption style={{ textAlign: 'start', fontWeight: 600 }}>{t('portfolio.satisfaction.perService')}</caption>
            <thead>
              <tr>
                <th scope="col" style={cell}>
                  {t('portfolio.satisfaction.service')}
                </th>
                <th scope="col" style={cell}>
                  {t('portfolio.satisfaction.csat')}
                </th>
                <th scope="col" style={cell}>
                  {t('portfolio.satisfaction.answers')}
                </th>
                <th scope="col" style={cell}>
                  {t('portfolio.satisfaction.trend')}
                </th>
              </tr>
            </thead>
            <tbody>
              {satisfaction.services.map((s) => (
                <tr key={s.service?.id ?? 'none'}>
                  <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
                    {s.service?.name ?? t('portfolio.satisfaction.noService')}
                  </th>
                  <td style={cell}>
                    <JqlLink jql={s.jql}>{percent(s.csat)}</JqlLink>
                  </td>
                  <td style={cell}>
                    <JqlLink jql={s.jql}>{formatCount(s.answered)}</JqlLink>
                  </td>
                  <td style={cell}>
                    <TrendChart points={s.trend} compact />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Stack>
      )}
    </Section>
  );
}
