import { pluralBranches } from '#kernel/message-format';

/**
 * The pseudo-locale (`en-XA`): English with accented letters, in brackets, 40% longer. A page in it
 * shows at a glance a string that escaped the tables (unaccented), a label cut off (no closing
 * bracket) and a layout that cannot take longer words, before anyone translates anything.
 */

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

const accent = (text: string): string => text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);

/** The text of a template accented, its `{parameters}` kept and its plural branches accented in turn. */
function accentTemplate(template: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    let depth = 0;
    let close = -1;
    for (let j = open; j < template.length; j++) {
      if (template[j] === '{') depth++;
      else if (template[j] === '}' && --depth === 0) {
        close = j;
        break;
      }
    }
    if (close < 0) break;
    out += accent(template.slice(i, open));
    const body = template.slice(open + 1, close);
    const plural = /^(\s*\w+\s*,\s*plural\s*,)(.*)$/s.exec(body);
    out += plural
      ? `{${plural[1] ?? ''}${[...pluralBranches(plural[2] ?? '')].map(([selector, branch]) => ` ${selector} {${accentTemplate(branch)}}`).join('')}}`
      : template.slice(open, close + 1);
    i = close + 1;
  }
  return out + accent(template.slice(i));
}

/** An English template in the pseudo-locale: accented, bracketed, and 40% longer than the English. */
export function pseudoTemplate(english: string): string {
  if (english.trim() === '') return english;
  const visible = english.replace(/\{[^{}]*\}/g, 'xxxx').length;
  const padding = ' ' + '·'.repeat(Math.max(1, Math.ceil(visible * 0.4) - 1));
  return `[${accentTemplate(english)}${padding}]`;
}
