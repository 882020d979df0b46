import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { z } from 'zod';

/** axe-core's browser build, run inside a frame through the DevTools protocol (so the frame's CSP does not stand in its way). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const violations = z.array(z.object({ id: z.string(), impact: z.string().nullable(), help: z.string(), targets: z.array(z.string()) }));
export type AxeViolation = z.infer<typeof violations>[number];

/**
 * The colour a person sees behind a frame: an app frame is transparent, so the host page's
 * surface (light or dark) shows through it.
 */
async function hostBackground(frame: Frame): Promise<string> {
  const element = await frame.frameElement();
  const colour: unknown = await element.evaluate((node) => {
    for (let at: Element | null = node instanceof Element ? node : null; at; at = at.parentElement) {
      const background = getComputedStyle(at).backgroundColor;
      if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return background;
    }
    return 'rgb(255, 255, 255)';
  });
  return z.string().parse(colour);
}

/**
 * The serious and critical WCAG violations axe-core finds in a frame's document as it is now. axe
 * cannot see through a frame to the page behind it, so for the check the frame's root takes the
 * host's background, which is what shows through it (in dark mode, a dark surface).
 */
export async function seriousViolations(frame: Frame): Promise<AxeViolation[]> {
  const background = await hostBackground(frame);
  await frame.evaluate((colour) => {
    document.documentElement.style.backgroundColor = colour;
  }, background);
  await frame.evaluate(AXE_SOURCE);
  const found: unknown = await frame.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => String(n.target)) })))`,
  );
  await frame.evaluate(() => {
    document.documentElement.style.removeProperty('background-color');
  });
  return violations.parse(found).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
