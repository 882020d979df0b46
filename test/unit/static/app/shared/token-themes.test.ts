import fc from 'fast-check';
import { TOKEN_THEMES, withAppThemes } from '../../../../../static/app/src/shared/token-themes';

const kinds = Object.keys(TOKEN_THEMES);
const pairsOf = (value: string): string[] => value.split(' ').filter(Boolean);

describe('withAppThemes', () => {
  it("names every theme of the app's stylesheet when the page names none", () => {
    expect(withAppThemes(null)).toBe('dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography');
  });

  it("keeps the host's choices and adds the kinds it leaves out", () => {
    expect(pairsOf(withAppThemes('light:light dark:dark spacing:spacing typography:typography'))).toEqual([
      'light:light',
      'dark:dark',
      'spacing:spacing',
      'typography:typography',
      'motion:motion',
      'shape:shape',
    ]);
    expect(withAppThemes('dark:legacy-dark')).toContain('dark:legacy-dark');
    expect(withAppThemes('dark:legacy-dark')).not.toContain('dark:dark');
  });

  it('names each kind once, and changes nothing the second time', () => {
    const pair = fc.tuple(fc.constantFrom(...kinds, 'colorMode'), fc.stringMatching(/^[a-z-]{1,12}$/)).map(([k, v]) => `${k}:${v}`);
    fc.assert(
      fc.property(fc.uniqueArray(pair, { selector: (p) => p.split(':')[0] }), (pairs) => {
        const once = withAppThemes(pairs.join(' '));
        const named = pairsOf(once).map((p) => p.split(':')[0]);
        return new Set(named).size === named.length && kinds.every((k) => named.includes(k)) && withAppThemes(once) === once;
      }),
    );
  });
});
