import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const browserDir = join(__dirname, 'browser');

/** The browser scripts the server serves, by name (files in ./browser, written in TypeScript). */
export type BrowserScript = 'host' | 'iframe-bridge';

const tokenThemeModule = z.object({ default: z.string() });

/** Design-token themes the host pages use: colours for both modes, spacing and typography. */
const tokenThemes = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography'];

/** The `data-theme` attribute that switches the token themes above on for a document. */
export const THEME_ATTRIBUTE = 'light:light dark:dark spacing:spacing typography:typography';

/**
 * The host pages' browser assets. Scripts are transpiled from TypeScript on first use (with esbuild,
 * which the tests already use and which, unlike Vite, also loads inside Jest) and wrapped so that
 * nothing leaks into the page's global scope; the results are kept for the life of the server.
 */
export class BrowserAssets {
  private readonly scripts = new Map<BrowserScript, Promise<string>>();
  private tokens: string | undefined;
  private css: string | undefined;

  script(name: BrowserScript): Promise<string> {
    let pending = this.scripts.get(name);
    if (!pending) {
      pending = transpile(join(browserDir, `${name}.ts`));
      this.scripts.set(name, pending);
    }
    return pending;
  }

  /** The design tokens' CSS custom properties for every theme the host pages switch between. */
  tokensCss(): string {
    this.tokens ??= tokenThemes
      .map((theme) => {
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

async function transpile(file: string): Promise<string> {
  const { transform } = await import('esbuild');
  const result = await transform(readFileSync(file, 'utf8'), { sourcefile: file, loader: 'ts', format: 'esm', target: 'es2020' });
  // The files are modules to the type checker only; in the page they run as classic scripts.
  const body = result.code.replace(/^export\s*\{\s*\};?\s*$/gm, '');
  if (/^\s*(import|export)\s/m.test(body)) throw new Error(`${file} must not import or export anything at run time.`);
  return `(function () {\n${body}\n})();\n`;
}
