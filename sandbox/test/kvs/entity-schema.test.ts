import { kvs, WhereConditions } from '@forge/kvs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntityCatalog, readManifestEntities } from '#sandbox/kvs/entity-schema';
import { KvsEmulator } from '#sandbox/kvs/kvs-emulator';
import { ForgeRuntime } from '#sandbox/runtime/forge-runtime';
import { openDatabase } from '#sandbox/store/database';
import { Sandbox } from '#sandbox/sandbox';
import { APP_MANIFEST_PATH } from '#sandbox/test/support/app-under-test';

describe('entity declarations', () => {
  it("a sandbox's KVS serves the entities its app's manifest declares", async () => {
    const declared = readManifestEntities(APP_MANIFEST_PATH);
    const sandbox = new Sandbox({ dataDir: ':memory:', handlers: {}, manifest: APP_MANIFEST_PATH });
    const emulator = sandbox.kvs;
    expect(emulator.entities.names()).toEqual(declared.map((entity) => entity.name));
    const entity = declared[0];
    if (!entity) throw new Error('manifest.yml declares no custom entities (app.storage.entities).');
    const index = entity.indexes?.[0];
    new ForgeRuntime({ jira: { handle: () => Promise.resolve({ status: 404 }) }, kvs: emulator }).install();
    const indexName = typeof index === 'string' ? index : (index?.name ?? 'by-key');
    await expect(kvs.entity(entity.name).query().index(indexName).getMany()).resolves.toEqual({ results: [] });
    await expect(kvs.entity(entity.name).query().index('not-declared').getMany()).rejects.toMatchObject({ code: 'INVALID_ENTITY_INDEX' });
    sandbox.close();
  });

  it('reads string and object indexes from a manifest file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvs-manifest-'));
    try {
      const path = join(dir, 'manifest.yml');
      writeFileSync(
        path,
        [
          'app:',
          '  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000',
          '  storage:',
          '    entities:',
          '      - name: agreement',
          '        attributes:',
          '          customerId: { type: string }',
          '          endDate: { type: string }',
          '          kind: { type: string }',
          '        indexes:',
          '          - kind',
          '          - name: by-customer-end',
          '            partition: [customerId]',
          '            range: [endDate]',
        ].join('\n'),
      );
      const catalog = new EntityCatalog(readManifestEntities(path));
      const agreement = catalog.entity('agreement');
      expect(catalog.index(agreement, 'kind')).toEqual({ name: 'kind', range: 'kind', partition: [] });
      expect(catalog.index(agreement, 'by-customer-end')).toEqual({ name: 'by-customer-end', range: 'endDate', partition: ['customerId'] });
      expect(catalog.index(agreement, 'by-key')).toEqual({ name: 'by-key', partition: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a manifest without app.storage declares no entities', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvs-manifest-'));
    try {
      const path = join(dir, 'manifest.yml');
      writeFileSync(path, 'app:\n  id: ari:cloud:ecosystem::app/x\nmodules: {}\n');
      expect(readManifestEntities(path)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses declarations Forge would refuse at deploy time', () => {
    expect(() => new EntityCatalog([{ name: 'thing', attributes: { a: { type: 'string' } }, indexes: ['b'] }])).toThrow(/attribute 'b'/);
    expect(() => new EntityCatalog([{ name: 'thing', attributes: { a: { type: 'string' } }, indexes: ['by-key'] }])).toThrow(/by-key/);
    expect(() => new EntityCatalog([{ name: 'Thing', attributes: {} }])).toThrow();
    expect(
      () =>
        new EntityCatalog([
          { name: 'thing', attributes: {} },
          { name: 'thing', attributes: {} },
        ]),
    ).toThrow(/twice/);
  });

  it('the range of an index with a partition can be narrowed like any other', async () => {
    const emulator = new KvsEmulator(openDatabase(':memory:'), {
      entities: [
        {
          name: 'agreement',
          attributes: { customerId: { type: 'string' }, endDate: { type: 'string' } },
          indexes: [{ name: 'by-customer-end', partition: ['customerId'], range: ['endDate'] }],
        },
      ],
    });
    new ForgeRuntime({ jira: { handle: () => Promise.resolve({ status: 404 }) }, kvs: emulator }).install();
    const agreements = kvs.entity<{ customerId: string; endDate: string }>('agreement');
    await agreements.set('a1', { customerId: 'org-1', endDate: '2026-12-31' });
    await agreements.set('a2', { customerId: 'org-1', endDate: '2026-06-30' });
    await agreements.set('a3', { customerId: 'org-2', endDate: '2026-01-31' });
    const expiringFirstHalf = await agreements
      .query()
      .index('by-customer-end', { partition: ['org-1'] })
      .where(WhereConditions.lessThanEqualTo('2026-06-30'))
      .getMany();
    expect(expiringFirstHalf.results.map((result) => result.key)).toEqual(['a2']);
  });
});
