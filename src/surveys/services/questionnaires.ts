import { conflict, invalidInput, notFound } from '#kernel/app-error';
import { DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_ID } from '#surveys/domain/default-questionnaire';
import { SLUG_PATTERN, type QuestionnaireDefinition } from '#surveys/domain/questionnaire';
import { planEdit, planPublish, type QuestionnaireHead } from '#surveys/domain/versioning';
import {
  commitChange,
  createQuestionnaire,
  listHeads,
  listVersions,
  readHead,
  readVersion,
  type QuestionnaireVersion,
  type VersionWrite,
} from '#surveys/store/questionnaire-store';

/**
 * Questionnaires and their versions. The default questionnaire is published as version 1 the first
 * time anything asks for questionnaires. A draft is edited in place; a published version never is:
 * editing a published questionnaire makes a new draft, and publishing it supersedes the version
 * published before. Invitations name the version they were sent with.
 */

/** Installs the default questionnaire (published version 1) unless it exists; safe to call again and concurrently. */
export async function ensureDefaultQuestionnaire(now: Date = new Date()): Promise<void> {
  if (await readHead(DEFAULT_QUESTIONNAIRE_ID)) return;
  const at = now.toISOString();
  await createQuestionnaire(
    DEFAULT_QUESTIONNAIRE_ID,
    { name: DEFAULT_QUESTIONNAIRE.name, publishedVersion: 1, draftVersion: 0, latestVersion: 1, archived: false, updatedAt: at, rev: 1 },
    {
      questionnaireId: DEFAULT_QUESTIONNAIRE_ID,
      version: 1,
      status: 'published',
      definition: DEFAULT_QUESTIONNAIRE,
      createdAt: at,
      createdBy: 'app',
      publishedAt: at,
      updatedAt: at,
    },
  );
}

export interface QuestionnaireSummary {
  id: string;
  head: QuestionnaireHead;
}

export async function listQuestionnaires(): Promise<QuestionnaireSummary[]> {
  await ensureDefaultQuestionnaire();
  return (await listHeads()).filter((q) => !q.head.archived);
}

export async function questionnaireOf(id: string, field = 'questionnaireId'): Promise<{ head: QuestionnaireHead; versions: QuestionnaireVersion[] }> {
  await ensureDefaultQuestionnaire();
  const head = await readHead(id);
  if (!head) throw notFound(`${field}: there is no questionnaire ${id}.`, field);
  return { head, versions: await listVersions(id) };
}

/** The published version of a questionnaire: what new invitations are sent with. */
export async function publishedVersionOf(id: string, field = 'questionnaireId'): Promise<QuestionnaireVersion> {
  await ensureDefaultQuestionnaire();
  const head = await readHead(id);
  if (!head) throw notFound(`${field}: there is no questionnaire ${id}.`, field);
  if (head.publishedVersion === 0) throw conflict(`${field}: the questionnaire “${head.name}” has no published version yet; publish it first.`, field);
  const version = await readVersion(id, head.publishedVersion);
  if (!version) throw notFound(`${field}: version ${head.publishedVersion} of the questionnaire “${head.name}” is missing.`, field);
  return version;
}

/** A given version (for answering an invitation sent with it, whatever has been published since). */
export async function versionOf(id: string, version: number): Promise<QuestionnaireVersion> {
  // Answers may be older than the site's first look at questionnaires (a migrated or seeded site).
  if (id === DEFAULT_QUESTIONNAIRE_ID) await ensureDefaultQuestionnaire();
  const found = await readVersion(id, version);
  if (!found) throw notFound(`Version ${version} of the questionnaire ${id} is missing.`);
  return found;
}

/**
 * Saves an edit: a new questionnaire (its draft 1) when `id` is new, else into the open draft, or
 * into a new draft when only a published version exists. The edit is the whole definition.
 */
export async function saveDraft(
  input: { id: string; definition: QuestionnaireDefinition; expectedRev: number | null },
  by: string,
  now: Date = new Date(),
): Promise<{ head: QuestionnaireHead; version: QuestionnaireVersion }> {
  if (!SLUG_PATTERN.test(input.id)) throw invalidInput('id', 'must be a short id of lower-case letters, digits and dashes, starting with a letter');
  await ensureDefaultQuestionnaire(now);
  const at = now.toISOString();
  const head = await readHead(input.id);
  if (!head) {
    if (input.expectedRev !== null) throw notFound(`id: there is no questionnaire ${input.id}.`, 'id');
    const first: QuestionnaireVersion = {
      questionnaireId: input.id,
      version: 1,
      status: 'draft',
      definition: input.definition,
      createdAt: at,
      createdBy: by,
      publishedAt: '',
      updatedAt: at,
    };
    const newHead: QuestionnaireHead = {
      name: input.definition.name,
      publishedVersion: 0,
      draftVersion: 1,
      latestVersion: 1,
      archived: false,
      updatedAt: at,
      rev: 1,
    };
    if (!(await createQuestionnaire(input.id, newHead, first))) throw conflict(`id: a questionnaire ${input.id} was created by someone else just now.`, 'id');
    return { head: newHead, version: first };
  }
  if (input.expectedRev !== null && input.expectedRev !== head.rev)
    throw conflict(`The questionnaire “${head.name}” was changed by someone else meanwhile. Reload it and make your change again.`);
  const plan = planEdit(head);
  const existing = plan.kind === 'edit-draft' ? await readVersion(input.id, plan.version) : undefined;
  const version: QuestionnaireVersion = {
    questionnaireId: input.id,
    version: plan.version,
    status: 'draft',
    definition: input.definition,
    createdAt: existing?.createdAt ?? at,
    createdBy: existing?.createdBy ?? by,
    publishedAt: '',
    updatedAt: at,
  };
  const nextHead: QuestionnaireHead = {
    ...head,
    name: input.definition.name,
    draftVersion: plan.version,
    latestVersion: Math.max(head.latestVersion, plan.version),
    updatedAt: at,
    rev: head.rev + 1,
  };
  if (!(await commitChange(input.id, nextHead, head.rev, [{ version, was: plan.kind === 'edit-draft' ? 'draft' : 'new' }]))) {
    throw conflict(`The questionnaire “${head.name}” was changed by someone else meanwhile. Reload it and make your change again.`);
  }
  return { head: nextHead, version };
}

/** Publishes the open draft: it is frozen from now on, and new invitations use it. */
export async function publishDraft(
  id: string,
  expectedRev: number,
  now: Date = new Date(),
): Promise<{ head: QuestionnaireHead; version: QuestionnaireVersion }> {
  const { head } = await questionnaireOf(id, 'id');
  if (expectedRev !== head.rev) throw conflict(`The questionnaire “${head.name}” was changed by someone else meanwhile. Reload it and publish again.`);
  const plan = planPublish(head);
  if (!plan.ok) throw conflict(`The questionnaire “${head.name}” has no draft to publish.`);
  const at = now.toISOString();
  const draft = await readVersion(id, plan.publish);
  if (!draft) throw notFound(`The draft of “${head.name}” is missing.`);
  const published: QuestionnaireVersion = { ...draft, status: 'published', publishedAt: at, updatedAt: at };
  const writes: VersionWrite[] = [{ version: published, was: 'draft' }];
  if (plan.supersede !== null) {
    const previous = await readVersion(id, plan.supersede);
    // The superseded version keeps its definition; only its status changes.
    if (previous) writes.push({ version: { ...previous, status: 'superseded', updatedAt: at }, was: 'published' });
  }
  const nextHead: QuestionnaireHead = { ...head, ...plan.head, updatedAt: at, rev: head.rev + 1 };
  if (!(await commitChange(id, nextHead, head.rev, writes)))
    throw conflict(`The questionnaire “${head.name}” was changed by someone else meanwhile. Reload it and publish again.`);
  return { head: nextHead, version: published };
}
