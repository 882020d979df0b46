import { enKpi } from './en-kpi';
import { registerEnglish } from './index';

/**
 * The KPI gadget's English strings, added when the gadget's code loads (kpi-gadget/ imports this
 * first), so that no other frame downloads them.
 */
registerEnglish(enKpi);
