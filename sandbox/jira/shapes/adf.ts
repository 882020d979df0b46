import { isRecord } from '../issues/custom-field-value';

/** A plain text as an Atlassian Document: one paragraph per line block. */
export function textToAdf(text: string): Record<string, unknown> {
  const paragraphs = text.split(/\n{2,}/).filter((p) => p.length > 0);
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
  };
}

/** The text of an Atlassian Document, paragraphs separated by blank lines. */
export function adfToText(node: unknown): string {
  if (!isRecord(node)) return '';
  if (node.type === 'text' && typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  const children = Array.isArray(node.content) ? node.content.map(adfToText) : [];
  return node.type === 'doc' ? children.join('\n\n') : children.join('');
}
