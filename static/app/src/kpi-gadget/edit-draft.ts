import {
  CACHE_MINUTES,
  DEFAULT_GADGET_KPIS,
  GADGET_LAYOUTS,
  gadgetConfig,
  type CatalogueEntry,
  type GadgetConfig,
  type GadgetConfigInput,
} from '#kpi/contract';
import { PERIOD_PRESETS, type PeriodSpec } from '#kernel/periods';

/**
 * The edit view's form state, and how it becomes a gadget configuration. Numbers stay text while
 * they are typed; turning the draft into a configuration reads them, and the contract's schema
 * checks the result (the same schema the resolver and the view use).
 */

export const PERIOD_KINDS = [...PERIOD_PRESETS, 'rolling-days', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface DraftKpi {
  id: string;
  /** The target as typed; empty: no target. */
  target: string;
}

export interface Draft {
  kpis: DraftKpi[];
  projectIds: string[];
  customerId: string | null;
  serviceId: string | null;
  periodKind: PeriodKind;
  days: string;
  from: string;
  to: string;
  compare: boolean;
  layout: (typeof GADGET_LAYOUTS)[number];
  cacheMinutes: string;
  refresh: string;
}

const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** The draft of a stored configuration, or of a new gadget (the default KPIs, this month) when there is none or it does not parse. */
export function draftOf(stored: unknown, catalogue: readonly CatalogueEntry[]): Draft {
  const parsed = gadgetConfig.safeParse(stored);
  const defaultTarget = (id: string) => catalogue.find((c) => c.id === id)?.defaultTarget ?? null;
  if (!parsed.success) {
    return {
      kpis: DEFAULT_GADGET_KPIS.map((id) => ({ id, target: text(defaultTarget(id)) })),
      projectIds: [],
      customerId: null,
      serviceId: null,
      periodKind: 'this-month',
      days: '30',
      from: '',
      to: '',
      compare: true,
      layout: 'tiles',
      cacheMinutes: String(CACHE_MINUTES.default),
      refresh: '15',
    };
  }
  const config = parsed.data;
  const period = config.period;
  return {
    kpis: config.kpis.map((k) => ({ id: k.id, target: text(k.target === undefined ? defaultTarget(k.id) : k.target) })),
    projectIds: config.scope.projectIds ?? [],
    customerId: config.scope.customerId ?? null,
    serviceId: config.scope.serviceId ?? null,
    periodKind: period.kind,
    days: period.kind === 'rolling-days' ? String(period.days) : '30',
    from: period.kind === 'custom' ? period.from : '',
    to: period.kind === 'custom' ? period.to : '',
    compare: config.compare === 'previous',
    layout: config.layout,
    cacheMinutes: String(config.cacheMinutes),
    refresh: text(config.refresh),
  };
}

/** A number as typed, or the text itself when it is not one (the schema then names the field). */
const numberOf = (typed: string): number | string => {
  const trimmed = typed.trim().replace(',', '.');
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : typed;
};

function periodOf(draft: Draft): PeriodSpec | Record<string, unknown> {
  if (draft.periodKind === 'rolling-days') return { kind: 'rolling-days', days: numberOf(draft.days) };
  if (draft.periodKind === 'custom') return { kind: 'custom', from: draft.from, to: draft.to };
  return { kind: draft.periodKind };
}

/** The configuration the draft describes, as the schema reads it: a configuration, or the problems by field. */
export function configOf(draft: Draft): { ok: true; config: GadgetConfig } | { ok: false; errors: Map<string, string> } {
  const input: Record<keyof GadgetConfigInput, unknown> = {
    kpis: draft.kpis.map((k) => ({ id: k.id, target: k.target.trim() === '' ? null : numberOf(k.target) })),
    scope: {
      ...(draft.projectIds.length > 0 ? { projectIds: draft.projectIds } : {}),
      ...(draft.customerId ? { customerId: draft.customerId } : {}),
      ...(draft.serviceId ? { serviceId: draft.serviceId } : {}),
    },
    period: periodOf(draft),
    compare: draft.compare ? 'previous' : 'none',
    layout: draft.layout,
    cacheMinutes: numberOf(draft.cacheMinutes),
    refresh: draft.refresh.trim() === '' ? undefined : numberOf(draft.refresh),
  };
  const parsed = gadgetConfig.safeParse(input);
  if (parsed.success) return { ok: true, config: parsed.data };
  const errors = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    if (!errors.has(field)) errors.set(field, issue.message);
  }
  return { ok: false, errors };
}

/** Adds a KPI at the end (with its default target) or takes it off. */
export function toggleKpi(draft: Draft, entry: CatalogueEntry): Draft {
  const on = draft.kpis.some((k) => k.id === entry.id);
  return { ...draft, kpis: on ? draft.kpis.filter((k) => k.id !== entry.id) : [...draft.kpis, { id: entry.id, target: text(entry.defaultTarget) }] };
}

/** Moves the KPI at `index` one place up (-1) or down (+1). */
export function moveKpi(draft: Draft, index: number, by: -1 | 1): Draft {
  const to = index + by;
  if (to < 0 || to >= draft.kpis.length) return draft;
  const kpis = [...draft.kpis];
  const [moved] = kpis.splice(index, 1);
  if (moved) kpis.splice(to, 0, moved);
  return { ...draft, kpis };
}
