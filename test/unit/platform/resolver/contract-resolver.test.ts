import { z } from 'zod';
import { AppError } from '#kernel/app-error';
import { JiraError } from '#platform/jira/jira-error';
import { errorOf, inputError } from '#platform/resolver/contract-resolver';

describe('inputError', () => {
  const schema = z.object({
    name: z.string().max(3, { error: 'must be at most 3 characters' }),
    ids: z.array(z.string().regex(/^\d+$/, { error: 'must be digits' })),
  });

  it('names every bad field, says "is required" for a missing one, and points at the first', () => {
    const payload = { ids: ['1', 'x'] };
    const result = schema.safeParse(payload);
    if (result.success) throw new Error('expected a failure');
    expect(inputError(result.error, payload)).toEqual({ code: 'INVALID_INPUT', message: 'name: is required; ids.1: must be digits', field: 'name' });
  });

  it('says each thing once, even when several rules report the same problem', () => {
    const twice = z.object({ code: z.string() }).superRefine((value, ctx) => {
      for (const _rule of ['length', 'pattern']) ctx.addIssue({ code: 'custom', path: ['code'], message: 'must be three letters' });
    });
    const payload = { code: 'abcd' };
    const result = twice.safeParse(payload);
    if (result.success) throw new Error('expected a failure');
    expect(inputError(result.error, payload).message).toBe('code: must be three letters');
  });

  it('reports only the type of a wrong-typed value, not the checks that follow it', () => {
    const schema = z.object({ tags: z.string().trim().min(1, { error: 'is required' }) });
    const payload = { tags: [] };
    const result = schema.safeParse(payload);
    if (result.success) throw new Error('expected a failure');
    expect(inputError(result.error, payload).message).toBe('tags: Invalid input: expected string, received array');
  });

  it('says so when the payload is not an object at all', () => {
    const result = schema.safeParse('hello');
    if (result.success) throw new Error('expected a failure');
    expect(inputError(result.error, 'hello').field).toBeUndefined();
  });
});

describe('errorOf', () => {
  it('keeps an AppError as it is', () => {
    expect(errorOf(new AppError('CONFLICT', 'name: taken', 'name'))).toEqual({ code: 'CONFLICT', message: 'name: taken', field: 'name' });
  });

  it('maps Jira statuses to codes a UI can act on', () => {
    const jira = (status: number) => new JiraError(status, 'GET', '/rest/api/3/x', ['No.'], {});
    expect(errorOf(jira(403)).code).toBe('FORBIDDEN');
    expect(errorOf(jira(404)).code).toBe('NOT_FOUND');
    expect(errorOf(jira(429))).toEqual({ code: 'UPSTREAM', message: 'Jira is busy right now. Wait a minute and try again.' });
    expect(errorOf(jira(500)).message).toContain('No.');
  });

  it('hides the internals of an unexpected error', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(errorOf(new TypeError('x is undefined'))).toEqual({ code: 'INTERNAL', message: expect.not.stringContaining('undefined') });
    spy.mockRestore();
  });
});
