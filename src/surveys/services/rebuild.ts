import { z } from 'zod';
import { conflict } from '#kernel/app-error';
import { asAppJira } from '#platform/jira/client';
import { searchPage } from '#platform/jira/jql-search';
import { defineJob, type StepOutcome } from '#platform/jobs/define-job';
import { EntityTransaction, KVS_OPERATIONS_PER_REQUEST } from '#platform/kvs/typed-entities';
import {
  applyChange,
  changeOf,
  contributionOf,
  emptyCounts,
  isEmptyCounts,
  scopeOfRowKey,
  type Contribution,
  type InvitationFacts,
} from '#surveys/domain/aggregate';
import type { InvitationRecord } from '#surveys/domain/invitation';
import { SURVEY_PROPERTY_KEY } from '#surveys/domain/invitation';
import { entriesOf, surveyProperty, type SurveyEntry } from '#surveys/domain/survey-property';
import { readState, rows, states, STATE_KEY, storedRowKey, type StoredRow } from '#surveys/store/aggregate-store';
import { invitations, storedOf, type StoredInvitation } from '#surveys/store/invitation-store';
import { SURVEY_TEXTS } from '#surveys/texts';
import { countInGeneration, ensureState, factsOf, writeInvitation } from './invitation-writes';
import { SURVEYED_REQUESTS_JQL } from './scope-jql';

/**
 * Rebuilding the aggregates from the issue properties, as a job of the job runner: a new generation
 * is filled page by page from every surveyed request's `brm-survey` property (JQL, 100 requests a
 * page, resumable from the page token), then made the one that is read, and the old one deleted.
 * While it runs, submits keep the generation being read up to date and, for invitations the
 * rebuild has counted (or new ones), the new generation too; each invitation records which
 * generations count it, so a resumed step or a racing submit never counts it twice.
 */

const PAGE = 100;

const rebuildParams = z.object({ gen: z.number().int().min(2) });
const rebuildCheckpoint = z.object({
  phase: z.enum(['begin', 'scan', 'swap', 'cleanup']),
  nextPageToken: z.string().nullable(),
  requests: z.number().int(),
  counted: z.number().int(),
  already: z.number().int(),
  recreated: z.number().int(),
  previousGen: z.number().int(),
});
type RebuildCheckpoint = z.infer<typeof rebuildCheckpoint>;
export const rebuildResult = z.object({
  gen: z.number().int(),
  requests: z.number().int(),
  counted: z.number().int(),
  already: z.number().int(),
  recreated: z.number().int(),
});
export type RebuildResult = z.infer<typeof rebuildResult>;

export const REBUILD_SCOPE = 'site';

/** What a property entry says that the aggregates count. */
export function factsOfEntry(entry: SurveyEntry): InvitationFacts {
  return {
    status: entry.status,
    projectId: entry.projectId,
    customerId: entry.customerId,
    serviceId: entry.serviceId,
    sentAt: entry.sentAt ?? null,
    answeredAt: entry.answeredAt ?? null,
    expiresAt: entry.expiresAt ?? null,
    scores: {
      ...(entry.overall === undefined ? {} : { overall: entry.overall }),
      ...(entry.nps === undefined ? {} : { nps: entry.nps }),
      ...(entry.ces === undefined ? {} : { ces: entry.ces }),
      dimensions: entry.dimensions ?? {},
    },
  };
}

/**
 * The facts to count for an invitation: the property's, when it shows the record's revision; the
 * record's when the property lags behind it (its write is still owed), so the rebuild counts what the
 * incremental updates count.
 */
const factsFor =
  (entry: SurveyEntry) =>
  (record: InvitationRecord): InvitationFacts =>
    entry.revision === record.rev ? factsOfEntry(entry) : factsOf(record);

/** An invitation KVS no longer has, made again from its property entry (so it is counted from now on). */
function recordFromEntry(entry: SurveyEntry, issue: { id: string; key: string }, now: Date): InvitationRecord {
  return {
    kind: entry.campaign ? 'campaign' : 'ticket',
    issueId: issue.id,
    issueKey: issue.key,
    projectId: entry.projectId,
    customerId: entry.customerId,
    serviceId: entry.serviceId,
    recipient: entry.respondent ?? 'unknown',
    questionnaireId: entry.questionnaireId,
    questionnaireVersion: entry.questionnaireVersion,
    anonymous: entry.anonymous,
    responders: 'reporter',
    campaignId: entry.campaign ?? null,
    status: entry.status,
    resolvedAt: null,
    sendAt: entry.sendAt ?? null,
    sentAt: entry.sentAt ?? null,
    remindAt: null,
    remindedAt: entry.remindedAt ?? null,
    expiresAt: entry.expiresAt ?? null,
    terms: { expiryDays: 14, reminderDays: null },
    notice: null,
    response:
      entry.answeredAt !== undefined
        ? {
            answers: entry.answers ?? {},
            scores: {
              ...(entry.overall === undefined ? {} : { overall: entry.overall }),
              ...(entry.nps === undefined ? {} : { nps: entry.nps, npsCategory: entry.npsCategory }),
              ...(entry.ces === undefined ? {} : { ces: entry.ces }),
              dimensions: entry.dimensions ?? {},
            },
            comment: entry.comment ?? null,
            language: entry.language ?? 'en',
            answeredAt: entry.answeredAt,
            editableUntil: entry.answeredAt,
            respondent: entry.anonymous ? null : (entry.respondent ?? null),
            revision: 1,
          }
        : null,
    followUp: null,
    applied: {},
    createdAt: entry.sentAt ?? entry.sendAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
    rev: entry.revision,
    syncedRev: entry.revision,
  };
}

interface Pending {
  id: string;
  stored: StoredInvitation;
  counted: Contribution;
}

/**
 * Counts many invitations in generation `gen` with as few KVS calls as it can: one batch read of
 * the invitations, one of the rows they touch, then transactions of up to 25 operations (several
 * invitations and their rows together). An invitation whose transaction meets a change made
 * meanwhile is counted on its own, after reading it again.
 */
async function countPage(
  gen: number,
  items: readonly { id: string; facts: (record: InvitationRecord) => InvitationFacts }[],
): Promise<{ counted: number; already: number; missing: string[] }> {
  const state = await readState();
  if (state.buildingGen !== gen) throw conflict(SURVEY_TEXTS.text('rebuild.replaced'));
  const stored = await invitations.getMany(items.map((i) => i.id));
  const pending: Pending[] = [];
  const missing: string[] = [];
  let already = 0;
  for (const item of items) {
    const found = stored.get(item.id);
    if (!found) missing.push(item.id);
    else if (found.record.applied[String(gen)] !== undefined) already += 1;
    else pending.push({ id: item.id, stored: found, counted: contributionOf(item.facts(found.record)) });
  }
  const rowKeys = [...new Set(pending.flatMap((p) => Object.keys(p.counted).map((k) => storedRowKey(gen, k))))];
  const rowCache = rowKeys.length > 0 ? await rows.getMany(rowKeys) : new Map<string, StoredRow>();
  let counted = 0;
  const retry: Pending[] = [];
  let batch: Pending[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const touched = new Map<string, StoredRow | undefined>();
    const next = new Map<string, StoredRow>();
    for (const p of batch) {
      for (const [rowKey, change] of changeOf({}, p.counted)) {
        const key = storedRowKey(gen, rowKey);
        if (!touched.has(key)) touched.set(key, rowCache.get(key));
        const base = next.get(key) ?? touched.get(key);
        const scope = scopeOfRowKey(rowKey);
        if (!scope) continue;
        next.set(key, {
          gen,
          month: scope.month,
          projectId: scope.projectId,
          customerKey: scope.customerId ?? '_',
          serviceKey: scope.serviceId ?? '_',
          rev: (touched.get(key)?.rev ?? 0) + 1,
          counts: applyChange(base?.counts ?? emptyCounts(), change),
        });
      }
    }
    const transaction = new EntityTransaction();
    for (const p of batch) {
      const record: InvitationRecord = { ...p.stored.record, applied: { ...p.stored.record.applied, [String(gen)]: p.counted } };
      transaction.set(invitations, p.id, storedOf(record, p.stored.stamp + 1), [{ attribute: 'stamp', equals: p.stored.stamp }]);
    }
    for (const [key, row] of next) {
      const before = touched.get(key);
      if (isEmptyCounts(row.counts)) continue;
      transaction.set(rows, key, row, before ? [{ attribute: 'rev', equals: before.rev }] : [{ attribute: 'rev', absent: true }]);
    }
    transaction.check(states, STATE_KEY, [{ attribute: 'buildingGen', equals: gen }]);
    if (await transaction.commit()) {
      counted += batch.length;
      for (const [key, row] of next) rowCache.set(key, row);
    } else retry.push(...batch);
    batch = [];
  };
  const rowsOf = (p: Pending) => Object.keys(p.counted).map((k) => storedRowKey(gen, k));
  /** Operations of a transaction: each invitation, each distinct row, and the check of the state. */
  const operations = (group: readonly Pending[]) => group.length + new Set(group.flatMap(rowsOf)).size + 1;
  for (const p of pending) {
    if (batch.length > 0 && operations([...batch, p]) > KVS_OPERATIONS_PER_REQUEST) await flush();
    batch.push(p);
  }
  await flush();
  for (const p of retry) {
    const item = items.find((i) => i.id === p.id);
    if (!item) continue;
    const outcome = await countInGeneration(p.id, gen, item.facts);
    if (outcome === 'counted') counted += 1;
    else if (outcome === 'already') already += 1;
    else missing.push(p.id);
  }
  return { counted, already, missing };
}

type Outcome = StepOutcome<RebuildCheckpoint, RebuildResult>;

const progressOf = (c: RebuildCheckpoint, label: string) => ({ done: c.requests, total: Math.max(c.requests, 1), label });

export const rebuildJob = defineJob({
  kind: 'survey-rebuild',
  params: rebuildParams,
  checkpoint: rebuildCheckpoint,
  result: rebuildResult,
  stepSeconds: 120,
  async step({ gen }, checkpoint, context): Promise<Outcome> {
    if (checkpoint.phase === 'begin') {
      const state = await ensureState();
      if (state.buildingGen !== gen) {
        if (state.buildingGen !== 0 || state.activeGen >= gen)
          return { status: 'failed', reason: SURVEY_TEXTS.text('rebuild.startedMeanwhile'), progress: progressOf(checkpoint, 'Stopped') };
        const ok = await new EntityTransaction()
          .set(states, STATE_KEY, { ...state, buildingGen: gen, rev: state.rev + 1 }, [{ attribute: 'rev', equals: state.rev }])
          .commit();
        if (!ok) return { status: 'continue', checkpoint, progress: progressOf(checkpoint, 'Starting') };
      }
      const next: RebuildCheckpoint = { ...checkpoint, phase: 'scan', previousGen: state.activeGen };
      return { status: 'continue', checkpoint: next, progress: progressOf(next, 'Reading the surveyed requests') };
    }
    if (checkpoint.phase === 'scan') {
      const page = await searchPage(asAppJira(), {
        jql: SURVEYED_REQUESTS_JQL,
        fields: ['project'],
        properties: [SURVEY_PROPERTY_KEY],
        maxResults: PAGE,
        ...(checkpoint.nextPageToken ? { nextPageToken: checkpoint.nextPageToken } : {}),
      });
      const items: { id: string; facts: (record: InvitationRecord) => InvitationFacts; entry: SurveyEntry; issue: { id: string; key: string } }[] = [];
      for (const issue of page.issues) {
        const property = surveyProperty.safeParse(issue.properties?.[SURVEY_PROPERTY_KEY]);
        if (!property.success) continue;
        for (const entry of entriesOf(property.data))
          items.push({ id: entry.invitationId, facts: factsFor(entry), entry, issue: { id: issue.id, key: issue.key } });
      }
      const result = await countPage(gen, items);
      let recreated = 0;
      for (const id of result.missing) {
        const item = items.find((i) => i.id === id);
        if (!item) continue;
        const made = await writeInvitation(id, (current, now) => (current ? undefined : recordFromEntry(item.entry, item.issue, now)), { now: context.now });
        if (made.written) recreated += 1;
      }
      const next: RebuildCheckpoint = {
        ...checkpoint,
        phase: page.nextPageToken ? 'scan' : 'swap',
        nextPageToken: page.nextPageToken ?? null,
        requests: checkpoint.requests + page.issues.length,
        counted: checkpoint.counted + result.counted,
        already: checkpoint.already + result.already,
        recreated: checkpoint.recreated + recreated,
      };
      return { status: 'continue', checkpoint: next, progress: progressOf(next, `${next.requests} surveyed requests read`) };
    }
    if (checkpoint.phase === 'swap') {
      const state = await readState();
      if (state.buildingGen === gen) {
        const ok = await new EntityTransaction()
          .set(states, STATE_KEY, { activeGen: gen, buildingGen: 0, rev: state.rev + 1 }, [{ attribute: 'rev', equals: state.rev }])
          .commit();
        if (!ok) return { status: 'continue', checkpoint, progress: progressOf(checkpoint, 'Switching to the rebuilt numbers') };
      } else if (state.activeGen !== gen)
        return { status: 'failed', reason: SURVEY_TEXTS.text('rebuild.replacedThis'), progress: progressOf(checkpoint, 'Stopped') };
      const next: RebuildCheckpoint = { ...checkpoint, phase: 'cleanup' };
      return { status: 'continue', checkpoint: next, progress: progressOf(next, 'Removing the old numbers') };
    }
    const old = await rows.query('by-month', { partition: [checkpoint.previousGen], limit: 100 });
    if (old.entries.length > 0 && checkpoint.previousGen !== gen) {
      await rows.deleteMany(old.entries.map((e) => e.key));
      return { status: 'continue', checkpoint, progress: progressOf(checkpoint, 'Removing the old numbers') };
    }
    return {
      status: 'done',
      result: { gen, requests: checkpoint.requests, counted: checkpoint.counted, already: checkpoint.already, recreated: checkpoint.recreated },
      progress: { done: checkpoint.requests, total: Math.max(checkpoint.requests, 1), label: 'Done' },
    };
  },
});

/** The first checkpoint of a rebuild into `gen`. */
export const firstRebuildCheckpoint = (): RebuildCheckpoint => ({
  phase: 'begin',
  nextPageToken: null,
  requests: 0,
  counted: 0,
  already: 0,
  recreated: 0,
  previousGen: 0,
});

/** The generation the next rebuild fills. */
export async function nextGeneration(): Promise<number> {
  const state = await ensureState();
  return Math.max(state.activeGen, state.buildingGen) + 1;
}
