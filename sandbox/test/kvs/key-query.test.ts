import { ForgeKvsAPIError, kvs, MetadataField, WhereConditions } from '@forge/kvs';
import fc from 'fast-check';
import { installKvs, type KvsTestSetup } from './harness';

/** Every key and value a beginsWith query returns, walking all its pages with `limit`. */
async function allPages(prefix: string | undefined, limit: number): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    let query = kvs.query().limit(limit);
    if (prefix !== undefined) query = query.where('key', WhereConditions.beginsWith(prefix));
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany<unknown>();
    pages += 1;
    keys.push(...page.results.map((result) => result.key));
    cursor = page.nextCursor;
    if (pages > 1_000) throw new Error('The query never ended.');
  } while (cursor !== undefined);
  return { keys, pages };
}

let setup: KvsTestSetup;
beforeEach(() => {
  setup = installKvs();
});

describe('key queries', () => {
  it('returns only keys with the prefix, in key order, with their values', async () => {
    for (const key of ['kpi:b', 'kpi:a', 'kpis', 'kp', 'other:kpi:c', 'kpi:c']) await kvs.set(key, { key });
    const page = await kvs.query().where('key', WhereConditions.beginsWith('kpi:')).getMany<{ key: string }>();
    expect(page.results).toEqual([
      { key: 'kpi:a', value: { key: 'kpi:a' } },
      { key: 'kpi:b', value: { key: 'kpi:b' } },
      { key: 'kpi:c', value: { key: 'kpi:c' } },
    ]);
    expect(page.nextCursor).toBeUndefined();
  });

  it('pages with cursors, ten keys by default, and ends without a cursor', async () => {
    for (let i = 0; i < 23; i += 1) await kvs.set(`item:${String(i).padStart(3, '0')}`, i);
    const first = await kvs.query().where('key', WhereConditions.beginsWith('item:')).getMany<number>();
    expect(first.results.map((result) => result.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const { keys, pages } = await allPages('item:', 10);
    expect(pages).toBe(3);
    expect(keys).toHaveLength(23);
  });

  it('leaves out secrets, entities and expired keys', async () => {
    await kvs.set('a:plain', 1);
    await kvs.set('a:short', 2, { ttl: { value: 10, unit: 'SECONDS' } });
    await kvs.setSecret('a:secret', 3);
    await kvs.entity('counter').set('a:entity', { count: 4 });
    setup.clock.advance(10_000);
    expect((await allPages('a:', 100)).keys).toEqual(['a:plain']);
  });

  it('returns the metadata the query asks for', async () => {
    await kvs.set('m:1', 'x', { ttl: { value: 1, unit: 'HOURS' } });
    const page = await kvs
      .query({ metadataFields: [MetadataField.EXPIRE_TIME] })
      .where('key', WhereConditions.beginsWith('m:'))
      .getMany();
    expect(page.results).toEqual([{ key: 'm:1', value: 'x', expireTime: new Date(setup.clock.now().getTime() + 3_600_000).toISOString() }]);
  });

  it('getOne returns the first matching key', async () => {
    await kvs.set('z:2', 2);
    await kvs.set('z:1', 1);
    expect(await kvs.query().where('key', WhereConditions.beginsWith('z:')).getOne()).toEqual({ key: 'z:1', value: 1 });
    expect(await kvs.query().where('key', WhereConditions.beginsWith('none:')).getOne()).toBeUndefined();
  });

  it('a key written between pages does not repeat or shift the keys already paged past', async () => {
    for (const key of ['p:b', 'p:d', 'p:f']) await kvs.set(key, key);
    const first = await kvs.query().where('key', WhereConditions.beginsWith('p:')).limit(2).getMany();
    expect(first.results.map((result) => result.key)).toEqual(['p:b', 'p:d']);
    await kvs.set('p:a', 'p:a');
    await kvs.set('p:e', 'p:e');
    await kvs.delete('p:d');
    const cursor = first.nextCursor;
    if (cursor === undefined) throw new Error('Expected a second page.');
    const second = await kvs.query().where('key', WhereConditions.beginsWith('p:')).limit(2).cursor(cursor).getMany();
    expect(second.results.map((result) => result.key)).toEqual(['p:e', 'p:f']);
  });

  it('refuses a page size outside 1..100 and a cursor it did not issue', async () => {
    await expect(kvs.query().limit(101).getMany()).rejects.toBeInstanceOf(ForgeKvsAPIError);
    await expect(kvs.query().limit(0).getMany()).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(kvs.query().cursor('not-a-cursor').getMany()).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('paging with any limit returns every matching key exactly once, in order', async () => {
    const keyArbitrary = fc.stringMatching(/^[a-c:]{1,6}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(keyArbitrary, { maxLength: 40 }),
        fc.constantFrom('', 'a', 'b:', 'c'),
        fc.integer({ min: 1, max: 100 }),
        async (keys, prefix, limit) => {
          setup = installKvs();
          for (const key of keys) await kvs.set(key, key.length);
          const expected = keys.filter((key) => key.startsWith(prefix)).sort();
          const { keys: paged, pages } = await allPages(prefix === '' ? undefined : prefix, limit);
          expect(paged).toEqual(expected);
          expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
        },
      ),
      { numRuns: 60 },
    );
  });
});
