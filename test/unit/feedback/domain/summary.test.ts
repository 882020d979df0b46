import fc from 'fast-check';
import { feedbackSummary, SUMMARY_MAX_LENGTH } from '#feedback/domain/summary';

describe('feedbackSummary', () => {
  it('prefixes the kind and keeps a short statement whole', () => {
    expect(feedbackSummary('complaint', '  The VPN was down for two days ')).toBe('Complaint: The VPN was down for two days');
    expect(feedbackSummary('compliment', 'Kim fixed it within the hour')).toBe('Compliment: Kim fixed it within the hour');
  });

  it('uses the first line only', () => {
    expect(feedbackSummary('complaint', 'Invoices arrive late\nThree times this quarter.')).toBe('Complaint: Invoices arrive late');
  });

  it('cuts a long first line at a word boundary with an ellipsis', () => {
    const summary = feedbackSummary('complaint', 'word '.repeat(60));
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(summary).toMatch(/word…$/);
  });

  it('never exceeds the limit and never has a line break, for any statement', () => {
    fc.assert(
      fc.property(fc.constantFrom('complaint' as const, 'compliment' as const), fc.string({ minLength: 1, maxLength: 3000 }), (kind, statement) => {
        const summary = feedbackSummary(kind, statement);
        expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
        expect(summary).not.toMatch(/[\r\n]/);
        expect(summary.startsWith(kind === 'complaint' ? 'Complaint: ' : 'Compliment: ')).toBe(true);
      }),
    );
  });
});
