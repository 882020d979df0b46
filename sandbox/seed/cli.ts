/**
 * `npm run seed -- [--issues N] [--complaints N] [--data DIR] [--seed S] [--manifest FILE]`: seeds a demo tenant
 * into the sandbox's data folder (default `.sandbox`, or SANDBOX_DATA), with the app of FILE
 * installed (default: manifest.yml in the current folder). Refuses a folder that already holds a
 * tenant.
 */
import { resolve } from 'node:path';
import { JiraEmulator } from '../jira/jira-emulator';
import { KvsEmulator } from '../kvs/kvs-emulator';
import { readAppManifest } from '../runtime/app-manifest';
import { defaultDataDir, openDatabase } from '../store/database';
import { DEFAULT_DEMO_ISSUES, isSeeded, seedDemoTenant } from './seed';

interface CliOptions {
  issues: number;
  complaints?: number;
  dataDir: string;
  seed: number;
  manifest: string;
}

function parseArgs(args: readonly string[]): CliOptions {
  const options: CliOptions = { issues: DEFAULT_DEMO_ISSUES, dataDir: defaultDataDir(), seed: 1, manifest: resolve('manifest.yml') };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    const number = (): number => {
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got '${value ?? ''}'.`);
      return n;
    };
    if (flag === '--issues') options.issues = number();
    else if (flag === '--complaints') options.complaints = number();
    else if (flag === '--seed') options.seed = number();
    else if (flag === '--data') {
      if (!value) throw new Error('--data needs a folder.');
      options.dataDir = value;
    } else if (flag === '--manifest') {
      if (!value) throw new Error('--manifest needs a file.');
      options.manifest = resolve(value);
    } else throw new Error(`Unknown option '${flag ?? ''}'. Use --issues N, --complaints N, --data DIR, --seed S, --manifest FILE.`);
    i++;
  }
  return options;
}

function main(): number {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const started = Date.now();
  const db = openDatabase(options.dataDir);
  try {
    const jira = new JiraEmulator(db);
    const manifest = readAppManifest(options.manifest);
    jira.installApp(manifest);
    if (isSeeded(jira)) {
      process.stderr.write(`${options.dataDir} already holds a tenant (${jira.store.counts().issues} issues). Run 'npm run sandbox:reset' first.\n`);
      return 1;
    }
    const summary = seedDemoTenant(jira, {
      issues: options.issues,
      seed: options.seed,
      kvs: new KvsEmulator(db, { entities: manifest.entities }),
      ...(options.complaints === undefined ? {} : { complaints: options.complaints }),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Seeded ${options.dataDir}: ${summary.acmeIssues} ACME requests and ${summary.brmTickets} BRM tickets, ${summary.complaints} complaints with their register history, ` +
        `${summary.fieldIssues} FIELD and ${summary.globexIssues} GLOBEX issues, ${summary.surveyInvitations} survey invitations, ` +
        `${summary.organizations} organizations, ${summary.users} users in ${seconds}s.\n`,
    );
    return 0;
  } finally {
    db.close();
  }
}

process.exitCode = main();
