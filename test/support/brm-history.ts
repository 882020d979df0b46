import type { JiraEmulator } from '@brm/sandbox/jira/jira-emulator';
import type { JiraIssueType, StoredIssue } from '@brm/sandbox/jira/model';
import { Prng } from '@brm/sandbox/seed/prng';

/**
 * Twelve months of BRM history in ACME for the KPI tests and benchmark: Complaints (categories,
 * severities, customers, services, some resolved), Compliments, Business Cases (costs, decision,
 * strategic flag) and Service Requirements, written straight into the Jira emulator's store as the
 * seeder writes its requests. Deterministic for a given seed and `now`.
 */

const DAY = 86_400_000;
const DONE = '5';
const OPEN_STATUSES = ['1', '3', '10001'] as const;
const FIXED = '10000';

export const BRM_TYPE_NAMES = {
  complaint: 'Complaint',
  compliment: 'Compliment',
  businessCase: 'Business Case',
  serviceRequirement: 'Service Requirement',
} as const;
export const CATEGORIES = ['service-quality', 'response-time', 'staff-conduct', 'communication', 'cost'] as const;

export interface BrmHistoryOptions {
  complaints: number;
  compliments: number;
  businessCases: number;
  serviceRequirements: number;
  /** Catalogue services `{ id, name }` to put in the Service field. */
  services: readonly { id: string; name: string }[];
  now: Date;
  seed?: number;
  /** The project the issues go to (default ACME). */
  projectKey?: string;
}

export interface BrmHistory {
  typeIds: Record<keyof typeof BRM_TYPE_NAMES, string>;
  fieldIds: Record<'customer' | 'service' | 'planned' | 'actual' | 'decision' | 'strategic', string>;
}

function issueType(jira: JiraEmulator, name: string): JiraIssueType {
  const store = jira.store;
  const existing = store.issueTypes().find((t) => t.name === name && t.scopeProjectId === undefined);
  if (existing) return existing;
  const type: JiraIssueType = { id: store.nextId('issueType'), name, description: name, iconUrl: '', subtask: false, hierarchyLevel: 0 };
  store.docs.issueTypes.put(type);
  const scheme = store.defaultScheme();
  store.docs.issueTypeSchemes.put({ ...scheme, issueTypeIds: [...scheme.issueTypeIds, type.id] });
  return type;
}

function appFieldId(jira: JiraEmulator, moduleKey: string): string {
  const field = jira.store.docs.fields.all().find((f) => (f.schemaCustom ?? '').endsWith(`/static/${moduleKey}`));
  if (!field) throw new Error(`The app's field ${moduleKey} is not installed in the emulator.`);
  return field.id;
}

const iso = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString();

/** Adds the history; answers the issue type and field ids it used. */
export function addBrmHistory(jira: JiraEmulator, options: BrmHistoryOptions): BrmHistory {
  const rng = new Prng(options.seed ?? 7);
  const store = jira.store;
  const now = options.now.getTime();
  return store.transaction(() => {
    const project = store.project(options.projectKey ?? 'ACME');
    if (!project) throw new Error('The tenant has no ACME project.');
    const desk = store.serviceDeskOfProject(project.id);
    const organizations = store.organizations().filter((o) => desk !== undefined && o.serviceDeskIds.includes(desk.id));
    const typeIds = {
      complaint: issueType(jira, BRM_TYPE_NAMES.complaint).id,
      compliment: issueType(jira, BRM_TYPE_NAMES.compliment).id,
      businessCase: issueType(jira, BRM_TYPE_NAMES.businessCase).id,
      serviceRequirement: issueType(jira, BRM_TYPE_NAMES.serviceRequirement).id,
    };
    const fieldIds = {
      customer: appFieldId(jira, 'brm-customer'),
      service: appFieldId(jira, 'brm-service'),
      planned: appFieldId(jira, 'brm-planned-cost'),
      actual: appFieldId(jira, 'brm-actual-cost'),
      decision: appFieldId(jira, 'brm-decision'),
      strategic: appFieldId(jira, 'brm-strategic'),
    };
    const agent = project.agentIds[0] ?? null;

    const drafts: Omit<StoredIssue, 'id' | 'key'>[] = [];
    const add = (
      typeId: string,
      count: number,
      extra: (created: number, resolved: number | null) => { customFields?: Record<string, unknown>; labels?: string[] },
    ) => {
      for (let i = 0; i < count; i++) {
        const created = now - Math.floor(rng.next() * 395 * DAY);
        const age = now - created;
        const resolved = rng.chance(age > 30 * DAY ? 0.85 : 0.4) ? Math.min(now - 60_000, created + Math.floor(rng.next() * Math.min(age, 25 * DAY))) : null;
        const organization = organizations.length > 0 && rng.chance(0.85) ? rng.pick(organizations) : undefined;
        const service = options.services.length > 0 && rng.chance(0.8) ? rng.pick(options.services) : undefined;
        const more = extra(created, resolved);
        drafts.push({
          projectId: project.id,
          issueTypeId: typeId,
          statusId: resolved === null ? rng.pick(OPEN_STATUSES) : DONE,
          resolutionId: resolved === null ? null : FIXED,
          summary: `BRM history ${typeId}-${i}`,
          description: null,
          created: iso(created),
          updated: iso(resolved ?? created),
          resolutiondate: resolved === null ? null : iso(resolved),
          reporterId: agent,
          assigneeId: agent,
          labels: more.labels ?? [],
          priorityId: '3',
          customFields: {
            ...(organization ? { [fieldIds.customer]: { id: organization.id, name: organization.name } } : {}),
            ...(service ? { [fieldIds.service]: { id: service.id, name: service.name } } : {}),
            ...more.customFields,
          },
          requestTypeId: null,
          organizationIds: organization ? [organization.id] : [],
          participantIds: [],
          properties: {},
        });
      }
    };
    add(typeIds.complaint, options.complaints, () => ({
      labels: [`brm-category-${rng.pick(CATEGORIES)}`, `brm-severity-${rng.pick(['low', 'medium', 'high'])}`],
    }));
    add(typeIds.compliment, options.compliments, () => ({}));
    add(typeIds.businessCase, options.businessCases, () => {
      const planned = rng.int(5, 200) * 1000;
      const decision = rng.weighted([
        ['go', 6],
        ['no-go', 2],
        ['pending', 2],
      ] as const);
      return {
        customFields: {
          [fieldIds.planned]: planned,
          ...(rng.chance(0.8) ? { [fieldIds.actual]: Math.round(planned * (0.7 + rng.next() * 0.6)) } : {}),
          [fieldIds.decision]: decision,
          [fieldIds.strategic]: rng.chance(0.3) ? 'yes' : 'no',
        },
      };
    });
    add(typeIds.serviceRequirement, options.serviceRequirements, () => ({}));

    drafts.sort((a, b) => a.created.localeCompare(b.created));
    const firstId = store.nextValue('issue');
    const firstNumber = store.nextValue(`issuekey:${project.id}`);
    drafts.forEach((draft, i) => store.docs.issues.put({ ...draft, id: String(firstId + i), key: `${project.key}-${firstNumber + i}` }));
    store.advanceSequence('issue', firstId + drafts.length - 1);
    store.advanceSequence(`issuekey:${project.id}`, firstNumber + drafts.length - 1);
    return { typeIds, fieldIds };
  });
}
