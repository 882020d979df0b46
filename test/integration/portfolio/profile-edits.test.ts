import type { Sandbox } from '@brm/sandbox/sandbox';
import { admin, agent, customers, dataOf, errorOf, startSandbox, writesSince } from '../harness';
import { callPortfolio, organizationId, panelExtension, writesOf } from './portfolio-harness';

describe('changing a customer profile', () => {
  let sandbox: Sandbox;
  let contoso: string;
  beforeEach(() => {
    sandbox = startSandbox();
    contoso = organizationId(sandbox, 'Contoso Pharmaceuticals');
  });
  afterEach(() => sandbox.close());

  const panel = <K extends Parameters<typeof callPortfolio>[1]>(call: K, payload: unknown, who = agent().accountId) =>
    callPortfolio(sandbox, call, payload, who, 'brm-customer-panel', panelExtension(sandbox, contoso));
  const current = async () => dataOf(await panel('getCustomer', { organizationId: contoso }));
  const fields = (view: Awaited<ReturnType<typeof current>>) => ({
    organizationId: contoso,
    version: view.profile.version,
    ownerAccountId: view.profile.owner?.accountId ?? null,
    tier: view.profile.tier,
    industry: view.profile.industry,
    keyContacts: view.profile.keyContacts.map((c) => ({ accountId: c.accountId, role: c.role })),
    enrolledServiceIds: view.profile.enrolledServices.map((s) => s.id),
  });

  it('tells the second of two concurrent writers, shows them the newer version, and loses nothing of the first', async () => {
    const seen = await current();
    const [first, second] = await Promise.all([
      panel('saveProfile', { ...fields(seen), industry: 'Life sciences' }),
      panel('saveProfile', { ...fields(seen), tier: 'key' }, admin().accountId),
    ]);
    const outcomes = [dataOf(first), dataOf(second)];
    const winner = outcomes.find((o) => o.saved);
    const loser = outcomes.find((o) => !o.saved);
    expect(winner).toBeDefined();
    expect(loser).toMatchObject({ saved: false, reason: 'conflict', customer: { profile: { version: seen.profile.version + 1 } } });
    if (!loser || loser.saved) throw new Error('no conflict');
    // The loser sees the winner's change and who made it.
    expect(loser.changedBy?.displayName).toBe(winner === outcomes[0] ? 'Sam Agent' : 'Ada Admin');
    expect(loser.customer.profile).toEqual(winner?.customer.profile);
    // Saving again on the version they were shown keeps both changes.
    const retry = dataOf(await panel('saveProfile', { ...fields(loser.customer), industry: 'Life sciences', tier: 'key' }));
    expect(retry).toMatchObject({ saved: true, customer: { profile: { industry: 'Life sciences', tier: 'key', version: seen.profile.version + 2 } } });
  });

  it('answers a save based on an old version with the newer one, writing nothing', async () => {
    const seen = await current();
    dataOf(await panel('saveProfile', { ...fields(seen), industry: 'Biotech' }));
    sandbox.runtime.resetCalls();
    const stale = dataOf(await panel('saveProfile', { ...fields(seen), industry: 'Chemicals' }));
    expect(stale).toMatchObject({ saved: false, reason: 'conflict', customer: { profile: { industry: 'Biotech' } }, changedBy: { displayName: 'Sam Agent' } });
    expect(writesOf(sandbox, writesSince(sandbox)).kvs).toEqual([]);
  });

  it('records who changed what and when, newest first', async () => {
    const seen = await current();
    const lena = seen.profile.keyContacts[0];
    const marco = customers().find((c) => c.displayName === 'Marco Bellini');
    if (!lena || !marco) throw new Error('demo contacts missing');
    const saved = dataOf(
      await panel('saveProfile', {
        ...fields(seen),
        tier: 'key',
        keyContacts: [
          { accountId: lena.accountId, role: lena.role },
          { accountId: marco.accountId, role: 'Lab manager' },
        ],
      }),
    );
    if (!saved.saved) throw new Error('not saved');
    const [latest] = saved.customer.history;
    expect(latest).toMatchObject({
      by: { displayName: 'Sam Agent' },
      source: 'edit',
      changes: [
        { field: 'tier', from: 'strategic', to: 'key' },
        { field: 'keyContacts', from: ['Lena Fischer (Quality assurance lead)'], to: ['Lena Fischer (Quality assurance lead)', 'Marco Bellini (Lab manager)'] },
      ],
    });
    expect(Date.parse(latest?.at ?? '')).toBeGreaterThan(Date.parse(saved.customer.history[1]?.at ?? ''));
  });

  it('changes the lifecycle with its date, refusing what cannot happen and naming the field', async () => {
    const seen = await current();
    const lost = dataOf(await panel('changeLifecycle', { organizationId: contoso, version: seen.profile.version, state: 'lost', date: '2026-01-15' }));
    expect(lost).toMatchObject({ saved: true, customer: { profile: { lifecycle: { state: 'lost', since: '2026-01-15' } } } });
    if (!lost.saved) return;
    const version = lost.customer.profile.version;
    sandbox.runtime.resetCalls();
    expect(errorOf(await panel('changeLifecycle', { organizationId: contoso, version, state: 'active', date: '2025-12-31' }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'date',
      message: 'date: must be on or after the previous change (2026-01-15)',
    });
    expect(errorOf(await panel('changeLifecycle', { organizationId: contoso, version, state: 'active', date: '2999-01-01' }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'date',
    });
    expect(errorOf(await panel('changeLifecycle', { organizationId: contoso, version, state: 'active', date: '2026-02-30' }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'date',
      message: 'date: must be a date written YYYY-MM-DD',
    });
    expect(errorOf(await panel('changeLifecycle', { organizationId: contoso, version, state: 'gone', date: '2026-02-01' }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'state',
    });
    expect(writesOf(sandbox, writesSince(sandbox)).kvs).toEqual([]);
  });

  it('adds, changes and removes agreements, flagging the ones about to end', async () => {
    const seen = await current();
    expect(seen.agreements.map((a) => [a.name, a.state])).toEqual([
      ['Validated systems SLA', 'ending-soon'],
      ['Lab network OLA', 'ending-soon'],
    ]);
    const added = dataOf(
      await panel('saveAgreement', {
        organizationId: contoso,
        version: seen.profile.version,
        agreement: {
          agreementType: 'contract',
          name: 'Frame contract',
          reference: 'https://contracts.example/contoso',
          startDate: '2026-01-01',
          endDate: '2029-12-31',
        },
      }),
    );
    if (!added.saved) throw new Error('not saved');
    const frame = added.customer.agreements.find((a) => a.name === 'Frame contract');
    expect(frame).toMatchObject({ state: 'active', agreementType: 'contract' });
    const changed = dataOf(
      await panel('saveAgreement', {
        organizationId: contoso,
        version: added.customer.profile.version,
        agreement: { agreementId: frame?.agreementId, agreementType: 'contract', name: 'Frame contract', startDate: '2026-01-01', endDate: '2027-01-31' },
      }),
    );
    if (!changed.saved) throw new Error('not saved');
    expect(changed.customer.agreements.find((a) => a.agreementId === frame?.agreementId)).toMatchObject({ endDate: '2027-01-31', state: 'ending-soon' });
    const removed = dataOf(
      await panel('removeAgreement', { organizationId: contoso, version: changed.customer.profile.version, agreementId: frame?.agreementId }),
    );
    if (!removed.saved) throw new Error('not saved');
    expect(removed.customer.agreements.map((a) => a.name)).toEqual(['Validated systems SLA', 'Lab network OLA']);
    expect(removed.customer.history.slice(0, 3).map((h) => h.changes[0]?.field)).toEqual(['agreement', 'agreement', 'agreement']);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const seen = await current();
    sandbox.runtime.resetCalls();
    expect(
      errorOf(
        await panel('saveAgreement', {
          organizationId: contoso,
          version: seen.profile.version,
          agreement: { agreementType: 'sla', name: 'X', startDate: '2026-05-01', endDate: '2026-04-01', reference: 'ftp://nope' },
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'agreement.reference',
      message: 'agreement.reference: must be a web address starting with http:// or https://; agreement.endDate: must not be before the start date',
    });
    expect(errorOf(await panel('saveProfile', { ...fields(seen), keyContacts: [{ accountId: agent().accountId, role: 'Not a customer' }] }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'keyContacts.0.accountId',
    });
    const customer = customers()[0]?.accountId;
    expect(errorOf(await panel('saveProfile', { ...fields(seen), ownerAccountId: customer }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'ownerAccountId',
    });
    expect(errorOf(await panel('saveProfile', { ...fields(seen), tier: 'gold' }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'tier',
      message: 'tier: must be one of strategic, key, standard',
    });
    expect(errorOf(await panel('saveProfile', { ...fields(seen), enrolledServiceIds: ['no-such-service'] }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'enrolledServiceIds.0',
    });
    expect(errorOf(await panel('saveProfile', { ...fields(seen), organizationId: 'Contoso' }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'organizationId',
    });
    expect(writesOf(sandbox, writesSince(sandbox)).kvs).toEqual([]);
    expect((await current()).profile.version).toBe(seen.profile.version);
  });
});
