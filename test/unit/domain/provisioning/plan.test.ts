import fc from 'fast-check';
import { APP_CONTEXT_NAME } from '../../../../src/domain/brm/app-fields';
import { BRM_ISSUE_TYPES } from '../../../../src/domain/brm/issue-types';
import { BRM_REQUEST_TYPES } from '../../../../src/domain/brm/request-types';
import { applySteps } from '../../../../src/domain/provisioning/apply-step';
import { isPlaceholder, placeholderCreatedBy, resolveStep } from '../../../../src/domain/provisioning/placeholders';
import { planProvisioning } from '../../../../src/domain/provisioning/plan';
import type { ProvisioningSnapshot } from '../../../../src/domain/provisioning/snapshot';
import { isComplete, stepsOf, type ProvisioningStep } from '../../../../src/domain/provisioning/steps';
import { arbitraryCase, companyProject, defaultFields, fieldsWith, globalContext, projectContext, teamProject } from './snapshot-fixtures';

const jsmTypes = [
  { id: '1', name: 'Service Request' },
  { id: '2', name: 'Incident' },
];

/** A fresh JSM site: one company-managed project, no BRM types, Forge's default field contexts. */
function freshSite(extra: Partial<ProvisioningSnapshot> = {}): ProvisioningSnapshot {
  return {
    issueTypes: jsmTypes,
    schemes: [{ id: 's1', name: 'ACME scheme', issueTypeIds: ['1', '2'] }],
    projects: [companyProject('10000', 'ACME', 's1', { requestTypes: [{ id: 'rt1', name: 'Get IT help', issueTypeId: '1' }] })],
    fields: defaultFields(),
    ...extra,
  };
}

const kinds = (steps: ProvisioningStep[]) => steps.map((s) => s.kind);
const stepsFor = (snapshot: ProvisioningSnapshot, projectIds: string[]) => stepsOf(planProvisioning(snapshot, projectIds));

describe('planProvisioning on a fresh company-managed project', () => {
  const plan = planProvisioning(freshSite(), ['10000']);

  it('creates the four global issue types, adds them to the scheme, and adds both request types', () => {
    expect(kinds(stepsOf(plan))).toEqual([
      'createIssueType',
      'createIssueType',
      'createIssueType',
      'createIssueType',
      'addIssueTypesToScheme',
      'createRequestType',
      'createRequestType',
    ]);
    const scheme = stepsOf(plan).find((s) => s.kind === 'addIssueTypesToScheme');
    expect(scheme).toMatchObject({ schemeId: 's1' });
    expect(scheme?.kind === 'addIssueTypesToScheme' && scheme.issueTypeIds.every(isPlaceholder)).toBe(true);
  });

  it('leaves fields alone when their global context already covers every issue type', () => {
    expect(plan.items.filter((i) => i.area === 'field').every((i) => i.steps.length === 0)).toBe(true);
  });

  it('points each request type at the new Complaint or Compliment type', () => {
    const requestTypes = stepsOf(plan).filter((s) => s.kind === 'createRequestType');
    expect(requestTypes.map((s) => s.kind === 'createRequestType' && [s.requestType, s.issueTypeId, s.serviceDeskId])).toEqual([
      ['complaint', 'new:issuetype:complaint', 'sd-10000'],
      ['compliment', 'new:issuetype:compliment', 'sd-10000'],
    ]);
  });

  it('is not complete, and says what it will do in words', () => {
    expect(isComplete(plan)).toBe(false);
    expect(plan.items.find((i) => i.id === 'issuetype:complaint')?.summary).toBe('Create the issue type Complaint for company-managed projects.');
    expect(plan.items.find((i) => i.id === 'requesttype:10000:complaint')?.summary).toContain('Raise a complaint');
  });
});

describe('planProvisioning when things exist', () => {
  it('plans nothing once the plan has been carried out', () => {
    const site = freshSite();
    const after = applySteps(site, stepsFor(site, ['10000']));
    const again = planProvisioning(after, ['10000']);
    expect(stepsOf(again)).toEqual([]);
    expect(isComplete(again)).toBe(true);
    expect(again.items.length).toBeGreaterThan(0);
  });

  it('reuses an issue type whatever the case of its name, and adds only what the scheme lacks', () => {
    const site = freshSite({
      issueTypes: [...jsmTypes, { id: '50', name: 'COMPLAINT' }, { id: '51', name: 'compliment' }],
      schemes: [{ id: 's1', name: 'ACME scheme', issueTypeIds: ['1', '2', '50'] }],
    });
    const steps = stepsFor(site, ['10000']);
    expect(steps.filter((s) => s.kind === 'createIssueType').map((s) => s.kind === 'createIssueType' && s.brmType)).toEqual(['businessCase', 'serviceRequirement']);
    expect(steps.find((s) => s.kind === 'addIssueTypesToScheme')).toEqual({
      kind: 'addIssueTypesToScheme',
      schemeId: 's1',
      issueTypeIds: ['51', 'new:issuetype:businessCase', 'new:issuetype:serviceRequirement'],
    });
  });

  it('gives an existing type that lacks its icon one icon step, and leaves an icon Jira does not report alone', () => {
    const site = freshSite({
      issueTypes: [...jsmTypes, { id: '50', name: 'Complaint', avatarId: 10318 }, { id: '51', name: 'Compliment', avatarId: BRM_ISSUE_TYPES.compliment.avatarId }, { id: '52', name: 'Business Case' }],
    });
    const plan = planProvisioning(site, ['10000']);
    const iconSteps = stepsOf(plan).filter((s) => s.kind === 'setIssueTypeAvatar');
    expect(iconSteps).toEqual([{ kind: 'setIssueTypeAvatar', issueTypeId: '50', brmType: 'complaint' }]);
    expect(plan.items.find((i) => i.id === 'issuetype:complaint')?.summary).toBe('Give the issue type Complaint its icon.');
    const again = planProvisioning(applySteps(site, stepsOf(plan)), ['10000']);
    expect(stepsOf(again)).toEqual([]);
  });

  it('adds the types once to a scheme two chosen projects share', () => {
    const site = freshSite({ projects: [companyProject('10000', 'ACME', 's1'), companyProject('10001', 'BETA', 's1')] });
    const plan = planProvisioning(site, ['10000', '10001']);
    const schemeItems = plan.items.filter((i) => i.area === 'scheme');
    expect(schemeItems).toHaveLength(1);
    expect(schemeItems[0]?.projectIds).toEqual(['10000', '10001']);
    expect(stepsOf(plan).filter((s) => s.kind === 'addIssueTypesToScheme')).toHaveLength(1);
  });

  it('does not create a request type whose name exists, even under another issue type', () => {
    const site = freshSite({
      projects: [companyProject('10000', 'ACME', 's1', { requestTypes: [{ id: 'rt9', name: 'raise a complaint', issueTypeId: '1' }] })],
    });
    const requestTypes = stepsFor(site, ['10000']).filter((s) => s.kind === 'createRequestType');
    expect(requestTypes.map((s) => s.kind === 'createRequestType' && s.requestType)).toEqual(['compliment']);
  });
});

describe('planProvisioning for a team-managed project', () => {
  const site: ProvisioningSnapshot = {
    issueTypes: [...jsmTypes, { id: '77', name: 'Complaint' }, { id: '300', name: 'Request', projectId: '20000' }, { id: '301', name: 'Compliment', projectId: '20000' }],
    schemes: [],
    projects: [teamProject('20000', 'FIELD')],
    fields: defaultFields(),
  };
  const plan = planProvisioning(site, ['20000']);

  it('creates the missing types in the project itself, ignoring global ones, and touches no scheme', () => {
    const creates = stepsOf(plan).filter((s) => s.kind === 'createIssueType');
    expect(creates.map((s) => s.kind === 'createIssueType' && [s.brmType, s.projectId])).toEqual([
      ['complaint', '20000'],
      ['businessCase', '20000'],
      ['serviceRequirement', '20000'],
    ]);
    expect(plan.items.some((i) => i.area === 'scheme')).toBe(false);
    expect(plan.items.some((i) => i.id === 'issuetype:complaint')).toBe(false);
  });

  it('uses the project-scoped types for its request types', () => {
    const requestTypes = stepsOf(plan).filter((s) => s.kind === 'createRequestType');
    expect(requestTypes.map((s) => s.kind === 'createRequestType' && s.issueTypeId)).toEqual(['new:issuetype:20000:complaint', '301']);
  });
});

describe('planProvisioning for field contexts', () => {
  const brm = [
    { id: '50', name: 'Complaint' },
    { id: '51', name: 'Compliment' },
    { id: '52', name: 'Business Case' },
    { id: '53', name: 'Service Requirement' },
  ];
  const base = (fields: ProvisioningSnapshot['fields'], projects = [companyProject('10000', 'ACME', 's1', { requestTypes: [{ id: 'rt1', name: 'Get IT help', issueTypeId: '1' }] })]): ProvisioningSnapshot => ({
    issueTypes: [...jsmTypes, ...brm],
    schemes: [{ id: 's1', name: 'ACME scheme', issueTypeIds: ['1', '2', '50', '51', '52', '53'] }],
    projects,
    fields,
  });
  const fieldStep = (snapshot: ProvisioningSnapshot, fieldKey: string, projectIds = ['10000']) =>
    stepsFor(snapshot, projectIds).filter((s) => 'fieldKey' in s && s.fieldKey === fieldKey);

  it('adds the BRM and request-type issue types a global context lacks, for Customer', () => {
    const site = base(fieldsWith(() => [globalContext('g', ['2'])]));
    expect(fieldStep(site, 'brm-customer')).toEqual([
      { kind: 'addIssueTypesToFieldContext', fieldKey: 'brm-customer', fieldId: 'customfield_10050', contextId: 'g', issueTypeIds: ['50', '51', '52', '53', '1'] },
    ]);
  });

  it('asks only for Business Case on the Business Case fields', () => {
    const site = base(fieldsWith(() => [globalContext('g', ['2'])]));
    expect(fieldStep(site, 'brm-planned-cost')).toEqual([
      { kind: 'addIssueTypesToFieldContext', fieldKey: 'brm-planned-cost', fieldId: 'customfield_10052', contextId: 'g', issueTypeIds: ['52'] },
    ]);
  });

  it('extends the context that already lists the project rather than the global one', () => {
    const site = base(fieldsWith(() => [globalContext('g', 'any'), projectContext('own', 'ACME only', ['10000'], ['52'])]));
    expect(fieldStep(site, 'brm-planned-cost')).toEqual([]);
    expect(fieldStep(site, 'brm-service')).toEqual([
      { kind: 'addIssueTypesToFieldContext', fieldKey: 'brm-service', fieldId: 'customfield_10051', contextId: 'own', issueTypeIds: ['50', '51', '53', '1'] },
    ]);
  });

  it('creates the app context for the first project without one and adds the next project to it', () => {
    const projects = [companyProject('10000', 'ACME', 's1'), companyProject('10001', 'BETA', 's1')];
    const site = base(fieldsWith(() => [projectContext('other', 'Finance', ['55555'], 'any')]), projects);
    expect(fieldStep(site, 'brm-decision', ['10000', '10001'])).toEqual([
      { kind: 'createFieldContext', ref: 'new:context:brm-decision', fieldKey: 'brm-decision', fieldId: 'customfield_10055', name: APP_CONTEXT_NAME, projectIds: ['10000'], issueTypeIds: ['52'] },
      { kind: 'addProjectsToFieldContext', fieldKey: 'brm-decision', fieldId: 'customfield_10055', contextId: 'new:context:brm-decision', projectIds: ['10001'] },
    ]);
  });

  it('adds the project to an existing app context and fills in its missing types', () => {
    const site = base(fieldsWith(() => [projectContext('app', APP_CONTEXT_NAME, ['55555'], ['50'])]));
    expect(fieldStep(site, 'brm-customer')).toEqual([
      { kind: 'addProjectsToFieldContext', fieldKey: 'brm-customer', fieldId: 'customfield_10050', contextId: 'app', projectIds: ['10000'] },
      { kind: 'addIssueTypesToFieldContext', fieldKey: 'brm-customer', fieldId: 'customfield_10050', contextId: 'app', issueTypeIds: ['51', '52', '53', '1'] },
    ]);
  });

  it('blocks a field Jira does not know, without stopping the rest', () => {
    const site = base(defaultFields().filter((f) => f.key !== 'brm-strategic'));
    const plan = planProvisioning(site, ['10000']);
    const blocked = plan.items.filter((i) => i.blocked !== undefined);
    expect(blocked.map((i) => i.id)).toEqual(['field:brm-strategic']);
    expect(blocked[0]?.blocked).toContain('brm-strategic');
    expect(isComplete(plan)).toBe(false);
  });
});

describe('planProvisioning, other inputs', () => {
  it('ignores ids that are not in the snapshot and repeated ids', () => {
    const site = freshSite();
    expect(planProvisioning(site, ['10000', '10000', '424242'])).toEqual(planProvisioning(site, ['10000']));
  });

  it('blocks request types on a project without a service desk, and a company-managed project without a scheme', () => {
    const { serviceDeskId: _desk, ...noDesk } = companyProject('10000', 'ACME', undefined);
    const plan = planProvisioning(freshSite({ projects: [noDesk] }), ['10000']);
    expect(plan.items.filter((i) => i.blocked).map((i) => i.id)).toEqual(['scheme:project:10000', 'requesttype:10000:complaint', 'requesttype:10000:compliment']);
  });
});

describe('planProvisioning, properties over any Jira state', () => {
  const runs = { numRuns: 400 };

  it('leaves nothing to do once its steps are applied', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        const after = applySteps(snapshot, stepsFor(snapshot, projectIds));
        expect(stepsFor(after, projectIds)).toEqual([]);
      }),
      runs,
    );
  });

  it('only refers to placeholders that an earlier step creates, and creates each once', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        const created = new Map<string, string>();
        for (const step of stepsFor(snapshot, projectIds)) {
          const resolved = resolveStep(step, created);
          expect(JSON.stringify(resolved)).not.toMatch(/"(schemeId|contextId|issueTypeId)":"new:/);
          const placeholder = placeholderCreatedBy(step);
          if (placeholder !== undefined) {
            expect(created.has(placeholder)).toBe(false);
            created.set(placeholder, `real-${created.size}`);
          }
        }
      }),
      runs,
    );
  });

  it('never plans to create what already exists', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
        for (const step of stepsFor(snapshot, projectIds)) {
          if (step.kind === 'createIssueType') {
            const name = BRM_ISSUE_TYPES[step.brmType].name;
            expect(snapshot.issueTypes.some((t) => t.projectId === step.projectId && same(t.name, name))).toBe(false);
          }
          if (step.kind === 'createRequestType') {
            const name = BRM_REQUEST_TYPES[step.requestType].name;
            expect(snapshot.projects.find((p) => p.id === step.projectId)?.requestTypes.some((r) => same(r.name, name))).toBe(false);
          }
          if (step.kind === 'createFieldContext') {
            const field = snapshot.fields.find((f) => f.key === step.fieldKey);
            expect(field?.contexts.some((c) => !c.isGlobal && same(c.name, APP_CONTEXT_NAME))).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it('writes only to the chosen projects and keeps one context per project per field', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        const chosen = new Set(projectIds);
        const schemesOfChosen = new Set(snapshot.projects.filter((p) => chosen.has(p.id)).map((p) => p.schemeId));
        for (const step of stepsFor(snapshot, projectIds)) {
          if (step.kind === 'createFieldContext' || step.kind === 'addProjectsToFieldContext') expect(step.projectIds.every((id) => chosen.has(id))).toBe(true);
          if (step.kind === 'createRequestType') expect(chosen.has(step.projectId)).toBe(true);
          if (step.kind === 'createIssueType' && step.projectId !== undefined) expect(chosen.has(step.projectId)).toBe(true);
          if (step.kind === 'addIssueTypesToScheme') expect(schemesOfChosen.has(step.schemeId)).toBe(true);
        }
        const after = applySteps(snapshot, stepsFor(snapshot, projectIds));
        for (const field of after.fields) {
          for (const project of after.projects) {
            expect(field.contexts.filter((c) => !c.isGlobal && c.projectIds.includes(project.id)).length).toBeLessThanOrEqual(1);
          }
        }
      }),
      runs,
    );
  });

  it('reaches the state Jira needs: types in every scheme or project, fields on every needed type, both request types', () => {
    const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        const after = applySteps(snapshot, stepsFor(snapshot, projectIds));
        for (const project of after.projects.filter((p) => projectIds.includes(p.id))) {
          const scope = project.style === 'team-managed' ? project.id : undefined;
          const typeId = (name: string) => after.issueTypes.find((t) => t.projectId === scope && same(t.name, name))?.id;
          const brmIds = ['Complaint', 'Compliment', 'Business Case', 'Service Requirement'].map(typeId);
          expect(brmIds.every((id) => id !== undefined)).toBe(true);
          if (project.style === 'company-managed' && project.schemeId !== undefined) {
            const scheme = after.schemes.find((sc) => sc.id === project.schemeId);
            expect(brmIds.every((id) => id !== undefined && scheme?.issueTypeIds.includes(id))).toBe(true);
          }
          if (project.serviceDeskId !== undefined) {
            for (const name of ['Raise a complaint', 'Give a compliment']) expect(project.requestTypes.some((r) => same(r.name, name))).toBe(true);
          }
          for (const field of after.fields) {
            // Jira's rule, independently of the planner: the project's own context, else the global one.
            const context = field.contexts.find((c) => !c.isGlobal && c.projectIds.includes(project.id)) ?? field.contexts.find((c) => c.isGlobal);
            const everyTicket = field.key === 'brm-customer' || field.key === 'brm-service';
            const needed = everyTicket ? [...brmIds, ...project.requestTypes.map((r) => r.issueTypeId)] : [typeId('Business Case')];
            for (const id of needed) expect(context !== undefined && (context.isAnyIssueType || (id !== undefined && context.issueTypeIds.includes(id)))).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it('plans the same thing twice for the same state', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        expect(planProvisioning(snapshot, projectIds)).toEqual(planProvisioning(structuredClone(snapshot), [...projectIds]));
      }),
      { numRuns: 100 },
    );
  });
});
