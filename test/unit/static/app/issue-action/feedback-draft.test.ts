import fc from 'fast-check';
import { tagFeedbackInput, STATEMENT_MAX_LENGTH } from '#feedback/contract';
import { CATEGORIES, draftProblems, newDraft, SEVERITIES, tagInputOf, type FeedbackDraft } from '../../../../../static/app/src/issue-action/feedback-draft';

const ref = fc.record({ id: fc.integer({ min: 1, max: 99999 }).map(String), name: fc.string({ minLength: 1, maxLength: 20 }) });
const serviceRef = fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,20}$/), name: fc.string({ minLength: 1, maxLength: 20 }) });

const drafts: fc.Arbitrary<FeedbackDraft> = fc.record({
  kind: fc.constantFrom('complaint' as const, 'compliment' as const),
  customer: fc.option(ref, { nil: null }),
  service: fc.option(serviceRef, { nil: null }),
  category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
  severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: null }),
  statement: fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constant(' '.repeat(3)),
    fc.string({ minLength: STATEMENT_MAX_LENGTH - 2, maxLength: STATEMENT_MAX_LENGTH + 5 }),
  ),
});

describe('the "Customer feedback…" draft', () => {
  it('starts as a complaint for the ticket’s current customer and service, with nothing else filled in', () => {
    const draft = newDraft({ customer: { id: '7', name: 'Northwind Traders' }, service: null });
    expect(draft).toEqual({
      kind: 'complaint',
      customer: { id: '7', name: 'Northwind Traders' },
      service: null,
      category: null,
      severity: null,
      statement: '',
    });
    expect(Object.keys(draftProblems(draft)).sort()).toEqual(['severity', 'statement']);
  });

  it('sends exactly the drafts the backend accepts, and names a problem for every other one', () => {
    fc.assert(
      fc.property(drafts, (draft) => {
        const input = tagInputOf('ACME-12', draft);
        const problems = draftProblems(draft);
        if (input === undefined) {
          expect(Object.keys(problems).length).toBeGreaterThan(0);
          return;
        }
        expect(problems).toEqual({});
        const parsed = tagFeedbackInput.safeParse(input);
        expect(parsed.success).toBe(true);
        expect(input.customerId).toBe(draft.customer?.id);
        expect(input.serviceId).toBe(draft.service?.id);
      }),
    );
  });

  it('flags exactly the drafts the contract would refuse for customer, severity and statement', () => {
    fc.assert(
      fc.property(drafts, (draft) => {
        const problems = draftProblems(draft);
        expect(problems.customerId !== undefined).toBe(draft.customer === null);
        expect(problems.severity !== undefined).toBe(draft.kind === 'complaint' && draft.severity === null);
        const length = draft.statement.trim().length;
        expect(problems.statement !== undefined).toBe(length === 0 || length > STATEMENT_MAX_LENGTH);
      }),
    );
  });

  it('drops a severity chosen before switching to a compliment, which the backend would refuse', () => {
    const input = tagInputOf('ACME-12', {
      kind: 'compliment',
      customer: { id: '3', name: 'Contoso' },
      service: null,
      category: 'communication',
      severity: 'high',
      statement: '  Great call, thank you!  ',
    });
    expect(input).toEqual({ issueKey: 'ACME-12', kind: 'compliment', customerId: '3', category: 'communication', statement: 'Great call, thank you!' });
    expect(tagFeedbackInput.safeParse(input).success).toBe(true);
  });
});
