import { enAdmin } from './en-admin';
import { registerArea } from './index';

/**
 * The admin page's strings, added when the admin page's code loads (admin-page/App.tsx imports
 * this first), so the issue surfaces' frames never download them; each locale's table is its own chunk.
 */
registerArea(enAdmin, {
  de: () => import('./de/admin'),
  es: () => import('./es/admin'),
  'zh-CN': () => import('./zh-CN/admin'),
  id: () => import('./id/admin'),
});
