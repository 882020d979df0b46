import { z } from 'zod';
import { AppError, conflict } from '#kernel/app-error';
import { defaultCustomer } from '#ticket-fields/domain/customer-rule';
import { readRefFieldValue, refFieldValueOf } from '#kernel/ref-field-value';
import { asAppJira, type JiraClient } from '#platform/jira/client';
import { browsableProjects, searchServiceProjects } from '#platform/jira/projects';
import { searchPage } from '#platform/jira/search';
import { listOrganizations, listServiceDesks, organizationsOfUser, serviceDeskOrganizations, type Organization } from '#platform/jira/service-desk';
import { defineJob } from '#platform/jobs/define-job';
import { cancelJob, findJob, latestJob, startJob, type StartOutcome } from '#platform/jobs/jobs';
import { writeAppFieldValues } from '#ticket-fields/app-field-values';
import { appFieldIds } from '#provisioning/app-field-ids';
import { BACKFILL_EXAMPLES, BACKFILL_PAGE, backfillSummary, noSkips, skippedTicket, type BackfillSummary, type SkipReason } from '#portfolio/domain/backfill';
import { PORTFOLIO_TEXTS } from '#portfolio/domain/texts';
import { printJql, stillWithoutCustomer, ticketsWithoutCustomer } from '#portfolio/jql';

/**
 * Fills Customer on existing tickets, as a job of the job runner (as the app; the admin page
 * checked the admin who started it). It pages through the chosen projects (every service project
 * when none is chosen) one at a time, and through each project's tickets without a Customer by JQL
 * in key order after the last key done, so a page that is done is never read again, in two kinds of
 * steps:
 * - scan: reads one page, decides each ticket (the reporter's one organization of the project, or
 *   why not), and records the fills it plans in the checkpoint;
 * - write: asks Jira which of the planned tickets still have no Customer, fills those in one
 *   request, and moves past the page.
 * A write step that is taken over after its delivery stopped looks first, so each ticket is filled
 * once; a Customer set meanwhile by someone else is left alone and reported. Why it stopped is
 * kept in every language, for whichever admin reads it.
 */

const plannedFill = z.object({ issueId: z.string(), key: z.string(), organization: z.object({ id: z.string(), name: z.string() }) });

const checkpoint = z.object({
  /** The projects to walk, by id, in key order; null until the first step has read them. */
  projects: z.array(z.string()).nullable(),
  /** The project being walked (an index into `projects`), and the last key done there. */
  projectIndex: z.number().int().nonnegative(),
  afterKey: z.string().nullable(),
  phase: z.enum(['scan', 'write']),
  plan: z.array(plannedFill),
  /** The last issue key of the page the plan comes from, and whether it was the project's last page. */
  pageEnd: z.string().nullable(),
  lastPage: z.boolean(),
  summary: backfillSummary,
});
type Checkpoint = z.infer<typeof checkpoint>;

export const BACKFILL_SCOPE = 'site';

const addExample = (summary: BackfillSummary, key: string, reason: SkipReason, organizations: string[] = []): BackfillSummary => ({
  ...summary,
  skipped: { ...summary.skipped, [reason]: summary.skipped[reason] + 1 },
  examples: summary.examples.length < BACKFILL_EXAMPLES ? [...summary.examples, skippedTicket.parse({ key, reason, organizations })] : summary.examples,
});

/** The organizations of each project's service desk (every organization for a project without one), read once per step. */
function projectOrganizations(app: JiraClient) {
  let desks: Promise<Map<string, string>> | undefined;
  let all: Promise<Organization[]> | undefined;
  const byProject = new Map<string, Promise<Organization[]>>();
  return (projectId: string): Promise<Organization[]> => {
    let found = byProject.get(projectId);
    if (!found) {
      desks ??= listServiceDesks(app).then((list) => new Map(list.map((d) => [d.projectId, d.id])));
      found = desks.then((map) => {
        const deskId = map.get(projectId);
        if (deskId) return serviceDeskOrganizations(app, deskId);
        all ??= listOrganizations(app);
        return all;
      });
      byProject.set(projectId, found);
    }
    return found;
  };
}

/** The projects a run walks: those chosen that exist, or every service project. */
async function projectsToWalk(app: JiraClient, projectIds: readonly string[]): Promise<string[]> {
  const projects = projectIds.length > 0 ? await browsableProjects(app, projectIds) : await searchServiceProjects(app);
  return [...projects].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((p) => p.id);
}

async function scan(params: { projectIds: string[] }, state: Checkpoint): Promise<Checkpoint> {
  const app = asAppJira();
  const customerField = (await appFieldIds(app)).get('brm-customer');
  if (!customerField) throw conflict(PORTFOLIO_TEXTS.text('backfill.noCustomerField'));
  const projects = state.projects ?? (await projectsToWalk(app, params.projectIds));
  const projectId = projects[state.projectIndex];
  if (projectId === undefined) return { ...state, projects, phase: 'write', plan: [], pageEnd: null, lastPage: true };
  const page = await searchPage(app, {
    jql: printJql(ticketsWithoutCustomer(projectId, state.afterKey ?? undefined)),
    fields: ['reporter', 'project', customerField],
    maxResults: BACKFILL_PAGE,
  });
  const orgsOfProject = projectOrganizations(app);
  const reporterOrgs = new Map<string, Promise<Organization[]>>();
  let summary = { ...state.summary, scanned: state.summary.scanned + page.issues.length };
  const plan: z.infer<typeof plannedFill>[] = [];
  for (const issue of page.issues) {
    if (readRefFieldValue(issue.fields[customerField]) !== null) continue;
    // Search answers each issue's key; the id names it otherwise.
    const key = issue.key ?? issue.id;
    const reporter = z.object({ accountId: z.string() }).nullable().optional().catch(null).parse(issue.fields.reporter);
    const project = z.object({ id: z.string() }).optional().catch(undefined).parse(issue.fields.project);
    if (!reporter || !project) {
      summary = addExample(summary, key, 'no-reporter');
      continue;
    }
    let own = reporterOrgs.get(reporter.accountId);
    if (!own) {
      own = organizationsOfUser(app, reporter.accountId);
      reporterOrgs.set(reporter.accountId, own);
    }
    const [mine, ofProject] = await Promise.all([own, orgsOfProject(project.id)]);
    const choice = defaultCustomer({
      reporterIsCustomer: true,
      reporterOrganizationIds: mine.map((o) => o.id),
      projectOrganizationIds: ofProject.map((o) => o.id),
    });
    if (choice.kind === 'one') {
      const organization = mine.find((o) => o.id === choice.organizationId);
      if (organization) plan.push({ issueId: issue.id, key, organization: { id: organization.id, name: organization.name } });
    } else if (choice.kind === 'several') {
      const projectIds = new Set(ofProject.map((o) => o.id));
      summary = addExample(
        summary,
        key,
        'several-organizations',
        mine.filter((o) => projectIds.has(o.id)).map((o) => o.name),
      );
    } else summary = addExample(summary, key, 'no-organization');
  }
  const last = page.issues[page.issues.length - 1];
  if (last && last.key === undefined) throw new Error('Jira answered a search page without the issues’ keys; the backfill cannot tell where to go on.');
  return {
    ...state,
    projects,
    phase: 'write',
    plan,
    pageEnd: last?.key ?? state.afterKey,
    lastPage: page.nextPageToken === undefined || page.issues.length < BACKFILL_PAGE,
    summary,
  };
}

async function write(state: Checkpoint, resumed: boolean): Promise<Checkpoint> {
  let summary = state.summary;
  if (state.plan.length > 0) {
    const app = asAppJira();
    const fieldIds = await appFieldIds(app);
    const customerField = fieldIds.get('brm-customer');
    if (!customerField) throw conflict(PORTFOLIO_TEXTS.text('backfill.noCustomerField'));
    // Which planned tickets still have no Customer: the others were set meanwhile (or, when this
    // step was taken over, by the step that stopped).
    const ids = state.plan.map((p) => p.issueId);
    const still = await searchPage(app, { jql: printJql(stillWithoutCustomer(ids)), fields: ['id'], maxResults: ids.length });
    const empty = new Set(still.issues.map((i) => i.id));
    const fills = state.plan.filter((p) => empty.has(p.issueId));
    await writeAppFieldValues(
      fills.map((p) => ({ issueId: p.issueId, values: { 'brm-customer': refFieldValueOf(p.organization) } })),
      fieldIds,
    );
    summary = { ...summary, filled: summary.filled + fills.length };
    for (const p of state.plan.filter((p) => !empty.has(p.issueId))) {
      if (resumed) summary = { ...summary, filled: summary.filled + 1 };
      else summary = addExample(summary, p.key, 'set-meanwhile');
    }
  }
  // After a project's last page, the next project from its start.
  if (state.lastPage)
    return { ...state, phase: 'scan', plan: [], projectIndex: state.projectIndex + 1, afterKey: null, pageEnd: null, lastPage: false, summary };
  return { ...state, phase: 'scan', plan: [], afterKey: state.pageEnd, summary };
}

/** How far a backfill is; the admin page words it from the numbers, the label is for the logs. */
function progressOf(state: Checkpoint, finished = false) {
  const s = state.summary;
  const skipped = Object.values(s.skipped).reduce((a, b) => a + b, 0);
  return {
    done: s.scanned,
    total: finished ? s.scanned : s.scanned + BACKFILL_PAGE,
    label: `${s.filled} filled, ${skipped} skipped of ${s.scanned} read`,
  };
}

export const backfillJob = defineJob({
  kind: 'customer-backfill',
  params: z.object({ projectIds: z.array(z.string()) }),
  checkpoint,
  result: backfillSummary,
  step: async (params, state, context) => {
    let next: Checkpoint;
    try {
      next = state.phase === 'scan' ? await scan(params, state) : await write(state, context.resumed);
    } catch (error) {
      // What the app can say (its Customer field is missing) reaches the admin in their language.
      if (!(error instanceof AppError)) throw error;
      return { status: 'failed', reason: error.text, result: state.summary, progress: progressOf(state) };
    }
    const s = next.summary;
    const finished = next.phase === 'scan' && next.projects !== null && next.projectIndex >= next.projects.length;
    const progress = progressOf(next, finished);
    if (finished) return { status: 'done', result: s, progress };
    return { status: 'continue', checkpoint: next, progress };
  },
});

/** Starts filling Customer in these projects (none: every project). */
export const startBackfill = (projectIds: readonly string[], startedBy: string, clock?: { now?: () => number }): Promise<StartOutcome> =>
  startJob(
    backfillJob,
    {
      scope: BACKFILL_SCOPE,
      params: { projectIds: [...projectIds] },
      checkpoint: {
        projects: null,
        projectIndex: 0,
        afterKey: null,
        phase: 'scan',
        plan: [],
        pageEnd: null,
        lastPage: false,
        summary: { scanned: 0, filled: 0, skipped: noSkips, examples: [] },
      },
      progress: { done: 0, total: 0, label: 'Starting' },
      startedBy,
    },
    clock,
  );

export const findBackfill = (jobId: string) => findJob(backfillJob, jobId);
export const latestBackfill = () => latestJob(backfillJob, BACKFILL_SCOPE);
export const cancelBackfill = (jobId: string) => cancelJob(backfillJob, jobId);
