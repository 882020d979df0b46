import { token } from '@atlaskit/tokens';
import { z } from 'zod';
import { TOKEN_VARS } from '../../../../../static/app/src/shared/ui/token-vars';

const themeModule = z.object({ default: z.string() });
/** The light theme's stylesheet, as `@atlaskit/tokens` ships it (the build bundles the same). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the theme artifact is a CommonJS module of CSS text
const lightTheme = themeModule.parse(require('@atlaskit/tokens/dist/cjs/artifacts/themes/atlassian-light.js')).default;

const names = Object.keys(TOKEN_VARS).filter((name): name is keyof typeof TOKEN_VARS => Object.hasOwn(TOKEN_VARS, name));

describe('TOKEN_VARS', () => {
  it.each(names)("%s is the token's CSS custom property, as token() names it, with the light theme's value as fallback", (name) => {
    const property = /^var\((--ds-[a-z0-9-]+)\)$/.exec(token(name))?.[1];
    expect(property).toBeDefined();
    const light = new RegExp(`${property}:\\s*([^;]+);`).exec(lightTheme)?.[1];
    expect(TOKEN_VARS[name]).toBe(`var(${property}, ${light})`);
  });
});
