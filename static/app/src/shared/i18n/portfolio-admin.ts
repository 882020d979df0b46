import { enPortfolioAdmin } from './en-portfolio-admin';
import { registerArea } from './index';

/**
 * The admin page's portfolio tab's strings, added when the tab's code loads (with the portfolio's
 * shared strings, i18n/portfolio.ts), so that the customer panel, the portfolio page and the glance
 * never download them; each locale's table is its own chunk.
 */
registerArea(enPortfolioAdmin, {
  de: () => import('./de/portfolio-admin'),
  es: () => import('./es/portfolio-admin'),
  'zh-CN': () => import('./zh-CN/portfolio-admin'),
  id: () => import('./id/portfolio-admin'),
});
