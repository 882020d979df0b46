import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { commitTransaction as commit } from '#platform/kvs/conditional-commit';
import { jobSlot, slotKey, storedJob, type Job, type JobSlot, type JobStatus, type StoredJob } from './job-record';

/**
 * The jobs in KVS: entity `job` (one per job, keyed by its id) and entity `job-slot` (one per kind
 * and scope: the active job and the last one). Every write that must not race is a transaction
 * with conditions on what was read, so of two writers one wins and the other learns it lost.
 */

const JOB = 'job';
const SLOT = 'job-slot';

/** A job, or undefined when there is none (or what is stored is not a job). */
export async function readJob(id: string): Promise<Job | undefined> {
  const value = await kvs.entity<unknown>(JOB).get(id);
  if (value === undefined) return undefined;
  const parsed = storedJob.safeParse(value);
  return parsed.success ? { id, ...parsed.data } : undefined;
}

export async function readSlot(kind: string, scope: string): Promise<JobSlot | undefined> {
  const value = await kvs.entity<unknown>(SLOT).get(slotKey(kind, scope));
  if (value === undefined) return undefined;
  const parsed = jobSlot.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * What a conditional write of a job expects to find: the lease holder and step count it read, and,
 * when given, the status and the cancel mark (a write that sets the whole record must not undo a
 * cancel, nor bring back a job that has ended).
 */
export interface JobExpectation {
  leaseHolder: string;
  stepCount: number;
  status?: JobStatus;
  cancelRequested?: boolean;
}

function jobCondition(expect: JobExpectation) {
  let filter = new Filter<StoredJob>()
    .and('leaseHolder', FilterConditions.equalTo(expect.leaseHolder))
    .and('stepCount', FilterConditions.equalTo(expect.stepCount));
  if (expect.status !== undefined) filter = filter.and('status', FilterConditions.equalTo(expect.status));
  if (expect.cancelRequested !== undefined) filter = filter.and('cancelRequested', FilterConditions.equalTo(expect.cancelRequested));
  return filter;
}

const slotCondition = (activeJobId: string | undefined) =>
  new Filter<JobSlot>().and('activeJobId', activeJobId === undefined ? FilterConditions.notExists() : FilterConditions.equalTo(activeJobId));

/**
 * Creates a job and makes it its slot's active job, in one transaction: only if the job id is new
 * and the slot's active job is still `slotActive` as read (undefined: no slot yet; '' none active).
 */
export function createJob(id: string, job: StoredJob, slot: JobSlot | undefined): Promise<boolean> {
  return commit((t) => {
    t.set(id, job, { entityName: JOB, conditions: new Filter<StoredJob>().and('kind', FilterConditions.notExists()) });
    t.set(
      slotKey(job.kind, job.scope),
      { activeJobId: id, lastJobId: slot?.lastJobId ?? '' },
      { entityName: SLOT, conditions: slotCondition(slot?.activeJobId) },
    );
  });
}

/** Writes a job if it still is as `expect` says. */
export function writeJob(id: string, job: StoredJob, expect: JobExpectation): Promise<boolean> {
  return commit((t) => {
    t.set(id, job, { entityName: JOB, conditions: jobCondition(expect) });
  });
}

/** Writes a job that has ended and frees its slot (it becomes the slot's last job), in one transaction. */
export function finishJob(id: string, job: StoredJob, expect: JobExpectation): Promise<boolean> {
  return commit((t) => {
    t.set(id, job, { entityName: JOB, conditions: jobCondition(expect) });
    t.set(slotKey(job.kind, job.scope), { activeJobId: '', lastJobId: id }, { entityName: SLOT, conditions: slotCondition(id) });
  });
}
