import type { Sandbox } from '@brm/sandbox/sandbox';
import { admin, agent, callAdmin, callIssue, errorOf, searchKeys, startSandbox, writesSince } from './harness';

/** What a caller is told about a payload of the wrong shape, through the real resolvers. */
describe('bad input', () => {
  let sandbox: Sandbox;
  let ticket: string;
  beforeEach(async () => {
    sandbox = startSandbox();
    const [first] = await searchKeys(sandbox, 'project = ACME ORDER BY created ASC');
    if (!first) throw new Error('the demo tenant has no ACME ticket');
    ticket = first;
    sandbox.runtime.resetCalls();
  });
  afterEach(() => sandbox.close());

  it('says a value of the wrong type must be a string, a number or true or false, not that it is required, and writes nothing', async () => {
    const tag = errorOf(await callIssue(sandbox, 'tagFeedback', { issueKey: ticket, kind: 'compliment', customerId: '1', statement: 42 }, agent().accountId));
    expect(tag).toEqual({ code: 'INVALID_INPUT', field: 'statement', message: 'statement: must be a string' });

    const save = errorOf(await callAdmin(sandbox, 'saveService', { name: ['Payroll'], description: 7 }, admin().accountId));
    expect(save.message).toBe('name: must be a string; description: must be a string');

    const list = errorOf(await callAdmin(sandbox, 'listServices', { includeArchived: 'no' }, admin().accountId));
    expect(list.message).toBe('includeArchived: must be true or false');

    expect(errorOf(await callIssue(sandbox, 'setCustomer', { issueKey: ticket }, agent().accountId)).message).toBe('customerId: is required');
    expect(writesSince(sandbox)).toEqual({ jira: [], kvs: [] });
  });
});
