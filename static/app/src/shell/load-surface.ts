import type { ComponentType } from 'react';
import type { Surface } from './surfaces';

type SurfaceModule = Promise<{ default: ComponentType }>;

/**
 * Loads one surface's code (a chunk of its own, with the libraries only it uses). The paths are
 * the ones SURFACE_SOURCES names.
 */
export function loadSurface(surface: Surface): SurfaceModule {
  switch (surface) {
    case 'admin-page':
      return import('../admin-page/App').then((m) => ({ default: m.App }));
    case 'issue-action':
      return import('../issue-action/App').then((m) => ({ default: m.App }));
    case 'issue-context':
      return import('../issue-context/App').then((m) => ({ default: m.App }));
    case 'issue-panel':
      return import('../issue-panel/App').then((m) => ({ default: m.App }));
    case 'field-view':
      return import('../custom-field/ViewApp').then((m) => ({ default: m.ViewApp }));
    case 'field-edit':
      return import('../custom-field/EditApp').then((m) => ({ default: m.EditApp }));
    case 'customer-panel':
      return import('../customer-panel/App').then((m) => ({ default: m.App }));
    case 'portfolio-page':
      return import('../portfolio-page/App').then((m) => ({ default: m.App }));
    case 'customer-glance':
      return import('../customer-glance/App').then((m) => ({ default: m.App }));
    case 'survey-portal':
      return import('../survey-portal/App').then((m) => ({ default: m.App }));
    case 'kpi-gadget':
      return import('../kpi-gadget/ViewApp').then((m) => ({ default: m.ViewApp }));
    case 'kpi-gadget-edit':
      return import('../kpi-gadget/EditApp').then((m) => ({ default: m.EditApp }));
  }
}
