import { enPortfolio } from './en-portfolio';
import { registerArea } from './index';

/**
 * The portfolio surfaces' strings (customer panel, portfolio page, customer glance, the admin
 * page's portfolio tab), added when their code loads, so other frames never download them; each
 * locale's table is its own chunk.
 */
registerArea(enPortfolio, {
  de: () => import('./de/portfolio'),
  es: () => import('./es/portfolio'),
  'zh-CN': () => import('./zh-CN/portfolio'),
  id: () => import('./id/portfolio'),
});
