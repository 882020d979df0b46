import { source as axeSource } from 'axe-core';
import type { Frame } from 'playwright-core';
import { z } from 'zod';

/** What axe-core found, one line per violation: rule, impact and the elements it names. */
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
 * Runs axe-core (WCAG 2.0 / 2.1 A and AA rules, and its best practices) in an app frame and answers
 * the serious and critical violations. The engine is injected into the frame's own document, as the
 * frame is served from the app's origin. axe cannot see through a frame to the page behind it, so
 * for the check the frame's root takes the host's background, which is what shows through it.
 */
export async function seriousViolations(frame: Frame): Promise<AxeViolation[]> {
  const background = await hostBackground(frame);
  await frame.evaluate((colour) => {
    document.documentElement.style.backgroundColor = colour;
  }, background);
  await frame.evaluate(axeSource);
  const found: unknown = await frame.evaluate(`
    axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })
      .then((result) =>
        result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
      )
  `);
  await frame.evaluate(() => {
    document.documentElement.style.removeProperty('background-color');
  });
  return violations.parse(found);
}
