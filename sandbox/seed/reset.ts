/**
 * `npm run sandbox:reset [-- --data DIR]`: deletes the sandbox's data folder (default `.sandbox`,
 * or SANDBOX_DATA), so the next `npm start` or `npm run seed` begins with an empty tenant.
 */
import { existsSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { parse, resolve } from 'node:path';
import { defaultDataDir } from '../store/database';

function dataDirFromArgs(args: readonly string[]): string {
  const at = args.indexOf('--data');
  if (at === -1) return defaultDataDir();
  const value = args[at + 1];
  if (!value) throw new Error('--data needs a folder.');
  return resolve(value);
}

/** Folders a typo in SANDBOX_DATA must never delete. */
function isProtected(dir: string): boolean {
  return dir === parse(dir).root || dir === resolve(process.cwd()) || dir === resolve(homedir());
}

function main(): number {
  const dir = dataDirFromArgs(process.argv.slice(2));
  if (isProtected(dir)) {
    process.stderr.write(`Refusing to delete ${dir}: it is not a sandbox data folder.\n`);
    return 1;
  }
  if (!existsSync(dir)) {
    process.stdout.write(`Nothing to reset: ${dir} does not exist.\n`);
    return 0;
  }
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`Deleted ${dir}.\n`);
  return 0;
}

process.exitCode = main();
