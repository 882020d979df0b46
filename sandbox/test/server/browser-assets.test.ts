import { runInNewContext } from 'node:vm';
import { BrowserAssets, type BrowserScript } from '#sandbox/server/browser-assets';

const scripts: BrowserScript[] = ['host', 'iframe-bridge'];

/** The least of a page each script touches when it loads: the host waits for DOMContentLoaded. */
function pageGlobals(): Record<string, unknown> {
  return { document: { readyState: 'loading', addEventListener: () => undefined } };
}

describe('browser scripts', () => {
  test.each(scripts)('%s is bundled from its modules into one classic script that adds no globals', async (name) => {
    const script = await new BrowserAssets().script(name);
    expect(script).not.toMatch(/^\s*(import|export)\s/m);
    const globals = pageGlobals();
    runInNewContext(script, globals);
    expect(Object.keys(globals)).toEqual(['document']);
  });

  test("the modules' shared protocol tag is bundled into each script once", async () => {
    const assets = new BrowserAssets();
    for (const name of scripts) expect((await assets.script(name)).match(/"forge-sandbox"/g)).toHaveLength(1);
  });

  test('each script is bundled once and then kept', async () => {
    const assets = new BrowserAssets();
    const first = assets.script('iframe-bridge');
    expect(assets.script('iframe-bridge')).toBe(first);
    expect(assets.script('host')).not.toBe(first);
    expect(await assets.script('iframe-bridge')).toBe(await first);
  });
});
