import type { Sandbox } from '@brm/sandbox/sandbox';
import { acmeOnlyAgent, admin, agent, callAdmin, callIssue, customers, dataOf, errorOf, searchKeys, startSandbox, writesSince } from './harness';

describe('the service catalogue', () => {
  let sandbox: Sandbox;
  /** A ticket of each service project, for the issue surfaces' calls. */
  let acmeTicket: string;
  let fieldTicket: string;
  /** The demo tenant comes with a catalogue: the services a test saved are the others. */
  let seeded: Set<string>;
  const ours = <T extends { id: string }>(services: T[]): T[] => services.filter((s) => !seeded.has(s.id));
  beforeEach(async () => {
    sandbox = startSandbox();
    seeded = new Set(dataOf(await callAdmin(sandbox, 'listServices', {}, admin().accountId)).services.map((s) => s.id));
    expect(seeded.size).toBeGreaterThan(0);
    const [acme] = await searchKeys(sandbox, 'project = ACME ORDER BY created ASC');
    const [field] = await searchKeys(sandbox, 'project = "FIELD" ORDER BY created ASC');
    if (!acme || !field) throw new Error('the demo tenant lacks ACME or FIELD tickets');
    acmeTicket = acme;
    fieldTicket = field;
  });
  afterEach(() => sandbox.close());

  const save = (payload: unknown) => callAdmin(sandbox, 'saveService', payload, admin().accountId);

  it('creates, renames, archives and restores services, listed by name', async () => {
    const email = dataOf(await save({ name: '  Email   and calendar ', description: 'Mailboxes, shared calendars.' })).service;
    expect(email).toMatchObject({ name: 'Email and calendar', status: 'active', ownerAccountId: null });
    const vpn = dataOf(await save({ name: 'VPN', ownerAccountId: agent().accountId })).service;
    dataOf(await save({ id: email.id, name: 'Email', description: 'Mailboxes.' }));

    expect(ours(dataOf(await callAdmin(sandbox, 'listServices', {}, admin().accountId)).services).map((s) => [s.name, s.description])).toEqual([
      ['Email', 'Mailboxes.'],
      ['VPN', ''],
    ]);
    expect(dataOf(await callAdmin(sandbox, 'archiveService', { id: vpn.id }, admin().accountId)).service.status).toBe('archived');
    expect(ours(dataOf(await callAdmin(sandbox, 'listServices', { includeArchived: false }, admin().accountId)).services).map((s) => s.name)).toEqual([
      'Email',
    ]);
    expect(ours(dataOf(await callIssue(sandbox, 'listServices', { issueKey: acmeTicket }, agent().accountId)).services).map((s) => s.name)).toEqual(['Email']);
    expect(dataOf(await callAdmin(sandbox, 'restoreService', { id: vpn.id }, admin().accountId)).service.status).toBe('active');
    const listed = dataOf(await callIssue(sandbox, 'listServices', { issueKey: acmeTicket }, agent().accountId)).services.map((s) => s.name);
    expect(listed.filter((n) => n === 'Email' || n === 'VPN')).toEqual(['Email', 'VPN']);
    // Listed by name, the seeded services among them.
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(listed).toHaveLength(seeded.size + 2);
  });

  it('refuses a second service of the same name, a missing or over-long name, and an unknown id, writing nothing', async () => {
    dataOf(await save({ name: 'Payroll' }));
    sandbox.runtime.resetCalls();
    expect(errorOf(await save({ name: 'payroll ' }))).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(errorOf(await save({ description: 'no name' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'name', message: 'name: is required' });
    expect(errorOf(await save({ name: 'x'.repeat(101) }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'name',
      message: 'name: must be at most 100 characters',
    });
    expect(errorOf(await save({ id: 'no-such-service', name: 'Ghost' }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf(await callAdmin(sandbox, 'archiveService', { id: 'no-such-service' }, admin().accountId))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(writesSince(sandbox).kvs).toEqual([]);
  });

  it('ends with exactly one service when several saves of one name race, and says so to the others', async () => {
    const results = await Promise.all(['Email', 'email', ' EMAIL ', 'Email', 'eMail'].map((name) => save({ name })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.error).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(ours(dataOf(await callAdmin(sandbox, 'listServices', {}, admin().accountId)).services)).toHaveLength(1);
  });

  it('gives a name back when a service is renamed, and lets only one of two racing renames take a name', async () => {
    const email = dataOf(await save({ name: 'Email' })).service;
    dataOf(await save({ id: email.id, name: 'Mail' }));
    // "Email" is free again.
    const again = dataOf(await save({ name: 'Email' })).service;
    expect(again.id).not.toBe(email.id);

    const vpn = dataOf(await save({ name: 'VPN' })).service;
    const wifi = dataOf(await save({ name: 'Wi-Fi' })).service;
    const renames = await Promise.all([save({ id: vpn.id, name: 'Network' }), save({ id: wifi.id, name: 'network' })]);
    expect(renames.filter((r) => r.ok)).toHaveLength(1);
    const names = ours(dataOf(await callAdmin(sandbox, 'listServices', {}, admin().accountId)).services).map((s) => s.name.toLowerCase());
    expect(names.filter((n) => n === 'network')).toHaveLength(1);
    expect(names).toHaveLength(4);
  });

  it('lets only Jira admins edit the catalogue', async () => {
    expect(errorOf(await callAdmin(sandbox, 'saveService', { name: 'Payroll' }, agent().accountId)).code).toBe('FORBIDDEN');
    expect(ours(dataOf(await callAdmin(sandbox, 'listServices', {}, admin().accountId)).services)).toEqual([]);
  });

  it('offers the catalogue on the issue surfaces to agents only, not to portal customers or anonymous callers', async () => {
    dataOf(await save({ name: 'Payroll' }));
    expect(ours(dataOf(await callIssue(sandbox, 'listServices', { issueKey: acmeTicket }, agent().accountId)).services).map((s) => s.name)).toEqual([
      'Payroll',
    ]);
    const customer = customers()[0];
    if (!customer) throw new Error('the demo tenant has no customer');
    const own = (await searchKeys(sandbox, `reporter = "${customer.accountId}"`))[0];
    if (!own) throw new Error('the demo customer reported nothing');
    expect(errorOf(await callIssue(sandbox, 'listServices', { issueKey: own }, customer.accountId)).code).toBe('FORBIDDEN');
    expect(errorOf(await callIssue(sandbox, 'listServices', { issueKey: acmeTicket }, undefined)).code).toBe('FORBIDDEN');
  });

  it('asks for the agent permission in the project of the ticket the surface is on, not in some project', async () => {
    dataOf(await save({ name: 'Payroll' }));
    // Kim is an agent of ACME only: Field Services' catalogue choices are not for her.
    expect(ours(dataOf(await callIssue(sandbox, 'listServices', { issueKey: acmeTicket }, acmeOnlyAgent().accountId)).services)).toHaveLength(1);
    expect(errorOf(await callIssue(sandbox, 'listServices', { issueKey: fieldTicket }, acmeOnlyAgent().accountId))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'issueKey',
    });
    expect(errorOf(await callIssue(sandbox, 'listServices', {}, acmeOnlyAgent().accountId))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'issueKey',
      message: 'issueKey: is required',
    });
  });
});
