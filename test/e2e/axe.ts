import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { z } from 'zod';

/** axe-core's browser build, run inside a frame through the DevTools protocol (so the frame's CSP does not stand in its way). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const violations = z.array(z.object({ id: z.string(), impact: z.string().nullable(), help: z.string(), targets: z.array(z.string()) }));
export type AxeViolation = z.infer<typeof violations>[number];

/** The serious and critical WCAG violations axe-core finds in a frame's document as it is now. */
export async function seriousViolations(frame: Frame): Promise<AxeViolation[]> {
  await frame.evaluate(AXE_SOURCE);
  const found: unknown = await frame.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => String(n.target)) })))`,
  );
  return violations.parse(found).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
