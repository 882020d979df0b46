import fc from 'fast-check';
import { fieldMessage, isFieldError } from '../../../../../static/app/src/shared/field-errors';

describe('fieldMessage: the part of an error that belongs next to one field', () => {
  it('takes the field’s own sentence from the backend’s joined messages, without the field name', () => {
    const error = {
      code: 'INVALID_INPUT' as const,
      field: 'customerId',
      message: 'customerId: must be an organization id (digits only); statement: is required',
    };
    expect(fieldMessage(error, 'customerId')).toBe('Must be an organization id (digits only)');
    // The error names customerId first; its statement sentence still belongs to statement only when asked for it.
    expect(fieldMessage(error, 'statement')).toBeUndefined();
  });

  it('matches nested paths to their field, and keeps messages that carry no field prefix', () => {
    expect(
      fieldMessage(
        { code: 'NOT_FOUND', field: 'projectIds.0', message: 'projectIds.0: project 9 is not a Jira Service Management project you can see.' },
        'projectIds',
      ),
    ).toBe('Project 9 is not a Jira Service Management project you can see.');
    expect(fieldMessage({ code: 'CONFLICT', field: 'kind', message: 'project ACME has no Complaint issue type yet.' }, 'kind')).toBe(
      'Project ACME has no Complaint issue type yet.',
    );
  });

  it('says nothing for errors without a field, about another field, or a field that only shares a prefix', () => {
    expect(fieldMessage(undefined, 'name')).toBeUndefined();
    expect(fieldMessage({ code: 'UPSTREAM', message: 'Jira is busy right now.' }, 'name')).toBeUndefined();
    expect(fieldMessage({ code: 'INVALID_INPUT', field: 'description', message: 'description: too long' }, 'name')).toBeUndefined();
    expect(fieldMessage({ code: 'INVALID_INPUT', field: 'nameSuffix', message: 'nameSuffix: bad' }, 'name')).toBeUndefined();
  });

  it('never returns an empty or prefixed sentence for any field and text', () => {
    const word = fc.stringMatching(/^[a-z][a-zA-Z]{0,8}$/);
    fc.assert(
      fc.property(
        word,
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !s.includes('; ')),
        (field, text) => {
          const shown = fieldMessage({ code: 'INVALID_INPUT', field, message: `${field}: ${text}` }, field);
          expect(shown).toBeDefined();
          expect(shown?.startsWith(`${field}: `)).toBe(false);
          const trimmed = text.trim();
          expect(shown).toBe(`${trimmed.charAt(0).toLocaleUpperCase('en')}${trimmed.slice(1)}`);
        },
      ),
    );
  });
});

describe('isFieldError', () => {
  it('tells a form whether to show the error at a field or above the form', () => {
    const error = { code: 'INVALID_INPUT' as const, field: 'statement', message: 'statement: is required' };
    expect(isFieldError(error, ['kind', 'statement'])).toBe(true);
    expect(isFieldError(error, ['kind', 'customerId'])).toBe(false);
    expect(isFieldError({ code: 'INTERNAL', message: 'Something went wrong' }, ['statement'])).toBe(false);
  });
});
