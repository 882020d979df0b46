/** Plain text of an Atlassian Document Format value (or a plain string), for text search. */

import { isArray } from './natives';

const cache = new WeakMap<object, string>();

function collect(node: unknown, out: string[]): void {
  if (isArray(node)) {
    for (const child of node) collect(child, out);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if ('text' in node && typeof node.text === 'string') out.push(node.text);
  if ('type' in node && node.type === 'hardBreak') out.push('\n');
  if ('content' in node) {
    collect(node.content, out);
    // Block nodes (paragraphs, list items, cells) end a run of words; inline text nodes do not.
    out.push('\n');
  }
}

/**
 * The words of a description. ADF documents are cached per object, so a store that replaces the
 * document on edit (rather than mutating it) always gets fresh text.
 */
export function plainTextOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return '';
  const cached = cache.get(value);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  collect(value, parts);
  const text = parts.join('');
  cache.set(value, text);
  return text;
}
