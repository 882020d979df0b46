import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The `data-theme` attribute that switches the token themes below on for a document. */
export { THEME_ATTRIBUTE } from './browser/protocol';

const browserDir = join(__dirname, 'browser');

/** The browser scripts the server serves, by name (served as `<name>.js`). */
export type BrowserScript = 'host' | 'iframe-bridge';

/** Each script's entry module in ./browser, written in TypeScript; it imports the modules beside it. */
const scriptEntries: Record<BrowserScript, string> = {
  host: join(browserDir, 'host', 'index.ts'),
  'iframe-bridge': join(browserDir, 'bridge', 'index.ts'),
};

const tokenThemeModule = z.object({ default: z.string() });

/** Design-token themes the host pages use: colours for both modes, spacing and typography. */
const tokenThemes = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography'];

/**
 * The host pages' browser assets. Each script is bundled from its TypeScript entry on first use
 * (with esbuild, which the tests already use and which, unlike Vite, also loads inside Jest) into
 * one classic script wrapped in a function, so nothing leaks into the page's global scope; the
 * results are kept for the life of the server.
 */
export class BrowserAssets {
  private readonly scripts = new Map<BrowserScript, Promise<string>>();
  private tokens: string | undefined;
  private css: string | undefined;

  script(name: BrowserScript): Promise<string> {
    let pending = this.scripts.get(name);
    if (!pending) {
      pending = bundle(scriptEntries[name]);
      this.scripts.set(name, pending);
    }
    return pending;
  }

  /** The design tokens' CSS custom properties for every theme the host pages switch between. */
  tokensCss(): string {
    this.tokens ??= tokenThemes
      .map((theme) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- one theme module per name, loaded as the tokens package ships it
        const loaded: unknown = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${theme}.js`);
        return tokenThemeModule.parse(loaded).default;
      })
      .join('\n');
    return this.tokens;
  }

  hostCss(): string {
    this.css ??= readFileSync(join(browserDir, 'host.css'), 'utf8');
    return this.css;
  }
}

async function bundle(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, target: 'es2020', platform: 'browser' });
  const output = result.outputFiles[0];
  if (!output || result.outputFiles.length !== 1) throw new Error(`Bundling ${entry} gave ${result.outputFiles.length} files, not one.`);
  // The pages load the scripts as classic scripts, where an import or export statement would not run.
  if (/^\s*(import|export)\s/m.test(output.text)) throw new Error(`${entry} must not import or export anything at run time.`);
  return output.text;
}
