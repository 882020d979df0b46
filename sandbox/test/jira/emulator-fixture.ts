import { z } from 'zod';
import { JiraEmulator } from '#sandbox/jira/jira-emulator';
import type { Caller, ProductResponse } from '#sandbox/runtime/product-types';
import { openDatabase, type SandboxDatabase } from '#sandbox/store/database';
import { DEMO_USERS, demoUser } from '#sandbox/seed/demo-users';
import { seedDemoTenant } from '#sandbox/seed/seed';
import { appManifest } from '#sandbox/test/support/app-under-test';

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
  jira.installApp(appManifest());
  seedDemoTenant(jira, { issues: options.issues ?? 60, seed: options.seed ?? 7, now: NOW });
  const events: DemoJira['events'] = [];
  jira.onEvent((eventType, event) => events.push({ eventType, event }));
  return { jira, db, events };
}

/** The key the next issue created in a project gets (ACME holds its requests and its BRM tickets). */
export const nextKey = (jira: JiraEmulator, projectKey: string): string =>
  `${projectKey}-${jira.store.docs.issues.filter((i) => i.key.startsWith(`${projectKey}-`)).length + 1}`;

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

/** A Forge app's `asUser()` request for a user, as the runtime marks it. */
export interface ViaApp {
  viaApp: Caller;
}

export const viaApp = (caller: Caller): ViaApp => ({ viaApp: caller });

/** Sends one REST request to the emulator, as a caller or as an app acting for one. */
export function call(jira: JiraEmulator, who: Caller | ViaApp, method: string, path: string, body?: unknown): Promise<ProductResponse> {
  const request = { method, path, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) };
  return jira.handle('viaApp' in who ? { ...request, caller: who.viaApp, viaApp: true } : { ...request, caller: who });
}

export const accountIdOf = (caller: Caller): string => {
  if (caller.kind !== 'user') throw new Error('Only user callers have an account id.');
  return caller.accountId;
};

export const userById = (accountId: string | undefined): Caller => {
  if (!accountId) throw new Error('No account id.');
  return { kind: 'user', accountId };
};

const ids = (body: unknown, pick: (value: Record<string, unknown>) => unknown): string[] => {
  const values = z.object({ values: z.array(z.record(z.string(), z.unknown())) }).parse(body).values;
  return values.map((v) => String(pick(v)));
};

async function adminGet(jira: JiraEmulator, path: string): Promise<unknown> {
  const res = await call(jira, ADMIN, 'GET', path);
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * Puts a field on every screen of a project's issue types, as an admin would before an app or an
 * agent may set it: for a company-managed project through the REST path project -> issue type
 * screen scheme -> screen schemes -> screens -> first tab; for a team-managed one in each issue
 * type's fields (project settings).
 */
export async function putOnScreens(jira: JiraEmulator, projectKey: string, fieldId: string): Promise<void> {
  const project = jira.store.project(projectKey);
  if (!project) throw new Error(`No project ${projectKey}.`);
  if (project.style === 'next-gen') {
    for (const type of jira.store.issueTypesOfProject(project)) {
      const fields = jira.store.docs.fieldLayouts.get(type.id)?.fieldIds ?? [];
      if (!fields.includes(fieldId)) jira.settings.addIssueTypeField(accountIdOf(ADMIN), projectKey, type.id, fieldId);
    }
    return;
  }
  const [schemeId] = ids(
    await adminGet(jira, `/rest/api/3/issuetypescreenscheme/project?projectId=${project.id}`),
    (v) => z.object({ id: z.string() }).parse(v.issueTypeScreenScheme).id,
  );
  const screenSchemeIds = ids(await adminGet(jira, `/rest/api/3/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=${schemeId}`), (v) => v.screenSchemeId);
  const query = [...new Set(screenSchemeIds)].map((id) => `id=${id}`).join('&');
  const screenIds = new Set<number>();
  for (const scheme of z
    .object({ values: z.array(z.object({ screens: z.record(z.string(), z.number()) })) })
    .parse(await adminGet(jira, `/rest/api/3/screenscheme?${query}`)).values)
    for (const id of Object.values(scheme.screens)) screenIds.add(id);
  for (const screenId of screenIds) {
    const [tab] = z.array(z.object({ id: z.number() })).parse(await adminGet(jira, `/rest/api/3/screens/${screenId}/tabs`));
    if (!tab) throw new Error(`Screen ${screenId} has no tab.`);
    const added = await call(jira, ADMIN, 'POST', `/rest/api/3/screens/${screenId}/tabs/${tab.id}/fields`, { fieldId });
    const already = added.status === 400 && JSON.stringify(added.body).includes('already exists on the screen');
    if (added.status !== 200 && !already) throw new Error(`Adding ${fieldId} to screen ${screenId} answered ${added.status}: ${JSON.stringify(added.body)}`);
  }
}
