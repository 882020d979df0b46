import { html, type Html } from '../html';
import { z } from 'zod';

type AdfNode = { type: string; text?: string; content?: AdfNode[]; attrs?: Record<string, unknown> };
const adfNode: z.ZodType<AdfNode> = z.lazy(() =>
  z.object({ type: z.string(), text: z.string().optional(), content: z.array(adfNode).optional(), attrs: z.record(z.string(), z.unknown()).optional() }),
);

function inline(nodes: AdfNode[] | undefined): Html[] {
  return (nodes ?? []).map((node) => {
    if (node.type === 'text') return html`${node.text ?? ''}`;
    if (node.type === 'hardBreak') return html`<br />`;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a mention's text attribute, printed as Jira does
    if (node.type === 'mention') return html`<span class="mention">@${String(node.attrs?.text ?? '').replace(/^@/, '')}</span>`;
    return html`${inline(node.content)}`;
  });
}

function block(node: AdfNode): Html {
  switch (node.type) {
    case 'paragraph':
      return html`<p>${inline(node.content)}</p>`;
    case 'heading':
      return html`<h3>${inline(node.content)}</h3>`;
    case 'bulletList':
      return html`<ul>${(node.content ?? []).map((item) => html`<li>${(item.content ?? []).map(block)}</li>`)}</ul>`;
    case 'orderedList':
      return html`<ol>${(node.content ?? []).map((item) => html`<li>${(item.content ?? []).map(block)}</li>`)}</ol>`;
    case 'codeBlock':
      return html`<pre>${inline(node.content)}</pre>`;
    case 'blockquote':
      return html`<blockquote>${(node.content ?? []).map(block)}</blockquote>`;
    case 'rule':
      return html`<hr />`;
    default:
      return html`<p>${inline(node.content)}</p>`;
  }
}

/** Renders an Atlassian Document Format value (or plain text) as simple HTML. */
export function renderAdf(value: unknown): Html | undefined {
  if (typeof value === 'string') return value.trim() ? html`<p>${value}</p>` : undefined;
  const parsed = adfNode.safeParse(value);
  if (!parsed.success || !parsed.data.content || parsed.data.content.length === 0) return undefined;
  return html`${parsed.data.content.map(block)}`;
}
