import { ForgeKvsAPIError, kvs, MetadataField } from '@forge/kvs';
import { installKvs, type KvsTestSetup } from './harness';

/** The rejection `promise` ends with, as the ForgeKvsAPIError the package throws. */
async function apiError(promise: Promise<unknown>): Promise<ForgeKvsAPIError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) return error;
    throw error;
  }
  throw new Error('Expected the KVS to refuse the request.');
}

let setup: KvsTestSetup;
beforeEach(() => {
  setup = installKvs();
});

describe('get, set and delete', () => {
  it('stores any JSON value and reads it back; a missing key reads as undefined', async () => {
    await kvs.set('settings', { threshold: 3, channels: ['email'] });
    await kvs.set('count', 42);
    await kvs.set('flag', false);
    expect(await kvs.get('settings')).toEqual({ threshold: 3, channels: ['email'] });
    expect(await kvs.get('count')).toBe(42);
    expect(await kvs.get('flag')).toBe(false);
    expect(await kvs.get('nothing-here')).toBeUndefined();
  });

  it('overwrites with the last write and deletes, whether or not the key exists', async () => {
    await kvs.set('k', 'first');
    await kvs.set('k', 'second');
    expect(await kvs.get('k')).toBe('second');
    await kvs.delete('k');
    expect(await kvs.get('k')).toBeUndefined();
    await expect(kvs.delete('k')).resolves.toBeUndefined();
  });

  it('answers metadata in milliseconds and keeps the creation time across overwrites', async () => {
    const created = setup.clock.now().getTime();
    await kvs.set('k', 1);
    setup.clock.advance(5_000);
    await kvs.set('k', 2);
    const result = await kvs.get<number>('k', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT, MetadataField.EXPIRE_TIME] });
    expect(result).toEqual({ key: 'k', value: 2, createdAt: created, updatedAt: created + 5_000 });
  });

  it('keeps plain keys, secrets and entities apart', async () => {
    await kvs.set('shared-key', 'plain');
    await kvs.setSecret('shared-key', 'secret');
    await kvs.entity('counter').set('shared-key', { count: 1 });
    expect(await kvs.get('shared-key')).toBe('plain');
    expect(await kvs.getSecret('shared-key')).toBe('secret');
    expect(await kvs.entity('counter').get('shared-key')).toEqual({ count: 1 });
    await kvs.deleteSecret('shared-key');
    expect(await kvs.getSecret('shared-key')).toBeUndefined();
    expect(await kvs.get('shared-key')).toBe('plain');
  });

  it('refuses keys Forge refuses, with its error codes', async () => {
    expect((await apiError(kvs.set('', 1))).code).toBe('EMPTY_KEY');
    expect((await apiError(kvs.set('a/b', 1))).code).toBe('INVALID_KEY');
    expect((await apiError(kvs.set('   ', 1))).code).toBe('INVALID_KEY');
    expect((await apiError(kvs.get('x'.repeat(501)))).code).toBe('KEY_TOO_LONG');
    await expect(kvs.set('customer:10001#profile v2_a-b.c', 1)).resolves.toBeUndefined();
  });

  it('refuses values over 240 KiB and null', async () => {
    const error = await apiError(kvs.set('big', 'x'.repeat(240 * 1024 + 1)));
    expect([error.code, error.responseDetails.status]).toEqual(['MAX_SIZE', 400]);
    expect((await apiError(kvs.set('nothing', null))).code).toBe('BAD_REQUEST');
    expect(await kvs.get('big')).toBeUndefined();
  });
});

describe('TTL', () => {
  it('hides a value once its TTL has passed and reports its expiry time', async () => {
    const start = setup.clock.now().getTime();
    await kvs.set('cache', { n: 1 }, { ttl: { value: 5, unit: 'MINUTES' } });
    const read = await kvs.get('cache', { metadataFields: [MetadataField.EXPIRE_TIME] });
    expect(read).toEqual({ key: 'cache', value: { n: 1 }, expireTime: new Date(start + 5 * 60_000).toISOString() });
    setup.clock.advance(5 * 60_000 - 1);
    expect(await kvs.get('cache')).toEqual({ n: 1 });
    setup.clock.advance(1);
    expect(await kvs.get('cache')).toBeUndefined();
  });

  it('drops the TTL when the key is written again without one', async () => {
    await kvs.set('k', 'short-lived', { ttl: { value: 1, unit: 'SECONDS' } });
    await kvs.set('k', 'kept');
    setup.clock.advance(60_000);
    expect(await kvs.get('k')).toBe('kept');
  });

  it('refuses a TTL longer than a year', async () => {
    expect((await apiError(kvs.set('k', 1, { ttl: { value: 366, unit: 'DAYS' } }))).code).toBe('BAD_REQUEST');
    await expect(kvs.set('k', 1, { ttl: { value: 365, unit: 'DAYS' } })).resolves.toBeUndefined();
  });
});

describe('key policy and return values', () => {
  it('FAIL_IF_EXISTS refuses a live key with 409 KEY_CONFLICT and leaves its value', async () => {
    await kvs.set('job:claim', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    const error = await apiError(kvs.set('job:claim', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect([error.responseDetails.status, error.code]).toEqual([409, 'KEY_CONFLICT']);
    expect(await kvs.get('job:claim')).toBe('first');
  });

  it('FAIL_IF_EXISTS succeeds again once the old value has expired', async () => {
    await kvs.set('lock', 'a', { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 30, unit: 'SECONDS' } });
    setup.clock.advance(30_000);
    await expect(kvs.set('lock', 'b', { keyPolicy: 'FAIL_IF_EXISTS' })).resolves.toBeUndefined();
    expect(await kvs.get('lock')).toBe('b');
  });

  it('applies to custom entities too', async () => {
    await kvs.entity('counter').set('c1', { count: 1 }, { keyPolicy: 'FAIL_IF_EXISTS' });
    const error = await apiError(kvs.entity('counter').set('c1', { count: 2 }, { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect(error.code).toBe('KEY_CONFLICT');
    expect(await kvs.entity('counter').get('c1')).toEqual({ count: 1 });
  });

  it('returns the replaced value (PREVIOUS) or the written one (LATEST)', async () => {
    expect(await kvs.set('k', 'v1', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    setup.clock.advance(1_000);
    const previous = await kvs.set('k', 'v2', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS', returnMetadataFields: [MetadataField.UPDATED_AT] });
    expect(previous).toEqual({ key: 'k', value: 'v1', updatedAt: setup.clock.now().getTime() - 1_000 });
    const latest = await kvs.set('k', 'v3', { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' });
    expect(latest).toEqual({ key: 'k', value: 'v3' });
  });
});

describe('custom entities', () => {
  it('stores values whose attributes match the declared types', async () => {
    const employees = kvs.entity<Record<string, unknown>>('employee');
    await employees.set('e1', { surname: 'Smith', team: 'ops', age: 41, rating: 4.5, active: true, tags: ['a', { b: 1 }] });
    expect(await employees.get('e1')).toEqual({ surname: 'Smith', team: 'ops', age: 41, rating: 4.5, active: true, tags: ['a', { b: 1 }] });
    await employees.delete('e1');
    expect(await employees.get('e1')).toBeUndefined();
  });

  it('refuses values that break the declared attributes with INVALID_ENTITY_VALUE', async () => {
    const employees = kvs.entity<unknown>('employee');
    const invalidValues: unknown[] = [{ age: 41.5 }, { age: 2 ** 31 }, { surname: 7 }, { active: 'yes' }, { nickname: 'x' }, ['not', 'an', 'object']];
    for (const value of invalidValues) {
      expect((await apiError(employees.set('bad', value))).code).toBe('INVALID_ENTITY_VALUE');
    }
    expect(await employees.get('bad')).toBeUndefined();
  });

  it('refuses an entity manifest.yml does not declare', async () => {
    const error = await apiError(kvs.entity('invoice').get('i1'));
    expect([error.responseDetails.status, error.code]).toEqual([400, 'INVALID_ENTITY_TYPE']);
    expect(error.message).toContain('invoice');
  });
});

describe('protocol errors', () => {
  it('answers an unknown operation with a 400 that names the operations it knows', () => {
    const answer = setup.kvs.handle('increment', { key: 'k' });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'UNSUPPORTED_OPERATION', message: expect.stringContaining('entity/query') });
  });

  it('answers a malformed body with a 400 BAD_REQUEST that names the field', () => {
    const answer = setup.kvs.handle('get', { key: 7 });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'BAD_REQUEST', message: expect.stringContaining('key') });
  });

  it('refuses metadata fields Forge does not know', () => {
    const answer = setup.kvs.handle('get', { key: 'k', options: { metadataFields: ['INVALID_METADATA_FIELD'] } });
    expect(answer).toEqual({ status: 400, body: { code: 'BAD_REQUEST', message: expect.stringContaining('metadataFields') } });
  });

  it('refuses returnValue together with FAIL_IF_EXISTS', () => {
    const answer = setup.kvs.handle('set', { key: 'k', value: 1, options: { keyPolicy: 'FAIL_IF_EXISTS', returnValue: 'LATEST' } });
    expect(answer).toEqual({ status: 400, body: { code: 'INVALID_KEY_POLICY_RETURN_VALUE_COMBINATION', message: expect.any(String) } });
  });

  it('records each call at the boundary', async () => {
    setup.runtime.resetCalls();
    await kvs.set('k', 1);
    await kvs.get('missing');
    expect(setup.runtime.calls.map((call) => [call.type, call.path, call.status])).toEqual([
      ['kvs', '/api/v1/set', 204],
      ['kvs', '/api/v1/get', 404],
    ]);
  });
});
