import fc from 'fast-check';
import { feedbackDescription } from '#feedback/domain/description';

describe('feedbackDescription', () => {
  it('keeps each block of the statement as a paragraph and says where it came from', () => {
    const doc = feedbackDescription('First point,\nstill first.\n\nSecond point.', 'ACME-7', 'VPN down');
    expect(doc.content.map((p) => p.content.map((t) => t.text).join(''))).toEqual([
      'First point, still first.',
      'Second point.',
      'Raised from ACME-7 (VPN down)',
    ]);
  });

  it('never writes an empty text node, which ADF forbids', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 50 }), (statement, summary) => {
        const doc = feedbackDescription(statement, 'ACME-1', summary);
        for (const paragraph of doc.content) for (const text of paragraph.content) expect(text.text.length).toBeGreaterThan(0);
      }),
    );
  });
});
