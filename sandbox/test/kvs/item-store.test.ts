import { kvs, MetadataField } from '@forge/kvs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ManifestEntity } from '#sandbox/kvs/entity-schema';
import { KvsItemStore, plainKeys } from '#sandbox/kvs/item-store';
import { KvsEmulator } from '#sandbox/kvs/kvs-emulator';
import { openDatabase } from '#sandbox/store/database';
import { installKvs, testClock } from './harness';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kvs-emulator-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('persistence', () => {
  it('keeps keys, secrets, entities and their metadata across reopening the database', async () => {
    const clock = testClock();
    const first = installKvs({ db: openDatabase(dataDir), clock });
    await kvs.set('settings', { threshold: 3 }, { ttl: { value: 2, unit: 'DAYS' } });
    await kvs.setSecret('token', 's3cr3t');
    await kvs.entity('counter').set('c1', { count: 4, owner: 'ann' });
    await kvs.batchSet([
      { key: 'b1', value: 1 },
      { key: 'b2', value: 2 },
    ]);
    await kvs.transact().set('t1', 't').delete('b2').execute();
    first.db.close();

    clock.advance(60_000);
    installKvs({ db: openDatabase(dataDir), clock });
    const settings = await kvs.get('settings', { metadataFields: [MetadataField.CREATED_AT, MetadataField.EXPIRE_TIME] });
    expect(settings).toEqual({
      key: 'settings',
      value: { threshold: 3 },
      createdAt: clock.now().getTime() - 60_000,
      expireTime: new Date(clock.now().getTime() - 60_000 + 2 * 86_400_000).toISOString(),
    });
    expect(await kvs.getSecret('token')).toBe('s3cr3t');
    expect(await kvs.entity('counter').query().index('owner').getMany()).toEqual({ results: [{ key: 'c1', value: { count: 4, owner: 'ann' } }] });
    expect((await kvs.query().getMany()).results.map((result) => result.key)).toEqual(['b1', 'settings', 't1']);
  });

  it('an acknowledged write survives the process being killed', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(__dirname, 'fixtures', 'write-then-crash.ts'), dataDir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.signal).toBe('SIGKILL');
    expect(child.stdout.trim()).toBe('[204,204,204]');

    const emulator = new KvsEmulator(openDatabase(dataDir), {
      entities: [{ name: 'counter', attributes: { count: { type: 'integer' } }, indexes: ['count'] }],
    });
    expect(emulator.handle('get', { key: 'acknowledged' }).body).toEqual({ key: 'acknowledged', value: { written: true } });
    expect(emulator.handle('entity/get', { entityName: 'counter', key: 'c1' }).body).toEqual({ key: 'c1', entityName: 'counter', value: { count: 7 } });
    expect(emulator.handle('query', {}).body).toEqual({
      data: [
        { key: 'acknowledged', value: { written: true } },
        { key: 't1', value: 1 },
        { key: 't2', value: 2 },
      ],
    });
  });

  it('over 5,000 keys, a prefix query returns exactly the keys with the prefix, a page at a time', () => {
    const clock = testClock();
    const store = new KvsItemStore(openDatabase(':memory:'), () => clock.now().getTime());
    store.atomically(() => {
      for (let i = 0; i < 5_000; i += 1) store.put(plainKeys, `k:${i % 10}:${String(i).padStart(5, '0')}`, { i }, undefined);
    });
    const page = store.list(plainKeys, { prefix: 'k:7:', limit: 100 });
    expect(page).toHaveLength(100);
    expect(page.every((item) => item.key.startsWith('k:7:'))).toBe(true);
    expect(store.list(plainKeys, { prefix: 'k:7:' })).toHaveLength(500);
  });

  it('an entity query sees writes made through another connection to the same database', () => {
    const entities: ManifestEntity[] = [{ name: 'counter', attributes: { count: { type: 'integer' } }, indexes: ['count'] }];
    const server = new KvsEmulator(openDatabase(dataDir), { entities });
    const seeder = new KvsEmulator(openDatabase(dataDir), { entities });
    const query = { entityName: 'counter', indexName: 'count' };
    server.handle('entity/set', { entityName: 'counter', key: 'a', value: { count: 1 } });
    expect(server.handle('entity/query', query).body).toEqual({ data: [{ key: 'a', value: { count: 1 } }] });
    seeder.handle('entity/set', { entityName: 'counter', key: 'b', value: { count: 0 } });
    seeder.handle('entity/delete', { entityName: 'counter', key: 'a' });
    expect(server.handle('entity/query', query).body).toEqual({ data: [{ key: 'b', value: { count: 0 } }] });
  });

  it('removes expired rows from the table on the next write', () => {
    const clock = testClock();
    const db = openDatabase(':memory:');
    const store = new KvsItemStore(db, () => clock.now().getTime());
    store.put(plainKeys, 'short', 1, clock.now().getTime() + 1_000);
    clock.advance(1_000);
    store.put(plainKeys, 'other', 2, undefined);
    expect(db.prepare('SELECT key FROM kvs_items ORDER BY key').all()).toEqual([{ key: 'other' }]);
  });
});
