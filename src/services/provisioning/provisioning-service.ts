import { conflict, invalidInput, notFound } from '../../domain/app-error';
import { APP_FIELD_KEYS, APP_FIELD_NAMES, APP_FIELD_SCOPES } from '../../domain/brm/app-fields';
import { BRM_ISSUE_TYPES, brmIssueTypes } from '../../domain/brm/issue-types';
import { BRM_REQUEST_TYPE_KEYS, BRM_REQUEST_TYPES } from '../../domain/brm/request-types';
import { planProvisioning } from '../../domain/provisioning/plan';
import { isComplete, stepsOf, type ProvisioningPlan } from '../../domain/provisioning/steps';
import { provisioningReport, type AdminOverview, type ProvisioningPlanView, type ProvisioningReport } from '../../contract/admin';
import { asUserJira, type JiraClient } from '../../platform/jira/client';
import { readJson, writeJson } from '../../platform/kvs/json-store';
import { acquireLock, releaseLock } from '../../platform/kvs/locks';
import { readServiceProjects, readSnapshot, type ServiceProject } from './read-snapshot';
import { buildReport, itemView, runPlan } from './run-provisioning';

/**
 * Provisioning from the admin page. The caller is a Jira admin (checked by the resolver), so reads
 * and writes go as that user: Jira checks them again and its audit log names the admin.
 */

const LAST_RUN_KEY = 'provisioning:last-run';
const LOCK_KEY = 'provisioning:lock';
const LOCK_SECONDS = 300;

const client = (): JiraClient => asUserJira();

/** The chosen projects, in the order given; an id that is not a JSM project is named in the error. */
async function chosenProjects(jira: JiraClient, projectIds: readonly string[]): Promise<{ chosen: ServiceProject[]; all: ServiceProject[] }> {
  const all = await readServiceProjects(jira);
  const chosen: ServiceProject[] = [];
  for (const [index, id] of projectIds.entries()) {
    const project = all.find((p) => p.id === id);
    if (!project) throw notFound(`projectIds.${index}: project ${id} is not a Jira Service Management project you can see.`, `projectIds.${index}`);
    if (project.serviceDeskId === undefined) throw invalidInput(`projectIds.${index}`, `project ${project.key} has no service desk.`);
    if (!chosen.includes(project)) chosen.push(project);
  }
  return { chosen, all };
}

const keyLookup = (projects: readonly ServiceProject[]) => (id: string): string => projects.find((p) => p.id === id)?.key ?? id;

function planView(plan: ProvisioningPlan, projects: readonly ServiceProject[]): ProvisioningPlanView {
  const keyOf = keyLookup(projects);
  return {
    projects: projects.map(({ id, key, name, style }) => ({ id, key, name, style })),
    items: plan.items.map((item) => ({
      id: item.id,
      area: item.area,
      summary: item.summary,
      projectKeys: item.projectIds.map(keyOf),
      status: item.blocked !== undefined ? 'blocked' : item.steps.length === 0 ? 'inPlace' : 'todo',
      writes: item.steps.reduce((n, step) => n + (step.kind === 'createIssueType' ? 2 : 1), 0),
      ...(item.blocked === undefined ? {} : { blockedReason: item.blocked }),
    })),
    writes: stepsOf(plan).reduce((n, step) => n + (step.kind === 'createIssueType' ? 2 : 1), 0),
    complete: isComplete(plan),
  };
}

export async function getOverview(): Promise<AdminOverview> {
  const jira = client();
  const [projects, lastRun] = await Promise.all([readServiceProjects(jira), readJson(LAST_RUN_KEY, provisioningReport)]);
  const desks = projects.filter((p) => p.serviceDeskId !== undefined);
  const snapshot = await readSnapshot(jira, desks);
  const fieldIds = new Map(snapshot.fields.map((f) => [f.key, f.fieldId]));
  return {
    projects: desks.map((p) => {
      const plan = planProvisioning(snapshot, [p.id]);
      return { id: p.id, key: p.key, name: p.name, style: p.style, provisioned: isComplete(plan), pendingWrites: planView(plan, [p]).writes };
    }),
    issueTypes: brmIssueTypes().map(({ key, name, description, avatarId }) => ({ key, name, description, avatarId })),
    requestTypes: BRM_REQUEST_TYPE_KEYS.map((key) => {
      const { name, description, issueType } = BRM_REQUEST_TYPES[key];
      return { key, name, description, issueTypeName: BRM_ISSUE_TYPES[issueType].name };
    }),
    fields: APP_FIELD_KEYS.map((key) => ({
      key,
      name: APP_FIELD_NAMES[key],
      fieldId: fieldIds.get(key) ?? null,
      brmTypes: APP_FIELD_SCOPES[key].brmTypes.map((t) => BRM_ISSUE_TYPES[t].name),
      onRequestTypes: APP_FIELD_SCOPES[key].includeRequestTypes,
    })),
    lastRun: lastRun ?? null,
  };
}

/** What provisioning would do for these projects; writes nothing. */
export async function planFor(projectIds: readonly string[]): Promise<ProvisioningPlanView> {
  const jira = client();
  const { chosen } = await chosenProjects(jira, projectIds);
  const snapshot = await readSnapshot(jira, chosen);
  return planView(planProvisioning(snapshot, chosen.map((p) => p.id)), chosen);
}

/**
 * Provisions the projects. A run that finds everything in place writes nothing at all (neither to
 * Jira nor to KVS). Otherwise it takes a lease so that two admins cannot provision at once, plans
 * again from a fresh read under the lease, and records its progress after each item.
 */
export async function runFor(projectIds: readonly string[], accountId: string, now: () => Date = () => new Date()): Promise<ProvisioningReport> {
  const jira = client();
  const { chosen } = await chosenProjects(jira, projectIds);
  const ids = chosen.map((p) => p.id);
  const keyOf = keyLookup(chosen);
  const context = { startedBy: accountId, projectIds: ids };

  const firstPlan = planProvisioning(await readSnapshot(jira, chosen), ids);
  if (stepsOf(firstPlan).length === 0) {
    const started = now();
    const items = firstPlan.items.map((item) =>
      item.blocked !== undefined ? itemView(item, keyOf, 'failed', { reason: item.blocked }) : itemView(item, keyOf, 'skipped'),
    );
    return buildReport(context, started, now(), items, 0);
  }

  const lock = await acquireLock(LOCK_KEY, accountId, LOCK_SECONDS, now());
  if (!lock.acquired) {
    const since = lock.heldBy ? ` (started ${lock.heldBy.since})` : '';
    throw conflict(`Provisioning is already running${since}. Wait for it to finish, then run it again.`);
  }
  try {
    const plan = planProvisioning(await readSnapshot(jira, chosen), ids);
    return await runPlan(plan, { client: jira, ...context, projectKeyOf: keyOf, now, onProgress: (report) => writeJson(LAST_RUN_KEY, report) });
  } finally {
    await releaseLock(LOCK_KEY);
  }
}
