/** Atlassian Document Format, the little of it the app writes. */
interface AdfText {
  type: 'text';
  text: string;
  marks?: { type: 'strong' }[];
}
interface AdfParagraph {
  type: 'paragraph';
  content: AdfText[];
}
export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: AdfParagraph[];
}

const paragraph = (...content: AdfText[]): AdfParagraph => ({ type: 'paragraph', content });

/**
 * The description of a feedback issue: the agent's statement, one paragraph per block of text,
 * then where it came from. ADF forbids empty text nodes, so blank lines only separate paragraphs.
 */
export function feedbackDescription(statement: string, sourceIssueKey: string, sourceSummary: string): AdfDocument {
  const blocks = statement
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((b) => b.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((b) => b.length > 0);
  const origin = sourceSummary.trim() === '' ? sourceIssueKey : `${sourceIssueKey} (${sourceSummary.trim()})`;
  return {
    type: 'doc',
    version: 1,
    content: [
      ...blocks.map((b) => paragraph({ type: 'text', text: b })),
      paragraph({ type: 'text', text: 'Raised from ', marks: [{ type: 'strong' }] }, { type: 'text', text: origin }),
    ],
  };
}
