import type { ComplaintRecord } from './complaint-record';

/**
 * The workflow rule on complaints: one may be resolved (moved into a Done-category status) only
 * once it has a corrective measure and every corrective measure is closed. Preventive measures may
 * stay open: they keep the next complaint from happening and often take longer than the fix.
 */
export type ResolutionVerdict =
  { allowed: true } | { allowed: false; reason: 'no-corrective-measure' } | { allowed: false; reason: 'corrective-measure-open'; openCorrective: number };

export function resolutionVerdict(record: Pick<ComplaintRecord, 'measures'>): ResolutionVerdict {
  const corrective = record.measures.filter((m) => m.type === 'corrective' && m.status !== 'cancelled');
  if (corrective.length === 0) return { allowed: false, reason: 'no-corrective-measure' };
  const open = corrective.filter((m) => m.status === 'open').length;
  return open === 0 ? { allowed: true } : { allowed: false, reason: 'corrective-measure-open', openCorrective: open };
}
