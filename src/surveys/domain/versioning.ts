import { z } from 'zod';

/**
 * Versions of a questionnaire. Publishing freezes a version: it is never edited again, and every
 * invitation and response names the version it was sent with, so old results stay readable. Editing
 * a published questionnaire makes a new draft (a copy of the published version); the draft can be
 * edited freely until it is published, when it replaces the published version for new invitations.
 */

export const VERSION_STATUSES = ['draft', 'published', 'superseded'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** A questionnaire's head record: its name and which versions are published and in draft (0: none). */
export const questionnaireHead = z.object({
  name: z.string(),
  publishedVersion: z.number().int().min(0),
  draftVersion: z.number().int().min(0),
  latestVersion: z.number().int().min(0),
  archived: z.boolean(),
  updatedAt: z.string(),
  /** Bumped on every write: writes are conditional on the value read. */
  rev: z.number().int(),
});
export type QuestionnaireHead = z.infer<typeof questionnaireHead>;

export type DraftPlan = { kind: 'edit-draft'; version: number } | { kind: 'new-draft'; version: number; copyOf: number | null };

/** Where an edit goes: the open draft, or a new draft after the latest version (a copy of the published one). */
export function planEdit(head: Pick<QuestionnaireHead, 'draftVersion' | 'latestVersion' | 'publishedVersion'>): DraftPlan {
  if (head.draftVersion > 0) return { kind: 'edit-draft', version: head.draftVersion };
  return { kind: 'new-draft', version: head.latestVersion + 1, copyOf: head.publishedVersion > 0 ? head.publishedVersion : null };
}

export type PublishPlan =
  | { ok: true; publish: number; supersede: number | null; head: Pick<QuestionnaireHead, 'publishedVersion' | 'draftVersion'> }
  | { ok: false; problem: 'no-draft' };

/** Publishing the draft: it becomes the published version, the one published before is superseded. */
export function planPublish(head: Pick<QuestionnaireHead, 'draftVersion' | 'publishedVersion'>): PublishPlan {
  if (head.draftVersion === 0) return { ok: false, problem: 'no-draft' };
  return {
    ok: true,
    publish: head.draftVersion,
    supersede: head.publishedVersion > 0 ? head.publishedVersion : null,
    head: { publishedVersion: head.draftVersion, draftVersion: 0 },
  };
}

/** Only a draft may change; a published or superseded version is frozen. */
export const isEditable = (status: VersionStatus): boolean => status === 'draft';
