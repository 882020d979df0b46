import { invalidInput, notFound } from '#kernel/app-error';
import { planProvisioning } from './domain/plan';
import type { ProvisioningPlan } from './domain/steps';
import type { JiraClient } from '#platform/jira/client';
import { readServiceProjects, readSnapshot, type ServiceProject } from './read-snapshot';

/** The chosen projects, in the order given; an id that is not a JSM project is named in the error. */
export async function chosenProjects(jira: JiraClient, projectIds: readonly string[]): Promise<{ chosen: ServiceProject[]; all: ServiceProject[] }> {
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

/** A plan for the projects from what Jira reports now. */
export async function freshPlan(jira: JiraClient, projects: readonly ServiceProject[]): Promise<ProvisioningPlan> {
  return planProvisioning(
    await readSnapshot(jira, projects),
    projects.map((p) => p.id),
  );
}

/** The same, for projects of a run under way: one that has gone since is left out. */
export async function freshPlanFor(jira: JiraClient, projectIds: readonly string[]): Promise<ProvisioningPlan> {
  const all = await readServiceProjects(jira);
  return freshPlan(
    jira,
    projectIds.map((id) => all.find((p) => p.id === id)).filter((p): p is ServiceProject => p !== undefined),
  );
}
