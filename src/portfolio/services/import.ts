import { z } from 'zod';
import { conflict, invalidInput, notFound } from '#kernel/app-error';
import { LOCALES, SOURCE_LOCALE, type Locale } from '#kernel/locales';
import type { Text } from '#kernel/texts';
import { asAppJira, type JiraClient } from '#platform/jira/client';
import { createOrganization } from '#platform/jira/organizations';
import { listOrganizations, type Organization } from '#platform/jira/service-desk';
import { searchUsersWithEmail } from '#platform/jira/users';
import { defineJob } from '#platform/jobs/define-job';
import { findJob, JobTooLargeError, latestJob, startJob } from '#platform/jobs/jobs';
import { errorOf } from '#platform/resolver/contract-resolver';
import { commitProfileChange, listAgreements, readProfile, readProfiles } from '#portfolio/portfolio-store';
import type { FieldChange } from '#portfolio/domain/changes';
import { dateOf } from '#portfolio/domain/dates';
import { lifecycleProblem, lifecycleProblemText } from '#portfolio/domain/lifecycle';
import {
  organizationKey,
  readPortfolioCsv,
  rowErrorsIn,
  type ImportRow,
  type PortfolioColumn,
  type RowError,
  type RowProblem,
} from '#portfolio/domain/portfolio-csv';
import { MAX_AGREEMENTS, profileFieldsOf, type Profile } from '#portfolio/domain/profile';
import { PORTFOLIO_TEXTS, portfolioText } from '#portfolio/domain/texts';
import { readCatalogue, type CatalogueNames } from './catalogue';
import { draftAgreement, draftLifecycle, draftProfileEdit, type Author, type ChangeDraft } from './profile-drafts';

/**
 * The portfolio import from CSV (admin page): a preview that reads the file, checks every row
 * against Jira and the catalogue and says per row what it would do or what is wrong (line, column,
 * reason); then a job that imports the valid rows only. A row changes only what it names and
 * matches agreements by name, so importing the same file again changes nothing. Organizations the
 * file names that JSM does not have are created only when the admin asks for it. What is wrong with
 * a row is kept as a sentence until it is written in the admin's language: the preview's when it
 * is shown, the job's in the language of the admin who started it.
 */

/** The names a file uses, resolved to ids: the job imports with these, so it sees what the preview saw. */
const resolution = z.object({
  organizations: z.record(z.string(), z.string()),
  owners: z.record(z.string(), z.string()),
  services: z.record(z.string(), z.string()),
  toCreate: z.array(z.string()),
  validLines: z.array(z.number().int()),
});
type Resolution = z.infer<typeof resolution>;

export type RowAction = 'create-organization' | 'new-profile' | 'update';

export interface ImportPreview {
  rows: { line: number; organization: string; action: RowAction }[];
  errors: RowError[];
  toCreate: string[];
}

/** A preview whose problems are not yet written in a language. */
export interface CheckedPreview {
  rows: ImportPreview['rows'];
  problems: RowProblem[];
  toCreate: string[];
}

/** The preview as the admin reads it, its problems in `locale`. */
export const previewIn = (preview: CheckedPreview, locale: Locale): ImportPreview => ({
  rows: preview.rows,
  errors: rowErrorsIn(preview.problems, locale),
  toCreate: preview.toCreate,
});

const serviceKey = (name: string): string => name.trim().toLocaleLowerCase('en');

/** The import's view of JSM's organizations: by id, and by name where the name is unique. */
function organizationIndex(organizations: readonly Organization[]) {
  const byId = new Map(organizations.map((o) => [o.id, o]));
  const byName = new Map<string, Organization[]>();
  for (const o of organizations) byName.set(o.name.trim().toLowerCase(), [...(byName.get(o.name.trim().toLowerCase()) ?? []), o]);
  return { byId, byName };
}

/** An owner by email: the Jira user Jira's user search finds with it (whose email it shows, or the only one found). */
async function ownerByEmail(client: JiraClient, email: string): Promise<{ accountId: string } | { error: Text }> {
  const users = (await searchUsersWithEmail(client, email, 10)).filter((u) => u.accountType === undefined || u.accountType === 'atlassian');
  const exact = users.filter((u) => u.emailAddress?.toLowerCase() === email);
  const [only] = exact.length > 0 ? exact : users;
  if (!only || (exact.length === 0 && users.length > 1)) return { error: PORTFOLIO_TEXTS.text('import.ownerNotFound', { email }) };
  if (exact.length > 1) return { error: PORTFOLIO_TEXTS.text('import.ownerAmbiguous', { email }) };
  return { accountId: only.accountId };
}

interface Checked {
  preview: CheckedPreview;
  resolution: Resolution;
}

/** Reads and checks a file: what the preview shows and what the job needs. Asks Jira as `client` (the admin). */
export async function checkImport(client: JiraClient, csv: string, createMissing: boolean, today: string): Promise<Checked> {
  const parsed = readPortfolioCsv(csv);
  const problems: RowProblem[] = [...parsed.problems];
  const fail = (row: ImportRow, field: PortfolioColumn, text: Text) => problems.push({ line: row.line, field, text });
  const [organizations, catalogue] = await Promise.all([parsed.rows.length > 0 ? listOrganizations(client) : Promise.resolve([]), readCatalogue()]);
  const index = organizationIndex(organizations);

  const orgIds: Record<string, string> = {};
  const toCreate = new Set<string>();
  const owners: Record<string, string> = {};
  const ownerErrors = new Map<string, Text>();
  for (const email of new Set(parsed.rows.flatMap((r) => (r.ownerEmail ? [r.ownerEmail] : [])))) {
    const found = await ownerByEmail(client, email);
    if ('accountId' in found) owners[email] = found.accountId;
    else ownerErrors.set(email, found.error);
  }
  const services: Record<string, string> = {};
  const checkServices = (row: ImportRow, field: PortfolioColumn, names: readonly string[] | undefined) => {
    for (const name of names ?? []) {
      const service = catalogue.byName(name);
      if (service && catalogue.active.some((s) => s.id === service.id)) services[serviceKey(name)] = service.id;
      else fail(row, field, PORTFOLIO_TEXTS.text('import.serviceInactive', { name }));
    }
  };

  for (const row of parsed.rows) {
    const key = organizationKey(row);
    if ('id' in row.organization) {
      const found = index.byId.get(row.organization.id);
      if (found) orgIds[key] = found.id;
      else fail(row, 'organization id', PORTFOLIO_TEXTS.text('import.noOrganizationId', { id: row.organization.id }));
    } else {
      const matches = index.byName.get(row.organization.name.trim().toLowerCase()) ?? [];
      const [only] = matches;
      if (matches.length > 1)
        fail(
          row,
          'organization',
          portfolioText('import.severalOrganizations', { name: row.organization.name, organizationId: PORTFOLIO_TEXTS.text('column.organizationId') }),
        );
      else if (only) orgIds[key] = only.id;
      else if (createMissing) toCreate.add(row.organization.name.trim());
      else fail(row, 'organization', PORTFOLIO_TEXTS.text('import.noOrganization', { name: row.organization.name }));
    }
    if (row.ownerEmail) {
      const problem = ownerErrors.get(row.ownerEmail);
      if (problem) fail(row, 'owner email', problem);
    }
    checkServices(row, 'enrolled services', row.enrolledServiceNames);
    checkServices(row, 'agreement services', row.agreement?.serviceNames);
  }

  // Lifecycle changes and agreement counts against what each customer has now.
  const profiles = await readProfiles(Object.values(orgIds));
  const newAgreements = new Map<string, number>();
  for (const row of parsed.rows) {
    const id = orgIds[organizationKey(row)];
    const profile = id === undefined ? undefined : profiles.get(id);
    if (row.lifecycle) {
      const problem = lifecycleProblem(profile?.lifecycleHistory ?? [], row.lifecycle.state, row.lifecycle.date ?? today, today);
      if (problem && problem.kind !== 'same-state') fail(row, problem.kind === 'not-allowed' ? 'lifecycle' : 'lifecycle date', lifecycleProblemText(problem));
    }
    if (row.agreement && id !== undefined) newAgreements.set(id, (newAgreements.get(id) ?? 0) + 1);
  }
  for (const [id, added] of newAgreements) {
    if (added > MAX_AGREEMENTS) problems.push({ line: 0, field: 'agreement name', text: PORTFOLIO_TEXTS.text('import.tooManyAgreements', { id }) });
  }

  const bad = new Set(problems.map((p) => p.line));
  const valid = parsed.rows.filter((r) => !bad.has(r.line));
  const createNames = [...toCreate].filter((name) =>
    valid.some((r) => 'name' in r.organization && r.organization.name.trim().toLowerCase() === name.toLowerCase()),
  );
  return {
    preview: {
      rows: valid.map((r) => {
        const id = orgIds[organizationKey(r)];
        const name = 'name' in r.organization ? r.organization.name : (index.byId.get(r.organization.id)?.name ?? r.organization.id);
        return { line: r.line, organization: name, action: id === undefined ? 'create-organization' : profiles.has(id) ? 'update' : 'new-profile' };
      }),
      problems: problems.sort((a, b) => a.line - b.line),
      toCreate: createNames,
    },
    resolution: { organizations: orgIds, owners, services, toCreate: createNames, validLines: valid.map((r) => r.line) },
  };
}

// --- the job -----------------------------------------------------------------------------------

const ROWS_PER_STEP = 20;
const MAX_REPORTED_FAILURES = 100;
export const IMPORT_SCOPE = 'site';

const importResult = z.object({
  changed: z.number().int(),
  unchanged: z.number().int(),
  failed: z.array(z.object({ line: z.number().int(), message: z.string() })),
  failedCount: z.number().int(),
  created: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResult>;

const importCheckpoint = z.object({ next: z.number().int().nonnegative(), createdIds: z.record(z.string(), z.string()), result: importResult });

/** The row's changes drafted one after another on the profile, then written as one change (one version up). */
function combinedDraft(
  current: Profile | undefined,
  organization: { id: string; name: string },
  row: ImportRow,
  resolved: Resolution,
  agreements: Parameters<typeof draftAgreement>[3],
  author: Author,
  today: string,
  labels: { person: (id: string) => string; service: (id: string) => string },
): ChangeDraft | 'unchanged' {
  let profile = current;
  const changes: FieldChange[] = [];
  let result: Omit<ChangeDraft, 'profile' | 'changes'> = {};
  const apply = (draft: ChangeDraft | 'unchanged') => {
    if (draft === 'unchanged') return;
    profile = { organizationId: organization.id, ...draft.profile };
    changes.push(...draft.changes.filter((c) => c.field !== 'profile' || changes.length === 0));
    result = {
      ...result,
      ...(draft.lifecycleEvent ? { lifecycleEvent: draft.lifecycleEvent } : {}),
      ...(draft.setAgreement ? { setAgreement: draft.setAgreement } : {}),
    };
  };
  const serviceIds = (names: readonly string[]) => names.flatMap((n) => resolved.services[serviceKey(n)] ?? []);
  const fields = profileFieldsOf(profile);
  const edit = {
    ...fields,
    ...(row.ownerEmail !== undefined ? { ownerAccountId: resolved.owners[row.ownerEmail] ?? fields.ownerAccountId } : {}),
    ...(row.tier !== undefined ? { tier: row.tier } : {}),
    ...(row.industry !== undefined ? { industry: row.industry } : {}),
    ...(row.enrolledServiceNames !== undefined ? { enrolledServiceIds: serviceIds(row.enrolledServiceNames) } : {}),
  };
  apply(draftProfileEdit(profile, organization.name, edit, labels, author));
  if (row.lifecycle) apply(draftLifecycle(profile, organization.name, row.lifecycle.state, row.lifecycle.date ?? today, today, author, 'lifecycle'));
  if (row.agreement) {
    const { serviceNames, ...agreement } = row.agreement;
    apply(
      draftAgreement(profile, organization.id, organization.name, agreements, { ...agreement, serviceIds: serviceIds(serviceNames) }, author, {
        matchName: true,
      }),
    );
  }
  const final: Profile | undefined = profile;
  if (changes.length === 0 || !final) return 'unchanged';
  const { organizationId: _id, ...stored } = final;
  return { profile: { ...stored, version: (current?.version ?? 0) + 1 }, changes, ...result };
}

/** Imports one row: up to three tries when someone changes the same customer at the same moment. */
async function importRow(
  row: ImportRow,
  organization: { id: string; name: string },
  resolved: Resolution,
  author: Author,
  today: string,
  catalogue: CatalogueNames,
  emails: Map<string, string>,
): Promise<'changed' | 'unchanged'> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [current, agreements] = await Promise.all([readProfile(organization.id), listAgreements(organization.id)]);
    const draft = combinedDraft(current, organization, row, resolved, agreements, author, today, {
      person: (id) => emails.get(id) ?? id,
      service: catalogue.nameOf,
    });
    if (draft === 'unchanged') return 'unchanged';
    const committed = await commitProfileChange({
      organizationId: organization.id,
      basedOn: current?.version,
      profile: draft.profile,
      change: { organizationId: organization.id, at: author.at, by: author.accountId, source: 'import', changes: draft.changes },
      ...(draft.lifecycleEvent ? { lifecycleEvent: { organizationId: organization.id, ...draft.lifecycleEvent } } : {}),
      ...(draft.setAgreement ? { setAgreement: draft.setAgreement } : {}),
    });
    if (committed) return 'changed';
  }
  throw conflict(PORTFOLIO_TEXTS.text('import.keptChanging'));
}

export const importJob = defineJob({
  kind: 'portfolio-import',
  params: z.object({ csv: z.string(), resolution, locale: z.enum(LOCALES).optional() }),
  checkpoint: importCheckpoint,
  result: importResult,
  step: async (params, checkpoint, context) => {
    const app = asAppJira();
    const now = context.now();
    const today = dateOf(now);
    const locale = params.locale ?? SOURCE_LOCALE;
    const rows = readPortfolioCsv(params.csv).rows.filter((r) => params.resolution.validLines.includes(r.line));
    const batch = rows.slice(checkpoint.next, checkpoint.next + ROWS_PER_STEP);
    const catalogue = await readCatalogue();
    const emails = new Map(Object.entries(params.resolution.owners).map(([email, id]) => [id, email]));
    const createdIds = { ...checkpoint.createdIds };
    let result = checkpoint.result;
    // A step taken over may have created organizations without recording them: look before creating.
    const existing = context.resumed ? organizationIndex(await listOrganizations(app)) : undefined;
    for (const row of batch) {
      const key = organizationKey(row);
      let id = params.resolution.organizations[key] ?? createdIds[key];
      let name = 'name' in row.organization ? row.organization.name.trim() : row.organization.id;
      try {
        if (id === undefined && 'name' in row.organization) {
          const found = existing?.byName.get(name.toLowerCase())?.[0];
          const organization = found ?? (await createOrganization(app, name));
          id = organization.id;
          name = organization.name;
          createdIds[key] = id;
          if (!found) result = { ...result, created: [...result.created, organization.name] };
        }
        if (id === undefined) throw notFound(PORTFOLIO_TEXTS.text('import.organizationNotFound'));
        const outcome = await importRow(
          row,
          { id, name },
          params.resolution,
          { accountId: context.startedBy, at: now.toISOString() },
          today,
          catalogue,
          emails,
        );
        result = { ...result, [outcome]: result[outcome] + 1 };
      } catch (error) {
        // Written in the language of the admin who started the import (a Jira failure or an unexpected one as the resolver words it).
        const message = errorOf(error).text.in(locale);
        result = {
          ...result,
          failedCount: result.failedCount + 1,
          failed: result.failed.length < MAX_REPORTED_FAILURES ? [...result.failed, { line: row.line, message }] : result.failed,
        };
      }
    }
    const next = checkpoint.next + batch.length;
    const progress = { done: next, total: rows.length, label: `Imported ${next} of ${rows.length} rows` };
    if (next >= rows.length) return { status: 'done', result, progress };
    return { status: 'continue', checkpoint: { next, createdIds, result }, progress };
  },
});

/**
 * Checks the file again and starts importing its valid rows; the preview's findings come back too,
 * written in `locale`, the admin's, which the job keeps for what it reports.
 */
export async function runImport(
  client: JiraClient,
  csv: string,
  createMissing: boolean,
  startedBy: string,
  now: Date = new Date(),
  locale: Locale = SOURCE_LOCALE,
): Promise<{ preview: ImportPreview; jobId: string | null }> {
  const { preview, resolution: resolved } = await checkImport(client, csv, createMissing, dateOf(now));
  if (resolved.validLines.length === 0) return { preview: previewIn(preview, locale), jobId: null };
  try {
    const started = await startJob(importJob, {
      scope: IMPORT_SCOPE,
      params: { csv, resolution: resolved, locale },
      checkpoint: { next: 0, createdIds: {}, result: { changed: 0, unchanged: 0, failed: [], failedCount: 0, created: [] } },
      progress: { done: 0, total: resolved.validLines.length, label: 'Starting' },
      startedBy,
    });
    return { preview: previewIn(preview, locale), jobId: started.job.id };
  } catch (error) {
    if (error instanceof JobTooLargeError) throw invalidInput('csv', PORTFOLIO_TEXTS.text('import.tooLarge'));
    throw error;
  }
}

export const findImport = (jobId: string) => findJob(importJob, jobId);
export const latestImport = () => latestJob(importJob, IMPORT_SCOPE);
