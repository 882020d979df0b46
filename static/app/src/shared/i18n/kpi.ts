import { enKpi } from './en-kpi';
import { registerArea } from './index';

/**
 * The KPI gadget's strings (view and edit), added when the gadget's code loads (kpi-gadget/ imports
 * this first), so that no other frame downloads them; each locale's table is its own chunk.
 */
registerArea(enKpi, {
  de: () => import('./de/kpi'),
  es: () => import('./es/kpi'),
  'zh-CN': () => import('./zh-CN/kpi'),
  id: () => import('./id/kpi'),
});
