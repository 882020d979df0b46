import { fieldModeOf } from '../custom-field/field-mode';

/**
 * The app's surfaces: the screens its UI modules show. All of them are one Custom UI resource;
 * the shell picks one per frame and loads only that surface's code.
 */
export const SURFACES = [
  'admin-page',
  'issue-action',
  'issue-context',
  'issue-panel',
  'field-view',
  'field-edit',
  'customer-panel',
  'portfolio-page',
  'customer-glance',
  'survey-portal',
  'kpi-gadget',
  'kpi-gadget-edit',
] as const;
export type Surface = (typeof SURFACES)[number];

/** A custom field's surfaces: its view, and its edit experience. */
const FIELD = { view: 'field-view', edit: 'field-edit' } as const satisfies Record<'view' | 'edit', Surface>;

/** A dashboard gadget's surfaces: its view, and its edit view (`extension.entryPoint: 'edit'`). */
const GADGET = { view: 'kpi-gadget', edit: 'kpi-gadget-edit' } as const satisfies Record<'view' | 'edit', Surface>;

/** The UI modules of manifest.yml by key, and the surface each shows. */
export const MODULE_SURFACES: Readonly<Record<string, Surface | typeof FIELD | typeof GADGET>> = {
  'brm-admin-page': 'admin-page',
  'brm-feedback-action': 'issue-action',
  'brm-feedback-context': 'issue-context',
  'brm-issue-panel': 'issue-panel',
  'brm-customer': FIELD,
  'brm-service': FIELD,
  'brm-customer-panel': 'customer-panel',
  'brm-portfolio-page': 'portfolio-page',
  'brm-customer-glance': 'customer-glance',
  'brm-survey-portal': 'survey-portal',
  'brm-kpi-gadget': GADGET,
};

/**
 * The module source that renders each surface, relative to the resource's folder (static/app).
 * The shell imports exactly these (shell/load-surface.ts); the build's manifest lists them, which
 * is how the weight check finds each surface's code.
 */
export const SURFACE_SOURCES: Readonly<Record<Surface, string>> = {
  'admin-page': 'src/admin-page/App.tsx',
  'issue-action': 'src/issue-action/App.tsx',
  'issue-context': 'src/issue-context/App.tsx',
  'issue-panel': 'src/issue-panel/App.tsx',
  'field-view': 'src/custom-field/ViewApp.tsx',
  'field-edit': 'src/custom-field/EditApp.tsx',
  'customer-panel': 'src/customer-panel/App.tsx',
  'portfolio-page': 'src/portfolio-page/App.tsx',
  'customer-glance': 'src/customer-glance/App.tsx',
  'survey-portal': 'src/survey-portal/App.tsx',
  'kpi-gadget': 'src/kpi-gadget/ViewApp.tsx',
  'kpi-gadget-edit': 'src/kpi-gadget/EditApp.tsx',
};

/**
 * The surface of a frame, from its Forge context: the module key, and for a custom field whether
 * Jira opened its view or its edit experience. `undefined` for a module this app does not know.
 */
export function surfaceOf(context: { moduleKey?: unknown; extension?: unknown } | undefined): Surface | undefined {
  const moduleKey = context?.moduleKey;
  if (typeof moduleKey !== 'string' || !Object.hasOwn(MODULE_SURFACES, moduleKey)) return undefined;
  const surface = MODULE_SURFACES[moduleKey];
  if (surface === undefined) return undefined;
  return typeof surface === 'string' ? surface : surface[fieldModeOf(context?.extension)];
}
