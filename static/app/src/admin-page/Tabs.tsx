import { token } from '@atlaskit/tokens';
import { useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDefinition<K extends string> {
  key: K;
  label: string;
  panel: ReactNode;
}

const list: CSSProperties = { display: 'flex', gap: 4, borderBottom: `2px solid ${token('color.border')}`, margin: 0, padding: 0 };

const tabStyle = (selected: boolean): CSSProperties => ({
  appearance: 'none',
  background: 'transparent',
  border: 'none',
  borderBottom: `2px solid ${selected ? token('color.border.selected') : 'transparent'}`,
  marginBottom: -2,
  padding: `${token('space.100')} ${token('space.150')}`,
  color: selected ? token('color.text.selected') : token('color.text.subtle'),
  font: token('font.body'),
  fontWeight: 500,
  cursor: 'pointer',
});

/**
 * Tabs as WAI-ARIA describes them: one tab in the Tab order (the selected one), arrow keys, Home
 * and End move between tabs and select them, and each panel is labelled by its tab. A panel is
 * rendered when its tab is first selected and then kept (hidden), so switching tabs does not lose
 * what the admin was doing in the other one.
 */
export function Tabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: readonly TabDefinition<K>[];
  selected: K;
  onSelect: (key: K) => void;
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const [visited, setVisited] = useState<ReadonlySet<K>>(() => new Set([selected]));
  if (!visited.has(selected)) setVisited(new Set([...visited, selected]));
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label={label} style={list}>
        {tabs.map((tab, index) => {
          const isSelected = tab.key === selected;
          return (
            <button
              key={tab.key}
              ref={(element) => {
                if (element) refs.current.set(tab.key, element);
                else refs.current.delete(tab.key);
              }}
              type="button"
              role="tab"
              id={`tab-${tab.key}`}
              aria-selected={isSelected}
              aria-controls={`tabpanel-${tab.key}`}
              tabIndex={isSelected ? 0 : -1}
              style={tabStyle(isSelected)}
              onClick={() => onSelect(tab.key)}
              onKeyDown={(event) => move(event, index)}
              data-testid={`tab-${tab.key}`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs
        .filter((tab) => visited.has(tab.key))
        .map((tab) => (
          <div
            key={tab.key}
            role="tabpanel"
            id={`tabpanel-${tab.key}`}
            aria-labelledby={`tab-${tab.key}`}
            hidden={tab.key !== selected}
            style={{ paddingTop: token('space.300') }}
          >
            {tab.panel}
          </div>
        ))}
    </div>
  );
}
