import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useState } from 'react';
import type { ChangeView } from '#portfolio/contract';
import { t } from '../shared/i18n';
import { formatDay, formatList, formatMoment } from '../shared/portfolio/labels';
import { Section } from '../shared/portfolio/Section';
import { QuietButton } from '../shared/ui/QuietButton';

type Change = ChangeView['changes'][number];

/** A value before or after a change, as the viewer reads it: tiers and lifecycle states by their names, agreements with their dates. */
function value(change: Change, v: Change['from']): string {
  if (v === null) return t('portfolio.none');
  if (Array.isArray(v)) return v.length > 0 ? formatList(v) : t('portfolio.none');
  if (typeof v === 'object')
    return t('portfolio.history.agreement', {
      type: t(`portfolio.agreementType.${v.agreementType}`),
      name: v.name,
      start: formatDay(v.startDate),
      end: formatDay(v.endDate),
    });
  if (change.field === 'tier' && (v === 'strategic' || v === 'key' || v === 'standard')) return t(`portfolio.tier.${v}`);
  if (change.field === 'lifecycle' && (v === 'prospect' || v === 'active' || v === 'lost')) return t(`portfolio.lifecycle.${v}`);
  return v;
}

/** One change as a line: the field, and what it changed from and to (and, for the lifecycle, on which day). */
function changeLine(change: Change): string {
  const field = t(`portfolio.history.field.${change.field}`);
  if (change.field === 'profile') return field;
  const from = value(change, change.from);
  const to = value(change, change.to);
  return change.subject && change.field === 'lifecycle'
    ? t('portfolio.history.lineOn', { field, from, to, date: formatDay(change.subject) })
    : t('portfolio.history.line', { field, from, to });
}

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
                  {t(entry.source === 'import' ? 'portfolio.history.entryImport' : 'portfolio.history.entry', {
                    name: entry.by.displayName,
                    date: formatMoment(entry.at),
                  })}
                </Text>
                {entry.changes.map((c, i) => (
                  <Text key={`${c.field}-${i}`} size="small">
                    {changeLine(c)}
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
