import { z } from 'zod';
import { EntityStore, EntityTransaction } from '#platform/kvs/typed-entities';
import { questionnaireDefinition, type QuestionnaireDefinition } from '#surveys/domain/questionnaire';
import { questionnaireHead, VERSION_STATUSES, type QuestionnaireHead } from '#surveys/domain/versioning';

/**
 * Questionnaires in KVS: entity `survey-questionnaire` (the head: name, published and draft
 * versions), keyed by questionnaire id, and entity `survey-questionnaire-version` (one per version,
 * keyed `<id>:v<n>`, never changed once published).
 */

export const questionnaireVersion = z.object({
  questionnaireId: z.string(),
  version: z.number().int().min(1),
  status: z.enum(VERSION_STATUSES),
  definition: questionnaireDefinition,
  createdAt: z.string(),
  createdBy: z.string(),
  publishedAt: z.string(),
  updatedAt: z.string(),
});
export type QuestionnaireVersion = z.infer<typeof questionnaireVersion>;

export const heads = new EntityStore<QuestionnaireHead>('survey-questionnaire', questionnaireHead);
export const versions = new EntityStore<QuestionnaireVersion>('survey-questionnaire-version', questionnaireVersion);

export const versionKey = (questionnaireId: string, version: number): string => `${questionnaireId}:v${version}`;

export async function readHead(questionnaireId: string): Promise<QuestionnaireHead | undefined> {
  return heads.get(questionnaireId);
}

export async function readVersion(questionnaireId: string, version: number): Promise<QuestionnaireVersion | undefined> {
  return versions.get(versionKey(questionnaireId, version));
}

/** Every questionnaire head, by name. */
export async function listHeads(): Promise<{ id: string; head: QuestionnaireHead }[]> {
  return (await heads.queryAll('by-name')).map((e) => ({ id: e.key, head: e.value }));
}

/** Every version of a questionnaire, oldest first. */
export async function listVersions(questionnaireId: string): Promise<QuestionnaireVersion[]> {
  return (await versions.queryAll('by-questionnaire', { partition: [questionnaireId] })).map((e) => e.value);
}

/** Writes a new head with its first version, only if neither exists yet. */
export async function createQuestionnaire(questionnaireId: string, head: QuestionnaireHead, first: QuestionnaireVersion): Promise<boolean> {
  return new EntityTransaction()
    .set(heads, questionnaireId, head, [{ attribute: 'rev', absent: true }])
    .set(versions, versionKey(questionnaireId, first.version), first, [{ attribute: 'version', absent: true }])
    .commit();
}

/** What a version written in a change must be before: new, a draft (edited or published now), or published (superseded now). */
export type VersionWrite = { version: QuestionnaireVersion; was: 'new' | 'draft' | 'published' };

/**
 * Writes the head and versions of one change together, only if the head is still at `expectedRev`
 * and each version is as the change expects: a published version is never overwritten except to
 * mark it superseded, and a new version never replaces one that exists.
 */
export async function commitChange(questionnaireId: string, head: QuestionnaireHead, expectedRev: number, writes: readonly VersionWrite[]): Promise<boolean> {
  const transaction = new EntityTransaction().set(heads, questionnaireId, head, [{ attribute: 'rev', equals: expectedRev }]);
  for (const { version, was } of writes) {
    transaction.set(
      versions,
      versionKey(questionnaireId, version.version),
      version,
      was === 'new' ? [{ attribute: 'version', absent: true }] : [{ attribute: 'status', equals: was }],
    );
  }
  return transaction.commit();
}

export type { QuestionnaireDefinition };
