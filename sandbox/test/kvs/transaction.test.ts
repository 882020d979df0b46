import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';
import { installKvs, type KvsTestSetup } from './harness';

interface Counter {
  count?: number;
  owner?: string;
}

const counters = () => kvs.entity<Counter>('counter');
const countIs = (count: number) => new Filter<Counter>().and('count', FilterConditions.equalTo(count));

async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) return { status: error.responseDetails.status, code: error.code };
    throw error;
  }
  throw new Error('Expected the transaction to be refused.');
}

let setup: KvsTestSetup;
beforeEach(async () => {
  setup = installKvs();
  await counters().set('c1', { count: 1, owner: 'ann' });
  await kvs.set('plain', 'before');
});

describe('transactions', () => {
  it('commits sets and deletes of plain keys and entities together', async () => {
    await kvs
      .transact()
      .set('plain', 'after')
      .set('fresh', { n: 1 }, undefined, { ttl: { value: 10, unit: 'SECONDS' } })
      .set('c2', { count: 5 }, { entityName: 'counter' })
      .delete('c1', { entityName: 'counter' })
      .execute();
    expect(await kvs.get('plain')).toBe('after');
    expect(await kvs.get('fresh')).toEqual({ n: 1 });
    expect(await counters().get('c2')).toEqual({ count: 5 });
    expect(await counters().get('c1')).toBeUndefined();
    setup.clock.advance(10_000);
    expect(await kvs.get('fresh')).toBeUndefined();
  });

  it('applies a conditional set only when its condition holds on the current value (optimistic locking)', async () => {
    await kvs
      .transact()
      .set('c1', { count: 2, owner: 'ann' }, { entityName: 'counter', conditions: countIs(1) })
      .execute();
    expect(await counters().get('c1')).toEqual({ count: 2, owner: 'ann' });
    // A writer that read count 1 before the update above now loses.
    const stale = await refusal(
      kvs
        .transact()
        .set('c1', { count: 2, owner: 'bob' }, { entityName: 'counter', conditions: countIs(1) })
        .execute(),
    );
    expect(stale).toEqual({ status: 400, code: 'CONDITIONAL_CHECK_FAILED' });
    expect(await counters().get('c1')).toEqual({ count: 2, owner: 'ann' });
  });

  it('a failed check rolls back every other operation', async () => {
    await counters().set('c2', { count: 2 });
    const outcome = await refusal(
      kvs
        .transact()
        .set('plain', 'changed')
        .set('c3', { count: 9 }, { entityName: 'counter' })
        .delete('c2', { entityName: 'counter' })
        .check('c1', { entityName: 'counter', conditions: new Filter<Counter>().and('owner', FilterConditions.equalTo('bob')) })
        .execute(),
    );
    expect(outcome.code).toBe('CONDITIONAL_CHECK_FAILED');
    expect(await kvs.get('plain')).toBe('before');
    expect(await counters().get('c3')).toBeUndefined();
    expect(await counters().get('c2')).toEqual({ count: 2 });
  });

  it('a passing check lets the transaction commit; a check on a missing entity fails', async () => {
    await kvs
      .transact()
      .check('c1', { entityName: 'counter', conditions: new Filter<Counter>().and('owner', FilterConditions.beginsWith('a')) })
      .set('plain', 'checked')
      .execute();
    expect(await kvs.get('plain')).toBe('checked');
    const missing = await refusal(
      kvs
        .transact()
        .check('nope', { entityName: 'counter', conditions: new Filter<Counter>().or('count', FilterConditions.notExists()) })
        .set('plain', 'x')
        .execute(),
    );
    expect(missing.code).toBe('CONDITIONAL_CHECK_FAILED');
    expect(await kvs.get('plain')).toBe('checked');
  });

  it('a conditional set can create an entity only while it is absent', async () => {
    const createOnce = () =>
      kvs
        .transact()
        .set('c9', { count: 0, owner: 'cy' }, { entityName: 'counter', conditions: new Filter<Counter>().and('owner', FilterConditions.notExists()) })
        .execute();
    await createOnce();
    expect(await counters().get('c9')).toEqual({ count: 0, owner: 'cy' });
    expect((await refusal(createOnce())).code).toBe('CONDITIONAL_CHECK_FAILED');
  });

  it('refuses a transaction that uses a key twice, has more than 25 operations, or an invalid value', async () => {
    expect(await refusal(kvs.transact().set('plain', 1).delete('plain').execute())).toEqual({ status: 400, code: 'INVALID_TRANSACTION_REQUEST' });
    let big = kvs.transact();
    for (let i = 0; i < 26; i += 1) big = big.set(`k${i}`, i);
    expect((await refusal(big.execute())).code).toBe('INVALID_TRANSACTION_REQUEST');
    expect((await refusal(kvs.transact().set('plain', 'x').set('c5', { count: 'five' }, { entityName: 'counter' }).execute())).code).toBe(
      'INVALID_ENTITY_VALUE',
    );
    expect((await refusal(kvs.transact().execute())).code).toBe('INVALID_TRANSACTION_REQUEST');
    expect(await kvs.get('plain')).toBe('before');
    expect(await kvs.get('k0')).toBeUndefined();
  });

  it('refuses conditions on plain keys, which only entities can carry', () => {
    const answer = setup.kvs.handle('transaction', {
      set: [{ key: 'plain', value: 1, conditions: { and: [{ property: 'x', condition: 'EXISTS', values: [true] }] } }],
    });
    expect(answer).toEqual({ status: 400, body: { code: 'BAD_REQUEST', message: expect.stringContaining('conditions') } });
  });
});
