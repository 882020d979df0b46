import { tagFeedbackInput } from '#feedback/contract';
import { STATEMENT_MAX_LENGTH } from '#feedback/domain/feedback';

const valid = { issueKey: 'ACME-12', kind: 'complaint', customerId: '3', category: 'response-time', severity: 'high', statement: 'Waited a week.' };
const fieldsOf = (input: unknown) => {
  const result = tagFeedbackInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('tagFeedback input', () => {
  it('accepts a complete complaint and trims the statement', () => {
    expect(tagFeedbackInput.parse({ ...valid, statement: '  Waited a week.  ' }).statement).toBe('Waited a week.');
  });

  it('names each bad field', () => {
    expect(fieldsOf({ ...valid, issueKey: 'acme 12' })).toEqual(['issueKey']);
    expect(fieldsOf({ ...valid, customerId: 'Acme Ltd' })).toEqual(['customerId']);
    expect(fieldsOf({ ...valid, statement: 'x'.repeat(STATEMENT_MAX_LENGTH + 1) })).toEqual(['statement']);
    expect(fieldsOf({ ...valid, statement: '   ' })).toEqual(['statement']);
    expect(fieldsOf({ ...valid, kind: 'praise' })).toEqual(['kind']);
    const { customerId: _omitted, ...missing } = valid;
    expect(fieldsOf(missing)).toEqual(['customerId']);
  });

  it('needs a severity for a complaint and refuses one on a compliment', () => {
    const { severity: _s, ...noSeverity } = valid;
    expect(fieldsOf(noSeverity)).toEqual(['severity']);
    expect(fieldsOf({ ...valid, kind: 'compliment' })).toEqual(['severity']);
    expect(fieldsOf({ ...noSeverity, kind: 'compliment' })).toEqual([]);
  });
});
