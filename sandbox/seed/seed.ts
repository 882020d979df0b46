import type { JiraEmulator } from '../jira/jira-emulator';
import type { StoredIssue } from '../jira/model';
import type { JiraStore } from '../jira/store/jira-store';
import type { KvsEmulator } from '../kvs/kvs-emulator';
import { complaintsFor, seedComplaintHistory } from './complaint-history';
import { brmHistory, mergeByCreated, withCustomersAndServices, writeTags } from './demo-brm-history';
import { requireAppFields, seedBrmSetup } from './demo-brm-setup';
import { seedDemoConfig } from './demo-config';
import { seedDemoDashboard } from './demo-dashboard';
import { GLOBEX_ISSUES, globexIssues, seedGlobexConfig } from './demo-globex';
import { acmeIssues, DAY, fieldIssues, type IssueDraft } from './demo-issues';
import { seedServiceCatalogue } from './demo-services';
import { demoSurveys } from './demo-surveys';
import { Prng } from './prng';

export interface SeedOptions {
  /** How many Acme Service Desk issues to create (default 200). */
  issues?: number;
  /** PRNG seed: the same seed and `now` give the same tenant (default 1). */
  seed?: number;
  /** The moment the demo history ends at (default: the current time). */
  now?: Date;
  /**
   * The app's KVS (the sandbox's `kvs`), where the app's service catalogue is seeded. Without it only
   * Jira is seeded: ACME's tickets still name the catalogue's services (tests of the Jira emulator),
   * and no surveys are seeded (their records live in KVS).
   */
  kvs?: KvsEmulator;
  /** Whether ACME's year of satisfaction surveys is seeded (needs the KVS; default true). */
  surveys?: boolean;
  /** How many complaints ACME's complaint register history has (default: one in fifty ACME requests, at least 40). */
  complaints?: number;
}

export interface SeedSummary {
  users: number;
  organizations: number;
  /** ACME's ordinary requests (the `issues` asked for). */
  acmeIssues: number;
  /** ACME's Complaints, Compliments, Business Cases and Service Requirements. */
  brmTickets: number;
  fieldIssues: number;
  globexIssues: number;
  /** Survey invitations on ACME's requests (after tickets and of the relationship campaign); 0 without the KVS. */
  surveyInvitations: number;
  /** ACME's complaints with their register history (measures, escalations, responses). */
  complaints: number;
}

export const DEFAULT_DEMO_ISSUES = 200;
const FIELD_ISSUES = 10;

/** Whether the Jira emulator already holds a tenant (any user or project). */
export function isSeeded(jira: JiraEmulator): boolean {
  return jira.store.users().length > 0 || jira.store.projects().length > 0;
}

/**
 * Numbers drafts in order (`ACME-1`, `ACME-2`, ...) and stores them, reserving ids and keys in bulk;
 * `finish` completes an issue once it has its id and key. Answers them as stored, in order.
 */
function insertDrafts(
  store: JiraStore,
  projectId: string,
  projectKey: string,
  drafts: readonly IssueDraft[],
  finish: (issue: StoredIssue) => StoredIssue = (issue) => issue,
): StoredIssue[] {
  if (drafts.length === 0) return [];
  const firstId = store.nextValue('issue');
  const firstNumber = store.nextValue(`issuekey:${projectId}`);
  const stored = drafts.map((draft, i) => store.docs.issues.put(finish({ ...draft, id: String(firstId + i), key: `${projectKey}-${firstNumber + i}` })));
  store.advanceSequence('issue', firstId + drafts.length - 1);
  store.advanceSequence(`issuekey:${projectId}`, firstNumber + drafts.length - 1);
  return stored;
}

/**
 * Seeds the demo tenant into an empty emulator with the app installed: the Acme Service Desk
 * (company-managed) with BRM set up and its requests and BRM tickets over the last twelve months,
 * the small team-managed Field Services desk, the Globex Service Desk (company-managed, BRM not set
 * up) with some months of requests, ACME's complaint register history (complaints with measures,
 * escalations and responses, and the app's workflow rule on their transitions into Done), six
 * customer organizations with their portal customers, two agents and an admin; and, given the KVS,
 * the app's service catalogue and ACME's year of satisfaction surveys with a relationship campaign
 * last quarter. Deterministic for a given
 * seed and `now`; the catalogue is written first (writing it again writes the same), then Jira in
 * one SQLite transaction.
 */
export function seedDemoTenant(jira: JiraEmulator, options: SeedOptions = {}): SeedSummary {
  if (isSeeded(jira)) throw new Error('The Jira emulator already holds a tenant; seed only an empty sandbox (npm run sandbox:reset).');
  const count = options.issues ?? DEFAULT_DEMO_ISSUES;
  if (!Number.isInteger(count) || count < 0) throw new Error(`The number of issues must be a whole number >= 0; got ${count}.`);
  const now = options.now ?? new Date();
  const rng = new Prng(options.seed ?? 1);
  const store = jira.store;
  requireAppFields(store);
  // The catalogue was there before the year of history began.
  if (options.kvs) seedServiceCatalogue(options.kvs, new Date(now.getTime() - 400 * DAY));
  return store.transaction(() => {
    const config = seedDemoConfig(store);
    const globex = seedGlobexConfig(store, config);
    const brm = seedBrmSetup(store, { project: config.acme, serviceDeskId: config.acmeDeskId, group: config.acmeGroups.Feedback });
    // BRM and GLOBEX draw from streams of their own, so ACME's and FIELD's requests stay as they were.
    const brmRng = new Prng((options.seed ?? 1) + 0x6272_6d);
    const acme = withCustomersAndServices(brmRng, config, brm, acmeIssues(rng, config, count, now));
    const history = brmHistory(brmRng, config, brm, acme, now);
    const merged = mergeByCreated(acme, history.drafts);
    const stored = insertDrafts(store, config.acme.id, config.acme.key, merged);
    const position = new Map(merged.map((d, i) => [d, i]));
    writeTags(store, brm, history.tags, (d) => stored[position.get(d) ?? -1]);
    const field = fieldIssues(rng, config, FIELD_ISSUES, now);
    insertDrafts(store, config.field.id, config.field.key, field);
    const globexDrafts = globexIssues(new Prng((options.seed ?? 1) + 0x676c_6f), config, globex, GLOBEX_ISSUES, now);
    insertDrafts(store, globex.project.id, globex.project.key, globexDrafts);
    // The register's history: complaints numbered after ACME's other issues (ids after every other issue's), from a stream of their own.
    const complaints = seedComplaintHistory(store, config, brm, {
      count: options.complaints ?? complaintsFor(count),
      now,
      seed: options.seed ?? 1,
      validatorKeys: jira.appWorkflowValidatorKeys(),
      insert: (drafts, finish) => insertDrafts(store, config.acme.id, config.acme.key, drafts, finish),
    });
    // Surveys draw from a stream of their own; the campaign's requests come after every other issue, the register's complaints too.
    let surveyInvitations = 0;
    if (options.kvs && options.surveys !== false) {
      const acmeNow = stored.map((issue) => store.issue(issue.key) ?? issue);
      const surveys = demoSurveys(new Prng((options.seed ?? 1) + 0x7372_76), config, brm.fields['brm-customer'].id, brm.fields['brm-service'].id, acmeNow, now);
      const campaignIssues = insertDrafts(store, config.acme.id, config.acme.key, surveys.campaignDrafts);
      surveyInvitations = surveys.write(store, options.kvs, campaignIssues);
    }
    seedDemoDashboard(store);
    return {
      users: store.users().length,
      organizations: config.organizations.length,
      acmeIssues: acme.length,
      brmTickets: history.drafts.length,
      fieldIssues: field.length,
      globexIssues: globexDrafts.length,
      surveyInvitations,
      complaints,
    };
  });
}
