import { z } from 'zod';
import { asAppJira } from '#platform/jira/client';
import { listServiceDesks, serviceDeskOrganizationsPage } from '#platform/jira/service-desk';
import { defineJob } from '#platform/jobs/define-job';
import { latestJob, startJob, type StartOutcome } from '#platform/jobs/jobs';
import { sortKeyOf } from '#portfolio/domain/served';
import { deleteDeskOrganizations, deskOrganizationsPage, readServedSync, writeDeskOrganizations, writeServedSync } from '#portfolio/served-store';

/**
 * Copies which organizations each service desk serves into the app's storage (entity
 * `desk-organization`), as a job of the job runner, as the app. For each desk it reads the
 * organizations a page at a time and records each with this run's id; then it sweeps the desk's
 * records and deletes those this run did not see (organizations taken off the desk). Desks that
 * are gone since the last run are swept whole. The last step records when the copy was complete.
 * A repeated or resumed step writes the same records again, so it changes nothing twice. It runs
 * hourly (scheduled trigger) and when an agent's portfolio page finds the copy older than an hour.
 */

const desk = z.object({ id: z.string(), projectId: z.string() });

const checkpoint = z.object({
  /** Every service desk, null until the first step has listed them. */
  desks: z.array(desk).nullable(),
  /** Projects the last complete run read that are no longer service desks: their records are swept. */
  gone: z.array(z.string()),
  /** The desk being copied: an index into `desks`, then into `gone`. */
  at: z.number().int().nonnegative(),
  phase: z.enum(['read', 'sweep']),
  /** The next organization to read (read), or where the sweep goes on (sweep). */
  start: z.number().int().nonnegative(),
  cursor: z.string().optional(),
  organizations: z.number().int().nonnegative(),
});
type Checkpoint = z.infer<typeof checkpoint>;

export const SERVED_SYNC_SCOPE = 'site';
const PAGE = 50;

const nextDesk = (c: Checkpoint): Checkpoint => ({ desks: c.desks, gone: c.gone, at: c.at + 1, phase: 'read', start: 0, organizations: c.organizations });

export const servedSyncJob = defineJob({
  kind: 'desk-organizations',
  params: z.object({}),
  checkpoint,
  result: z.object({ desks: z.number().int(), organizations: z.number().int() }),
  step: async (_params, c, context) => {
    const app = asAppJira();
    if (c.desks === null) {
      const [desks, previous] = await Promise.all([listServiceDesks(app), readServedSync()]);
      const projects = new Set(desks.map((d) => d.projectId));
      const listed = {
        ...c,
        desks: desks.map((d) => ({ id: d.id, projectId: d.projectId })),
        gone: (previous?.projectIds ?? []).filter((p) => !projects.has(p)),
      };
      return { status: 'continue', checkpoint: listed, progress: { done: 0, total: desks.length, label: 'Listed the service desks' } };
    }
    const total = c.desks.length + c.gone.length;
    const progress = (done: number) => ({ done, total, label: `Read ${c.organizations} organizations of ${done} of ${total} service desks` });
    const current = c.desks[c.at];
    const projectId = current?.projectId ?? c.gone[c.at - c.desks.length];
    if (projectId === undefined) {
      await writeServedSync({ syncedAt: context.now().toISOString(), projectIds: c.desks.map((d) => d.projectId) });
      return { status: 'done', result: { desks: c.desks.length, organizations: c.organizations }, progress: progress(total) };
    }
    if (current && c.phase === 'read') {
      const page = await serviceDeskOrganizationsPage(app, current.id, c.start, PAGE);
      const seen = page.values.map((o) => ({ organizationId: o.id, name: o.name, sortKey: sortKeyOf(o.name, o.id) }));
      await writeDeskOrganizations(projectId, seen, context.jobId);
      const read = { ...c, organizations: c.organizations + page.values.length };
      const next: Checkpoint =
        page.isLastPage || page.values.length === 0 ? { ...read, phase: 'sweep', start: 0 } : { ...read, start: c.start + page.values.length };
      return { status: 'continue', checkpoint: next, progress: progress(c.at) };
    }
    const page = await deskOrganizationsPage(projectId, c.cursor);
    await deleteDeskOrganizations(page.entries.filter((e) => !current || e.value.syncId !== context.jobId).map((e) => e.key));
    const next: Checkpoint = page.cursor ? { ...c, phase: 'sweep', cursor: page.cursor } : nextDesk(c);
    return { status: 'continue', checkpoint: next, progress: progress(page.cursor ? c.at : c.at + 1) };
  },
});

/** Starts a copy of every desk's organizations, or answers the one under way. */
export function startServedSync(startedBy: string, clock?: { now?: () => number }): Promise<StartOutcome> {
  return startJob(
    servedSyncJob,
    {
      scope: SERVED_SYNC_SCOPE,
      params: {},
      checkpoint: { desks: null, gone: [], at: 0, phase: 'read', start: 0, organizations: 0 },
      progress: { done: 0, total: 0, label: 'Starting' },
      startedBy,
    },
    clock,
  );
}

/** The copy under way or the last one. */
export const latestServedSync = () => latestJob(servedSyncJob, SERVED_SYNC_SCOPE);
