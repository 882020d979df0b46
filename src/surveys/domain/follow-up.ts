import { z } from 'zod';
import type { ResponseScores } from './answers';
import type { FollowUpRule } from './survey-rules';

export const lowScoreReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('overall'), value: z.number() }),
  z.object({ kind: z.literal('dimension'), dimensionId: z.string(), value: z.number() }),
  z.object({ kind: z.literal('nps-detractor'), value: z.number() }),
]);
export type LowScoreReason = z.infer<typeof lowScoreReason>;

/**
 * Why a response calls for a follow-up under the rule: its overall satisfaction or any dimension at
 * or below the rule's threshold, or an NPS detractor. Empty when the rule is off or nothing is low.
 */
export function lowScoreReasons(rule: FollowUpRule, scores: ResponseScores): LowScoreReason[] {
  if (!rule.enabled) return [];
  const reasons: LowScoreReason[] = [];
  if (rule.overallAtOrBelow !== null && scores.overall !== undefined && scores.overall <= rule.overallAtOrBelow)
    reasons.push({ kind: 'overall', value: scores.overall });
  if (rule.dimensionAtOrBelow !== null) {
    for (const [dimensionId, value] of Object.entries(scores.dimensions))
      if (value <= rule.dimensionAtOrBelow) reasons.push({ kind: 'dimension', dimensionId, value });
  }
  if (rule.npsDetractor && scores.npsCategory === 'detractor' && scores.nps !== undefined) reasons.push({ kind: 'nps-detractor', value: scores.nps });
  return reasons;
}
