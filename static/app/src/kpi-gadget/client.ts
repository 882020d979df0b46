import { kpiGadgetContract } from '#surfaces/kpi-gadget-contract';
import { createClient } from '../shared/bridge-client';

/** The KPI gadget's resolver calls (`kpi-resolver`). */
export const kpiClient = createClient(kpiGadgetContract);
