import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useState } from 'react';
import type { ChangeView } from '#portfolio/contract';
import { t } from '../shared/i18n';
import { formatMoment } from '../shared/portfolio/labels';
import { Section } from '../shared/portfolio/Section';
import { QuietButton } from '../shared/ui/QuietButton';

const value = (v: ChangeView['changes'][number]['from']): string =>
  v === null ? t('portfolio.none') : Array.isArray(v) ? v.join(', ') || t('portfolio.none') : v;

/** Every change of the profile: who made it, when, and what changed (newest first). */
export function HistorySection({ history }: { history: readonly ChangeView[] }) {
  const [open, setOpen] = useState(false);
  return (
    <Section
      title={t('portfolio.panel.history')}
      testId="history-section"
      action={
        history.length > 0 ? (
          <QuietButton onClick={() => setOpen(!open)} aria-expanded={open} testId="toggle-history">
            {open ? t('portfolio.history.hide') : t('portfolio.history.show', { count: history.length })}
          </QuietButton>
        ) : undefined
      }
    >
      {open && (
        <ol style={{ margin: 0, paddingInlineStart: 18 }} data-testid="history-list">
          {history.map((entry) => (
            <li key={`${entry.at}-${entry.by.accountId}`}>
              <Stack space="space.025">
                <Text weight="medium">
                  {t('portfolio.history.entry', { name: entry.by.displayName, date: formatMoment(entry.at) })}
                  {entry.source === 'import' ? ` (${t('portfolio.history.import')})` : ''}
                </Text>
                {entry.changes.map((c, i) => (
                  <Text key={`${c.field}-${i}`} size="small">
                    {t(`portfolio.history.field.${c.field}`)}
                    {c.field === 'profile' ? '' : `: ${t('portfolio.history.change', { from: value(c.from), to: value(c.to) })}`}
                    {c.subject && c.field === 'lifecycle' ? ` (${c.subject})` : ''}
                  </Text>
                ))}
              </Stack>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
