import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot, staleReason } from '#scripts/build-static';

/**
 * Builds the app's Custom UI if its build is missing or outdated, as `npm test` does before Jest.
 * It runs the build script in a child process: Vite is ESM, which Jest's module system cannot load.
 */
export function ensureBuilt(): void {
  if (staleReason() === undefined) return;
  execFileSync(
    process.execPath,
    [join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(projectRoot, 'scripts', 'build-static.ts'), '--if-missing'],
    {
      cwd: projectRoot,
      stdio: 'pipe',
    },
  );
}
