import fc from 'fast-check';
import { LAYER_ORDER, LAYERS, layerCompiledCss, layerOf, layerResetCss, topLevelRules } from '#scripts/compiled-css-layers';

const layerIndex = (rule: string): number => LAYERS.indexOf(layerOf(rule) ?? 'brm-reset');

describe('layerOf: the order Compiled relies on, as layers', () => {
  it('puts a shorthand below the shorthands it sets, and those below longhands', () => {
    const font = '._11c8wadc{font:var(--ds-font-body-small,normal 400 9pt/1pc "Atlassian Sans",sans-serif)}';
    const weight = '._k48p1pd9{font-weight:var(--ds-font-weight-semibold,600)}';
    const border = '._189ee4h9{border-width:var(--ds-border-width,1px)}';
    expect(layerOf(font)).toBe('brm-compiled-shorthand');
    expect(layerOf(border)).toBe('brm-compiled-sub-shorthand');
    expect(layerOf(weight)).toBe('brm-compiled-longhand');
    expect(layerIndex(font)).toBeLessThan(layerIndex(border));
    expect(layerIndex(border)).toBeLessThan(layerIndex(weight));
  });

  it('orders states link, visited, focus-within, focus, focus-visible, hover, active, after plain rules, with at-rules last', () => {
    const rules = [
      '._a{color:red}',
      '._b:link{color:red}',
      '._c:visited{color:red}',
      '._d:focus-within{color:red}',
      '._e:focus{color:red}',
      '._f:focus-visible{color:red}',
      '._g:hover{color:red}',
      '._h:active{color:red}',
      '@media (min-width:30rem){._i{color:red}}',
    ];
    const indexes = rules.map(layerIndex);
    expect([...indexes].sort((x, y) => x - y)).toEqual(indexes);
    expect(new Set(indexes).size).toBe(rules.length);
    expect(layerOf('._j:hover:not([disabled]){color:red}')).toBe('brm-compiled-hover');
    expect(layerOf('._k:active:hover{color:red}')).toBe('brm-compiled-active');
  });

  it('leaves keyframes and font faces outside the layers', () => {
    expect(layerOf('@keyframes kaq7wke{0%{opacity:0}to{opacity:1}}')).toBeUndefined();
    expect(layerOf('@font-face{font-family:x;src:url(x.woff2)}')).toBeUndefined();
  });
});

describe('layerCompiledCss', () => {
  const atomicRule = fc
    .tuple(
      fc.stringMatching(/^[a-z0-9]{8}$/),
      fc.constantFrom('', ':hover', ':focus-visible', ':active', ' svg'),
      fc.constantFrom('font', 'font-weight', 'padding', 'padding-inline', 'color', 'border-color', 'overflow'),
      fc.constantFrom('0', 'var(--ds-space-100,8px)', '"Atlassian Sans",sans-serif'),
    )
    .map(([hash, pseudo, property, value]) => `._${hash}${pseudo}{${property}:${value}}`);
  const sheet = fc.array(
    fc.oneof({ weight: 8, arbitrary: atomicRule }, { weight: 1, arbitrary: fc.constant('@media (prefers-reduced-motion:reduce){._x1{animation:none}}') }),
    { maxLength: 30 },
  );

  it('keeps every rule once, starts with the layers’ order, and puts each rule in its layer', () => {
    fc.assert(
      fc.property(sheet, (rules) => {
        const out = layerCompiledCss(rules.join('\n'));
        const top = topLevelRules(out);
        expect(top[0]).toBe(LAYER_ORDER);
        const inside = top.slice(1).flatMap((block) => {
          const name = /^@layer ([\w-]+)\{/.exec(block)?.[1];
          const rulesOf = topLevelRules(block.slice(block.indexOf('{') + 1, -1));
          for (const rule of rulesOf) expect(layerOf(rule)).toBe(name);
          return rulesOf;
        });
        expect([...inside].sort()).toEqual([...rules].sort());
      }),
    );
  });

  it('reads rules whose values hold braces in strings, and drops comments', () => {
    expect(topLevelRules('/* a } */._a{content:"}"}\n._b{color:red}')).toEqual(['._a{content:"}"}', '._b{color:red}']);
  });
});

test('the reset goes into the lowest layer', () => {
  const out = layerResetCss('a{color:blue}');
  expect(out.startsWith(LAYER_ORDER)).toBe(true);
  expect(LAYERS[0]).toBe('brm-reset');
  expect(out).toContain('@layer brm-reset{\na{color:blue}\n}');
});
