import fc from 'fast-check';
import { COMPLAINT_SEVERITIES, FEEDBACK_CATEGORIES, feedbackLabels, readFeedbackLabels } from '#feedback/domain/feedback';

describe('feedback labels', () => {
  it('reads back what it writes', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...FEEDBACK_CATEGORIES), { nil: undefined }),
        fc.option(fc.constantFrom(...COMPLAINT_SEVERITIES), { nil: undefined }),
        (category, severity) => {
          const labels = feedbackLabels(category, severity);
          expect(labels.every((l) => !/\s/.test(l))).toBe(true);
          expect(readFeedbackLabels(['customer-unhappy', ...labels])).toEqual({ ...(category ? { category } : {}), ...(severity ? { severity } : {}) });
        },
      ),
    );
  });
});
