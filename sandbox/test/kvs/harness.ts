import { KvsEmulator } from '#sandbox/kvs/kvs-emulator';
import type { ManifestEntity } from '#sandbox/kvs/entity-schema';
import { ForgeRuntime } from '#sandbox/runtime/forge-runtime';
import type { ProductBackend } from '#sandbox/runtime/product-types';
import { openDatabase, type SandboxDatabase } from '#sandbox/store/database';

/** A clock tests move by hand. */
export interface TestClock {
  now: () => Date;
  advance: (millis: number) => void;
}

export function testClock(start = '2026-03-01T09:00:00.000Z'): TestClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (millis) => {
      current += millis;
    },
  };
}

/** Jira is not part of these tests: every product request is a 404. */
const noJira: ProductBackend = { handle: () => Promise.resolve({ status: 404, body: { errorMessages: ['Not part of this test.'] } }) };

/** Custom entities shaped like manifest.yml's `app.storage.entities`, used by the entity tests. */
export const testEntities: ManifestEntity[] = [
  {
    name: 'employee',
    attributes: {
      surname: { type: 'string' },
      team: { type: 'string' },
      age: { type: 'integer' },
      rating: { type: 'float' },
      active: { type: 'boolean' },
      tags: { type: 'any' },
    },
    indexes: ['surname', { name: 'by-team-age', partition: ['team'], range: ['age'] }, { name: 'by-rating', range: ['rating'] }],
  },
  {
    name: 'counter',
    attributes: { count: { type: 'integer' }, owner: { type: 'string' } },
    indexes: ['owner'],
  },
];

export interface KvsTestSetup {
  kvs: KvsEmulator;
  runtime: ForgeRuntime;
  db: SandboxDatabase;
  clock: TestClock;
}

/**
 * Installs the sandbox runtime with a fresh KVS emulator, so that `@forge/kvs` in the test talks to
 * it exactly as it would talk to Forge.
 */
export function installKvs(options: { db?: SandboxDatabase; clock?: TestClock; entities?: ManifestEntity[] } = {}): KvsTestSetup {
  const db = options.db ?? openDatabase(':memory:');
  const clock = options.clock ?? testClock();
  const kvs = new KvsEmulator(db, { now: clock.now, entities: options.entities ?? testEntities });
  const runtime = new ForgeRuntime({ jira: noJira, kvs }).install();
  return { kvs, runtime, db, clock };
}
