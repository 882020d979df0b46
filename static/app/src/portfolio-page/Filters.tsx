import { Inline } from '@atlaskit/primitives/compiled/inline';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import { HEALTH_STATUSES, LIFECYCLES, TIERS, type PortfolioFilter } from '#portfolio/contract';
import { t } from '../shared/i18n';

const control: CSSProperties = {
  font: token('font.body'),
  color: token('color.text'),
  background: token('color.background.input'),
  border: `1px solid ${token('color.border.input')}`,
  borderRadius: 3,
  padding: '4px 6px',
};
const labelStyle: CSSProperties = { display: 'inline-flex', gap: 6, alignItems: 'center', font: token('font.body'), color: token('color.text') };

/** One filter: a native select (keyboard and screen readers know it), "Any" for no filter. */
function Choice<V extends string>({
  id,
  label,
  value,
  values,
  text,
  onChange,
}: {
  id: string;
  label: string;
  value: V | null;
  values: readonly V[];
  text: (v: V) => string;
  onChange: (v: V | null) => void;
}) {
  return (
    <label style={labelStyle} htmlFor={id}>
      {label}
      <select id={id} style={control} value={value ?? ''} onChange={(e) => onChange(values.find((v) => v === e.currentTarget.value) ?? null)} data-testid={id}>
        <option value="">{t('portfolio.page.any')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {text(v)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The portfolio page's filters: my customers, tier, lifecycle, health. */
export function Filters({ filter, onChange }: { filter: PortfolioFilter; onChange: (filter: PortfolioFilter) => void }) {
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
      <legend style={{ font: token('font.heading.xxsmall'), marginBottom: 8 }}>{t('portfolio.page.filters')}</legend>
      <Inline space="space.300" alignBlock="center" shouldWrap>
        <label style={labelStyle} htmlFor="filter-mine">
          <input
            id="filter-mine"
            type="checkbox"
            checked={filter.mine}
            onChange={(e) => onChange({ ...filter, mine: e.currentTarget.checked })}
            data-testid="filter-mine"
          />
          {t('portfolio.page.mine')}
        </label>
        <Choice
          id="filter-tier"
          label={t('portfolio.page.tier')}
          value={filter.tier}
          values={TIERS}
          text={(v) => t(`portfolio.tier.${v}`)}
          onChange={(tier) => onChange({ ...filter, tier })}
        />
        <Choice
          id="filter-lifecycle"
          label={t('portfolio.page.lifecycle')}
          value={filter.lifecycle}
          values={LIFECYCLES}
          text={(v) => t(`portfolio.lifecycle.${v}`)}
          onChange={(lifecycle) => onChange({ ...filter, lifecycle })}
        />
        <Choice
          id="filter-health"
          label={t('portfolio.page.health')}
          value={filter.health}
          values={HEALTH_STATUSES}
          text={(v) => t(`portfolio.health.${v}`)}
          onChange={(health) => onChange({ ...filter, health })}
        />
      </Inline>
    </fieldset>
  );
}
