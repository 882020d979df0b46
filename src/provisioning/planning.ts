import { invalidInput, notFound } from '#kernel/app-error';
import { SOURCE_LOCALE, type Locale } from '#kernel/locales';
import { aboutField } from '#kernel/texts';
import { planProvisioning } from './domain/plan';
import type { ProvisioningPlan } from './domain/steps';
import { PROVISIONING_TEXTS } from './domain/texts';
import type { JiraClient } from '#platform/jira/client';
import { readServiceProjects, readSnapshot, type ServiceProject } from './read-snapshot';

/** The chosen projects, in the order given; an id that is not a JSM project is named in the error. */
export async function chosenProjects(jira: JiraClient, projectIds: readonly string[]): Promise<{ chosen: ServiceProject[]; all: ServiceProject[] }> {
  const all = await readServiceProjects(jira);
  const chosen: ServiceProject[] = [];
  for (const [index, id] of projectIds.entries()) {
    const project = all.find((p) => p.id === id);
    const field = `projectIds.${index}`;
    if (!project) throw notFound(aboutField(field, PROVISIONING_TEXTS.text('projects.notFound', { id })), field);
    if (project.serviceDeskId === undefined) throw invalidInput(field, PROVISIONING_TEXTS.text('projects.noServiceDesk', { projectKey: project.key }));
    if (!chosen.includes(project)) chosen.push(project);
  }
  return { chosen, all };
}

/** A plan for the projects from what Jira reports now, its sentences in `locale`, what it creates named in `names`. */
export async function freshPlan(
  jira: JiraClient,
  projects: readonly ServiceProject[],
  locale: Locale = SOURCE_LOCALE,
  names: Locale = SOURCE_LOCALE,
): Promise<ProvisioningPlan> {
  return planProvisioning(
    await readSnapshot(jira, projects),
    projects.map((p) => p.id),
    locale,
    names,
  );
}

/** The same, for projects of a run under way: one that has gone since is left out. */
export async function freshPlanFor(
  jira: JiraClient,
  projectIds: readonly string[],
  locale: Locale = SOURCE_LOCALE,
  names: Locale = SOURCE_LOCALE,
): Promise<ProvisioningPlan> {
  const all = await readServiceProjects(jira);
  return freshPlan(
    jira,
    projectIds.map((id) => all.find((p) => p.id === id)).filter((p): p is ServiceProject => p !== undefined),
    locale,
    names,
  );
}
