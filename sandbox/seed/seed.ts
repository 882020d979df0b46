import type { JiraEmulator } from '../jira/jira-emulator';
import type { JiraStore } from '../jira/store/jira-store';
import type { KvsEmulator } from '../kvs/kvs-emulator';
import { seedDemoConfig } from './demo-config';
import { seedDemoPortfolio } from './demo-portfolio';
import { acmeIssues, fieldIssues, type IssueDraft } from './demo-issues';
import { Prng } from './prng';

export interface SeedOptions {
  /** How many Acme Service Desk issues to create (default 200). */
  issues?: number;
  /** PRNG seed: the same seed and `now` give the same tenant (default 1). */
  seed?: number;
  /** The moment the demo history ends at (default: the current time). */
  now?: Date;
  /** The app's KVS: when given, the demo customers get their portfolio profiles (demo-portfolio.ts). */
  kvs?: KvsEmulator;
}

export interface SeedSummary {
  users: number;
  organizations: number;
  acmeIssues: number;
  fieldIssues: number;
}

export const DEFAULT_DEMO_ISSUES = 200;
const FIELD_ISSUES = 10;

/** Whether the Jira emulator already holds a tenant (any user or project). */
export function isSeeded(jira: JiraEmulator): boolean {
  return jira.store.users().length > 0 || jira.store.projects().length > 0;
}

/** Numbers drafts in order (`ACME-1`, `ACME-2`, ...) and stores them, reserving ids and keys in bulk. */
function insertDrafts(store: JiraStore, projectId: string, projectKey: string, drafts: readonly IssueDraft[]): void {
  if (drafts.length === 0) return;
  const firstId = store.nextValue('issue');
  const firstNumber = store.nextValue(`issuekey:${projectId}`);
  drafts.forEach((draft, i) => store.docs.issues.put({ ...draft, id: String(firstId + i), key: `${projectKey}-${firstNumber + i}` }));
  store.advanceSequence('issue', firstId + drafts.length - 1);
  store.advanceSequence(`issuekey:${projectId}`, firstNumber + drafts.length - 1);
}

/**
 * Seeds the demo tenant into an empty emulator: the Acme Service Desk (company-managed) with its
 * requests over the last twelve months, the small team-managed Field Services desk, six customer
 * organizations with their portal customers, two agents and an admin. Deterministic for a given
 * seed and `now`; everything is written in one SQLite transaction.
 */
export function seedDemoTenant(jira: JiraEmulator, options: SeedOptions = {}): SeedSummary {
  if (isSeeded(jira)) throw new Error('The Jira emulator already holds a tenant; seed only an empty sandbox (npm run sandbox:reset).');
  const count = options.issues ?? DEFAULT_DEMO_ISSUES;
  if (!Number.isInteger(count) || count < 0) throw new Error(`The number of issues must be a whole number >= 0; got ${count}.`);
  const now = options.now ?? new Date();
  const rng = new Prng(options.seed ?? 1);
  const store = jira.store;
  return store.transaction(() => {
    const config = seedDemoConfig(store);
    const acme = acmeIssues(rng, config, count, now);
    insertDrafts(store, config.acme.id, config.acme.key, acme);
    const field = fieldIssues(rng, config, FIELD_ISSUES, now);
    insertDrafts(store, config.field.id, config.field.key, field);
    if (options.kvs) seedDemoPortfolio(options.kvs, config.organizations, now);
    return { users: store.users().length, organizations: config.organizations.length, acmeIssues: acme.length, fieldIssues: field.length };
  });
}
