import { ForgeKvsAPIError, kvs, MetadataField } from '@forge/kvs';
import { installKvs, type KvsTestSetup } from './harness';

let setup: KvsTestSetup;
beforeEach(() => {
  setup = installKvs();
});

describe('batch operations', () => {
  it('batchSet writes plain keys and entities together and reports each key', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'a', value: 1 },
      { key: 'c1', value: { count: 3, owner: 'ann' }, entityName: 'counter' },
      { key: 'b', value: 'two', options: { ttl: { value: 1, unit: 'MINUTES' } } },
    ]);
    expect(result).toEqual({ successfulKeys: [{ key: 'a' }, { key: 'c1', entityName: 'counter' }, { key: 'b' }], failedKeys: [] });
    expect(await kvs.get('a')).toBe(1);
    expect(await kvs.entity('counter').get('c1')).toEqual({ count: 3, owner: 'ann' });
    setup.clock.advance(60_000);
    expect(await kvs.get('b')).toBeUndefined();
  });

  it('batchSet writes the good items and reports the refused ones (best effort)', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'good', value: 1 },
      { key: 'bad/key', value: 2 },
      { key: 'c1', value: { count: 'many' }, entityName: 'counter' },
      { key: 'x1', value: { any: 1 }, entityName: 'unknown-entity' },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'good' }]);
    expect(result.failedKeys.map((failure) => [failure.key, failure.entityName, failure.error.code])).toEqual([
      ['bad/key', undefined, 'INVALID_KEY'],
      ['c1', 'counter', 'INVALID_ENTITY_VALUE'],
      ['x1', 'unknown-entity', 'INVALID_ENTITY_TYPE'],
    ]);
    expect(await kvs.get('good')).toBe(1);
    expect(await kvs.entity('counter').get('c1')).toBeUndefined();
  });

  it('batchGet returns the stored values with metadata and reports missing keys as KEY_NOT_FOUND', async () => {
    await kvs.set('a', 'A');
    await kvs.entity('counter').set('c1', { count: 1 });
    const result = await kvs.batchGet([
      { key: 'a', options: { metadataFields: [MetadataField.CREATED_AT] } },
      { key: 'c1', entityName: 'counter' },
      { key: 'missing' },
    ]);
    expect(result).toEqual({
      successfulKeys: [
        { key: 'a', value: 'A', createdAt: setup.clock.now().getTime() },
        { key: 'c1', entityName: 'counter', value: { count: 1 } },
      ],
      failedKeys: [{ key: 'missing', error: { code: 'KEY_NOT_FOUND', message: expect.any(String) } }],
    });
  });

  it('batchDelete deletes every key, present or not', async () => {
    await kvs.set('a', 1);
    await kvs.entity('counter').set('c1', { count: 1 });
    const result = await kvs.batchDelete([{ key: 'a' }, { key: 'c1', entityName: 'counter' }, { key: 'never-set' }]);
    expect(result).toEqual({ successfulKeys: [{ key: 'a' }, { key: 'c1', entityName: 'counter' }, { key: 'never-set' }], failedKeys: [] });
    expect(await kvs.get('a')).toBeUndefined();
    expect(await kvs.entity('counter').get('c1')).toBeUndefined();
  });

  it('refuses a whole batch that is empty, too large or names a key twice', async () => {
    await expect(kvs.batchSet<unknown>([])).rejects.toBeInstanceOf(ForgeKvsAPIError);
    const tooMany = Array.from({ length: 26 }, (_, i) => ({ key: `k${i}`, value: i }));
    await expect(kvs.batchSet(tooMany)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(kvs.batchGet([{ key: 'a' }, { key: 'a' }])).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await kvs.get('k0')).toBeUndefined();
    const sameKeyOtherEntity = await kvs.batchSet<unknown>([
      { key: 'k', value: 1 },
      { key: 'k', value: { count: 1 }, entityName: 'counter' },
    ]);
    expect(sameKeyOtherEntity.failedKeys).toEqual([]);
  });

  it('refuses a key policy inside a batch (batch writes take only a TTL)', () => {
    const answer = setup.kvs.handle('batch/set', [{ key: 'a', value: 1, options: { keyPolicy: 'FAIL_IF_EXISTS' } }]);
    expect(answer).toEqual({ status: 400, body: { code: 'BAD_REQUEST', message: expect.stringContaining('keyPolicy') } });
  });
});
