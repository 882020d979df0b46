import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

/**
 * The BRM issue types' icons as the admin page shows them: a small coloured square with a glyph,
 * like Jira's issue type icons (Jira itself shows the avatar set at provisioning).
 */
const looks: Record<string, { background: string; glyph: string }> = {
  complaint: { background: token('color.background.danger.bold'), glyph: '!' },
  compliment: { background: token('color.background.success.bold'), glyph: '★' },
  businessCase: { background: token('color.background.discovery.bold'), glyph: '◆' },
  serviceRequirement: { background: token('color.background.information.bold'), glyph: '≡' },
};

const box: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  width: 16,
  height: 16,
  flex: '0 0 16px',
  borderRadius: 3,
  color: token('color.text.inverse'),
  fontSize: 11,
  fontWeight: 700,
  lineHeight: 1,
};

export function IssueTypeIcon({ typeKey }: { typeKey: string }) {
  const look = looks[typeKey] ?? { background: token('color.background.neutral.bold'), glyph: '•' };
  return (
    <span aria-hidden="true" style={{ ...box, background: look.background }} data-testid={`issue-type-icon-${typeKey}`}>
      {look.glyph}
    </span>
  );
}
