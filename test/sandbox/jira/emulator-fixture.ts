import { JiraEmulator } from '../../../sandbox/jira/jira-emulator';
import type { Caller, ProductResponse } from '../../../sandbox/runtime/product-types';
import { readAppManifest } from '../../../sandbox/runtime/app-manifest';
import { openDatabase, type SandboxDatabase } from '../../../sandbox/store/database';
import { DEMO_USERS, demoUser } from '../../../sandbox/seed/demo-users';
import { seedDemoTenant } from '../../../sandbox/seed/seed';

/** The fixed clock of the emulator tests. */
export const NOW = new Date('2026-11-20T12:00:00.000Z');

export interface DemoJira {
  jira: JiraEmulator;
  db: SandboxDatabase;
  /** Product events emitted so far, in order. */
  events: { eventType: string; event: Record<string, unknown> }[];
}

/** A seeded demo tenant in memory, with the app installed and a fixed clock. */
export function demoJira(options: { issues?: number; seed?: number; db?: SandboxDatabase } = {}): DemoJira {
  const db = options.db ?? openDatabase(':memory:');
  const jira = new JiraEmulator(db, { now: () => NOW });
  jira.installApp(readAppManifest());
  seedDemoTenant(jira, { issues: options.issues ?? 60, seed: options.seed ?? 7, now: NOW });
  const events: DemoJira['events'] = [];
  jira.onEvent((eventType, event) => events.push({ eventType, event }));
  return { jira, db, events };
}

export const APP: Caller = { kind: 'app' };
export const ANONYMOUS: Caller = { kind: 'anonymous' };
export const userCaller = (email: string): Caller => ({ kind: 'user', accountId: demoUser(email).accountId });
export const ADMIN = userCaller('admin@brm-demo.example');
export const SAM = userCaller('agent@brm-demo.example');
export const KIM = userCaller('agent2@brm-demo.example');

/** The demo customers of one organization. */
export const customersOf = (organization: string) => DEMO_USERS.filter((u) => u.organization === organization);

export function customerCaller(organization: string, index = 0): Caller {
  const user = customersOf(organization)[index];
  if (!user) throw new Error(`${organization} has no customer #${index}.`);
  return { kind: 'user', accountId: user.accountId };
}

/** Sends one REST request to the emulator. */
export function call(jira: JiraEmulator, caller: Caller, method: string, path: string, body?: unknown): Promise<ProductResponse> {
  return jira.handle({ method, path, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), caller });
}

export const accountIdOf = (caller: Caller): string => {
  if (caller.kind !== 'user') throw new Error('Only user callers have an account id.');
  return caller.accountId;
};

export const userById = (accountId: string | undefined): Caller => {
  if (!accountId) throw new Error('No account id.');
  return { kind: 'user', accountId };
};
