/**
 * `npm start`: the sandbox (the @brm/sandbox workspace) running this app: its handlers
 * (src/index.ts) and manifest.yml, with the Custom UI built first when it is missing or stale.
 * PORT, HOST, SANDBOX_DATA, SEED_ISSUES and SANDBOX_ALLOWED_HOSTS: see sandbox/server/run.ts.
 */
import { join } from 'node:path';
import { runSandboxServer } from '@brm/sandbox/server/run';
import * as handlers from '#app';
import { buildStatic, projectRoot } from './build-static';

runSandboxServer({
  handlers,
  manifestPath: join(projectRoot, 'manifest.yml'),
  prepare: async (log) => ((await buildStatic({ ifMissing: true, log })).built ? 'built the app' : undefined),
}).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
