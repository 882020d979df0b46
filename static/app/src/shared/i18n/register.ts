import { enRegister } from './en-register';
import { registerArea } from './index';

/**
 * The complaint register's strings, added when the complaint panel's, the register page's or the
 * admin page's code loads (each imports this first), so that other frames never download them;
 * each locale's table is its own chunk.
 */
registerArea(enRegister, {
  de: () => import('./de/register'),
  es: () => import('./es/register'),
  'zh-CN': () => import('./zh-CN/register'),
  id: () => import('./id/register'),
});
