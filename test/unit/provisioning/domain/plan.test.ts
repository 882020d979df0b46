import fc from 'fast-check';
import { APP_CONTEXT_NAME, APP_FIELD_SCOPES } from '#provisioning/domain/app-fields';
import { BRM_ISSUE_TYPES } from '#provisioning/domain/issue-types';
import { issueTypeNaming, requestTypeNaming } from '#provisioning/domain/names';
import { applySteps } from '#provisioning/domain/apply-step';
import { isPlaceholder, placeholderCreatedBy, resolveStep } from '#provisioning/domain/placeholders';
import { planProvisioning } from '#provisioning/domain/plan';
import { DEFAULT_MAPPING, type ProvisioningSnapshot } from '#provisioning/domain/snapshot';
import { isComplete, itemStatus, nothingToWrite, stepsOf, type ProvisioningStep } from '#provisioning/domain/steps';
import {
  arbitraryCase,
  companyProject,
  defaultFields,
  fieldsWith,
  globalContext,
  jsmScreens,
  noScreens,
  projectContext,
  teamProject,
} from './snapshot-fixtures';

const jsmTypes = [
  { id: '1', name: 'Service Request' },
  { id: '2', name: 'Incident' },
];

const APP_FIELD_COUNT = 7;
const SCREENS = 3;

/** A fresh JSM site: one company-managed project with JSM's screens, no BRM types, Forge's default field contexts. */
function freshSite(extra: Partial<ProvisioningSnapshot> = {}): ProvisioningSnapshot {
  return {
    issueTypes: jsmTypes,
    schemes: [{ id: 's1', name: 'ACME scheme', issueTypeIds: ['1', '2'] }],
    projects: [companyProject('10000', 'ACME', 's1', { requestTypes: [{ id: 'rt1', name: 'Get IT help', issueTypeId: '1', groupIds: ['g1'] }] })],
    fields: defaultFields(),
    screens: jsmScreens(),
    ...extra,
  };
}

const kinds = (steps: ProvisioningStep[]) => steps.map((s) => s.kind);
const stepsFor = (snapshot: ProvisioningSnapshot, projectIds: string[]) => stepsOf(planProvisioning(snapshot, projectIds));
const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

describe('planProvisioning on a fresh company-managed project', () => {
  const plan = planProvisioning(freshSite(), ['10000']);

  it('creates the four global issue types, adds them to the scheme, puts every field on the three screens, and adds both request types', () => {
    expect(kinds(stepsOf(plan))).toEqual([
      ...times(4, 'createIssueType'),
      'addIssueTypesToScheme',
      ...times(APP_FIELD_COUNT * SCREENS, 'addFieldToScreen'),
      'createRequestType',
      'createRequestType',
    ]);
    const scheme = stepsOf(plan).find((s) => s.kind === 'addIssueTypesToScheme');
    expect(scheme).toMatchObject({ schemeId: 's1' });
    expect(scheme?.kind === 'addIssueTypesToScheme' && scheme.issueTypeIds.every(isPlaceholder)).toBe(true);
  });

  it('leaves field contexts alone when their global context already covers every issue type', () => {
    expect(plan.items.filter((i) => i.area === 'field').every((i) => i.steps.length === 0)).toBe(true);
  });

  it('puts Customer on the create, edit and view screens, on their first tab, in one item for the project', () => {
    const item = plan.items.find((i) => i.id === 'screen:brm-customer:10000');
    expect(item?.steps).toEqual(
      ['sc-create', 'sc-edit', 'sc-view'].map((screenId) => ({
        kind: 'addFieldToScreen',
        fieldKey: 'brm-customer',
        fieldId: 'customfield_10050',
        screenId,
        tabId: `${screenId}-tab`,
      })),
    );
    expect(item?.summary).toBe('Put the Customer field on the create, edit and view screens of ACME on the BRM issue types and the request types.');
  });

  it('points each request type at the new Complaint or Compliment type, and says an admin must then put it in a portal group', () => {
    const items = plan.items.filter((i) => i.area === 'requestType');
    expect(items.map((i) => i.steps.map((s) => s.kind === 'createRequestType' && [s.requestType, s.issueTypeId, s.serviceDeskId]))).toEqual([
      [['complaint', 'new:issuetype:complaint', 'sd-10000']],
      [['compliment', 'new:issuetype:compliment', 'sd-10000']],
    ]);
    expect(items.map((i) => i.adminAction)).toEqual([
      { message: 'Add the request type “Raise a complaint” to a portal group of ACME.', link: { page: 'requestTypes', projectKey: 'ACME' } },
      { message: 'Add the request type “Give a compliment” to a portal group of ACME.', link: { page: 'requestTypes', projectKey: 'ACME' } },
    ]);
    expect(items.map(itemStatus)).toEqual(['todo', 'todo']);
  });

  it('is not complete, and says what it will do in words', () => {
    expect(isComplete(plan)).toBe(false);
    expect(plan.items.find((i) => i.id === 'issuetype:complaint')?.summary).toBe('Create the issue type Complaint for company-managed projects.');
    expect(plan.items.find((i) => i.id === 'requesttype:10000:complaint')?.summary).toContain('Raise a complaint');
  });
});

describe('planProvisioning when things exist', () => {
  it('writes nothing once the plan has been carried out, and waits only for the admin to put the new request types in a portal group', () => {
    const site = freshSite();
    const after = applySteps(site, stepsFor(site, ['10000']));
    const again = planProvisioning(after, ['10000']);
    expect(stepsOf(again)).toEqual([]);
    expect(nothingToWrite(again)).toBe(true);
    expect(again.items.filter((i) => itemStatus(i) === 'needsAdmin').map((i) => i.id)).toEqual(['requesttype:10000:complaint', 'requesttype:10000:compliment']);
    expect(again.items.find((i) => i.id === 'requesttype:10000:complaint')?.summary).toContain('in no portal group');
    expect(isComplete(again)).toBe(false);

    const grouped = {
      ...after,
      projects: after.projects.map((p) => ({ ...p, requestTypes: p.requestTypes.map((r) => ({ ...r, groupIds: ['g1'] })) })),
    };
    expect(isComplete(planProvisioning(grouped, ['10000']))).toBe(true);
  });

  it('reuses an issue type whatever the case of its name, and adds only what the scheme lacks', () => {
    const site = freshSite({
      issueTypes: [...jsmTypes, { id: '50', name: 'COMPLAINT' }, { id: '51', name: 'compliment' }],
      schemes: [{ id: 's1', name: 'ACME scheme', issueTypeIds: ['1', '2', '50'] }],
    });
    const steps = stepsFor(site, ['10000']);
    expect(steps.filter((s) => s.kind === 'createIssueType').map((s) => s.kind === 'createIssueType' && s.brmType)).toEqual([
      'businessCase',
      'serviceRequirement',
    ]);
    expect(steps.find((s) => s.kind === 'addIssueTypesToScheme')).toEqual({
      kind: 'addIssueTypesToScheme',
      schemeId: 's1',
      issueTypeIds: ['51', 'new:issuetype:businessCase', 'new:issuetype:serviceRequirement'],
    });
  });

  it('does not add a new type to the default issue type scheme, which Jira adds it to by itself (adding it again is 400)', () => {
    const site = freshSite({
      issueTypes: [...jsmTypes, { id: '51', name: 'Compliment' }],
      schemes: [{ id: 's0', name: 'Default Issue Type Scheme', issueTypeIds: ['1', '2'], isDefault: true }],
      projects: [companyProject('10000', 'ACME', 's0')],
    });
    const plan = planProvisioning(site, ['10000']);
    expect(stepsOf(plan).filter((s) => s.kind === 'addIssueTypesToScheme')).toEqual([{ kind: 'addIssueTypesToScheme', schemeId: 's0', issueTypeIds: ['51'] }]);
    expect(plan.items.find((i) => i.id === 'scheme:s0')?.summary).toBe('Add Compliment to the issue type scheme “Default Issue Type Scheme” (ACME).');
  });

  it('gives an existing type that lacks its icon one icon step, and leaves an icon Jira does not report alone', () => {
    const site = freshSite({
      issueTypes: [
        ...jsmTypes,
        { id: '50', name: 'Complaint', avatarId: 10318 },
        { id: '51', name: 'Compliment', avatarId: BRM_ISSUE_TYPES.compliment.avatarId },
        { id: '52', name: 'Business Case' },
      ],
    });
    const plan = planProvisioning(site, ['10000']);
    const iconSteps = stepsOf(plan).filter((s) => s.kind === 'setIssueTypeAvatar');
    expect(iconSteps).toEqual([{ kind: 'setIssueTypeAvatar', issueTypeId: '50', brmType: 'complaint', names: 'en' }]);
    expect(plan.items.find((i) => i.id === 'issuetype:complaint')?.summary).toBe('Give the issue type Complaint its icon.');
    const again = planProvisioning(applySteps(site, stepsOf(plan)), ['10000']);
    expect(stepsOf(again)).toEqual([]);
  });

  it('adds the types once to a scheme two chosen projects share, and a field once to the screens they share', () => {
    const site = freshSite({ projects: [companyProject('10000', 'ACME', 's1'), companyProject('10001', 'BETA', 's1')] });
    const plan = planProvisioning(site, ['10000', '10001']);
    const schemeItems = plan.items.filter((i) => i.area === 'scheme');
    expect(schemeItems).toHaveLength(1);
    expect(schemeItems[0]?.projectIds).toEqual(['10000', '10001']);
    expect(stepsOf(plan).filter((s) => s.kind === 'addIssueTypesToScheme')).toHaveLength(1);
    expect(stepsOf(plan).filter((s) => s.kind === 'addFieldToScreen')).toHaveLength(APP_FIELD_COUNT * SCREENS);
    expect(plan.items.find((i) => i.id === 'screen:brm-customer:10001')).toMatchObject({
      steps: [],
      summary: expect.stringContaining('is on the create, edit and view screens of BETA'),
    });
  });

  it('does not create a request type whose name exists, even under another issue type', () => {
    const site = freshSite({
      projects: [companyProject('10000', 'ACME', 's1', { requestTypes: [{ id: 'rt9', name: 'raise a complaint', issueTypeId: '1', groupIds: ['g1'] }] })],
    });
    const requestTypes = stepsFor(site, ['10000']).filter((s) => s.kind === 'createRequestType');
    expect(requestTypes.map((s) => s.kind === 'createRequestType' && s.requestType)).toEqual(['compliment']);
  });
});

describe('planProvisioning for screens (company-managed)', () => {
  const brm = [
    { id: '50', name: 'Complaint' },
    { id: '51', name: 'Compliment' },
    { id: '52', name: 'Business Case' },
    { id: '53', name: 'Service Requirement' },
  ];
  const placed = freshSite({
    issueTypes: [...jsmTypes, ...brm],
    schemes: [{ id: 's1', name: 'ACME scheme', issueTypeIds: ['1', '2', '50', '51', '52', '53'] }],
  });
  const screenSteps = (snapshot: ProvisioningSnapshot, fieldKey: string) =>
    stepsFor(snapshot, ['10000']).filter((s) => s.kind === 'addFieldToScreen' && s.fieldKey === fieldKey);

  it('leaves a field alone on a screen that has it on any tab', () => {
    const screens = jsmScreens();
    const withTab = {
      ...screens,
      screens: screens.screens.map((sc) => (sc.id === 'sc-edit' ? { ...sc, tabs: [...sc.tabs, { id: 'more', fieldIds: ['customfield_10050'] }] } : sc)),
    };
    expect(screenSteps({ ...placed, screens: withTab }, 'brm-customer').map((s) => s.kind === 'addFieldToScreen' && s.screenId)).toEqual([
      'sc-create',
      'sc-view',
    ]);
  });

  it('puts the Business Case fields on the screens Business Case uses, not on those of the other types', () => {
    const screens = jsmScreens();
    const own = {
      issueTypeScreenSchemes: [
        { id: 'itss1', mappings: [...(screens.issueTypeScreenSchemes[0]?.mappings ?? []), { issueTypeId: '52', screenSchemeId: 'ss-bc' }] },
      ],
      screenSchemes: [...screens.screenSchemes, { id: 'ss-bc', screens: { default: 'sc-bc' } }],
      screens: [...screens.screens, { id: 'sc-bc', tabs: [{ id: 'bc-tab', fieldIds: ['summary'] }] }],
    };
    const site = { ...placed, screens: own };
    expect(screenSteps(site, 'brm-planned-cost').map((s) => s.kind === 'addFieldToScreen' && s.screenId)).toEqual(['sc-bc']);
    expect(screenSteps(site, 'brm-customer').map((s) => s.kind === 'addFieldToScreen' && s.screenId)).toEqual(['sc-create', 'sc-edit', 'sc-view', 'sc-bc']);
    expect(APP_FIELD_SCOPES['brm-planned-cost'].brmTypes).toEqual(['businessCase']);
  });

  it('uses the default entry for a type the scheme does not name, and the default screen for an operation without one', () => {
    const site = { ...placed, screens: { ...jsmScreens(), screenSchemes: [{ id: 'ss1', screens: { default: 'sc-view' } }] } };
    expect(screenSteps(site, 'brm-service').map((s) => s.kind === 'addFieldToScreen' && s.screenId)).toEqual(['sc-view']);
    expect(DEFAULT_MAPPING).toBe('default');
  });

  it('blocks the screens of a project whose issue type screen scheme Jira does not report', () => {
    const site = freshSite({ projects: [companyProject('10000', 'ACME', 's1', { issueTypeScreenSchemeId: undefined })], screens: noScreens() });
    const plan = planProvisioning(site, ['10000']);
    expect(plan.items.filter((i) => i.area === 'screen').map((i) => [i.id, itemStatus(i)])).toEqual([['screen:project:10000', 'blocked']]);
  });
});

describe('planProvisioning for a team-managed project', () => {
  const site: ProvisioningSnapshot = {
    issueTypes: [
      ...jsmTypes,
      { id: '77', name: 'Complaint' },
      { id: '300', name: 'Request', projectId: '20000' },
      { id: '301', name: 'Compliment', projectId: '20000' },
    ],
    schemes: [],
    projects: [
      teamProject('20000', 'FIELD', {
        requestTypes: [{ id: 'rt5', name: 'Request a site visit', issueTypeId: '300', groupIds: ['g1'] }],
        layouts: { '300': ['summary'], '301': ['summary', 'customfield_10050'] },
      }),
    ],
    fields: defaultFields(),
    screens: noScreens(),
  };
  const plan = planProvisioning(site, ['20000']);
  const action = (id: string) => plan.items.find((i) => i.id === id)?.adminAction;

  it('plans no issue type, scheme, context or screen write: it names the types an admin must create, with a link to the issue types page', () => {
    expect(stepsOf(plan).filter((s) => s.kind !== 'createRequestType')).toEqual([]);
    expect(plan.items.some((i) => i.area === 'scheme' || i.area === 'screen')).toBe(false);
    expect(plan.items.filter((i) => i.area === 'issueType').map((i) => [i.id, itemStatus(i)])).toEqual([
      ['issuetype:20000:complaint', 'needsAdmin'],
      ['issuetype:20000:compliment', 'inPlace'],
      ['issuetype:20000:businessCase', 'needsAdmin'],
      ['issuetype:20000:serviceRequirement', 'needsAdmin'],
    ]);
    expect(action('issuetype:20000:complaint')).toEqual({
      message: 'Create the issue type Complaint in FIELD.',
      link: { page: 'issueTypes', projectKey: 'FIELD' },
    });
  });

  it("names the fields each type lacks, linking to that type's fields", () => {
    expect(action('layout:20000:brm:compliment')).toEqual({
      message: 'Add Customer and Service to the fields of Compliment in FIELD.',
      link: { page: 'issueTypeFields', projectKey: 'FIELD', issueTypeId: '301' },
    });
    expect(plan.items.find((i) => i.id === 'layout:20000:brm:compliment')?.summary).toContain('lacks Service');
    expect(action('layout:20000:type:300')).toEqual({
      message: 'Add Customer and Service to the fields of Request in FIELD.',
      link: { page: 'issueTypeFields', projectKey: 'FIELD', issueTypeId: '300' },
    });
    expect(action('layout:20000:brm:businessCase')?.message).toBe(
      'Add Customer, Service, Planned cost, Actual cost, Expected benefit, Decision and Strategic initiative to the fields of Business Case in FIELD.',
    );
  });

  it('creates a request type once its issue type exists, and otherwise asks for the type first', () => {
    const requestTypes = plan.items.filter((i) => i.area === 'requestType');
    expect(requestTypes.map((i) => [i.id, itemStatus(i)])).toEqual([
      ['requesttype:20000:complaint', 'needsAdmin'],
      ['requesttype:20000:compliment', 'todo'],
    ]);
    expect(requestTypes[0]?.adminAction?.link).toEqual({ page: 'issueTypes', projectKey: 'FIELD' });
    expect(requestTypes[1]?.steps).toEqual([
      {
        kind: 'createRequestType',
        ref: 'new:requesttype:20000:compliment',
        projectId: '20000',
        serviceDeskId: 'sd-20000',
        requestType: 'compliment',
        issueTypeId: '301',
        names: 'en',
      },
    ]);
  });
});

describe('planProvisioning for field contexts', () => {
  const brm = [
    { id: '50', name: 'Complaint' },
    { id: '51', name: 'Compliment' },
    { id: '52', name: 'Business Case' },
    { id: '53', name: 'Service Requirement' },
  ];
  const base = (
    fields: ProvisioningSnapshot['fields'],
    projects = [companyProject('10000', 'ACME', 's1', { requestTypes: [{ id: 'rt1', name: 'Get IT help', issueTypeId: '1', groupIds: ['g1'] }] })],
  ): ProvisioningSnapshot => ({
    issueTypes: [...jsmTypes, ...brm],
    schemes: [{ id: 's1', name: 'ACME scheme', issueTypeIds: ['1', '2', '50', '51', '52', '53'] }],
    projects,
    fields,
    screens: jsmScreens(),
  });
  const fieldStep = (snapshot: ProvisioningSnapshot, fieldKey: string, projectIds = ['10000']) =>
    stepsFor(snapshot, projectIds).filter((s) => 'fieldKey' in s && s.kind !== 'addFieldToScreen' && s.fieldKey === fieldKey);

  it('adds the BRM and request-type issue types a global context lacks, for Customer', () => {
    const site = base(fieldsWith(() => [globalContext('g', ['2'])]));
    expect(fieldStep(site, 'brm-customer')).toEqual([
      {
        kind: 'addIssueTypesToFieldContext',
        fieldKey: 'brm-customer',
        fieldId: 'customfield_10050',
        contextId: 'g',
        issueTypeIds: ['50', '51', '52', '53', '1'],
      },
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
    const site = base(
      fieldsWith(() => [projectContext('other', 'Finance', ['55555'], 'any')]),
      projects,
    );
    expect(fieldStep(site, 'brm-decision', ['10000', '10001'])).toEqual([
      {
        kind: 'createFieldContext',
        ref: 'new:context:brm-decision',
        fieldKey: 'brm-decision',
        fieldId: 'customfield_10055',
        name: APP_CONTEXT_NAME,
        projectIds: ['10000'],
        issueTypeIds: ['52'],
      },
      {
        kind: 'addProjectsToFieldContext',
        fieldKey: 'brm-decision',
        fieldId: 'customfield_10055',
        contextId: 'new:context:brm-decision',
        projectIds: ['10001'],
      },
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
    expect(plan.items.some((i) => i.id === 'screen:brm-strategic:10000')).toBe(false);
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
    expect(plan.items.filter((i) => i.blocked).map((i) => i.id)).toEqual([
      'scheme:project:10000',
      'requesttype:10000:complaint',
      'requesttype:10000:compliment',
    ]);
    expect(stepsOf(plan).some((s) => s.kind === 'addFieldToScreen')).toBe(true);
  });
});

describe('planProvisioning, properties over any Jira state', () => {
  const runs = { numRuns: 400 };
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

  it('leaves nothing to write once its steps are applied', () => {
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
          expect(JSON.stringify(resolved)).not.toMatch(/"(schemeId|contextId|issueTypeId|screenId|tabId)":"new:/);
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

  it('never plans a write Jira refuses: a type a scheme has (default scheme included), a field a screen has, a name in use', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        let current = snapshot;
        for (const step of stepsFor(snapshot, projectIds)) {
          if (step.kind === 'addIssueTypesToScheme') {
            const scheme = current.schemes.find((sc) => sc.id === step.schemeId);
            expect(step.issueTypeIds.filter((id) => scheme?.issueTypeIds.includes(id))).toEqual([]);
          }
          if (step.kind === 'addFieldToScreen') {
            const screen = current.screens.screens.find((sc) => sc.id === step.screenId);
            expect(screen?.tabs.some((t) => t.id === step.tabId)).toBe(true);
            expect(screen?.tabs.some((t) => t.fieldIds.includes(step.fieldId))).toBe(false);
          }
          if (step.kind === 'createIssueType') {
            const name = issueTypeNaming(step.brmType, step.names).name;
            expect(current.issueTypes.some((t) => t.projectId === undefined && same(t.name, name))).toBe(false);
          }
          if (step.kind === 'createRequestType') {
            const name = requestTypeNaming(step.requestType, step.names).name;
            expect(current.projects.find((p) => p.id === step.projectId)?.requestTypes.some((r) => same(r.name, name))).toBe(false);
          }
          if (step.kind === 'createFieldContext') {
            const field = current.fields.find((f) => f.key === step.fieldKey);
            expect(field?.contexts.some((c) => !c.isGlobal && same(c.name, APP_CONTEXT_NAME))).toBe(false);
          }
          current = applySteps(current, [step]);
        }
      }),
      runs,
    );
  });

  it('writes only to the chosen projects, never inside a team-managed one except its request types, and keeps one context per project per field', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        const chosen = snapshot.projects.filter((p) => projectIds.includes(p.id));
        const company = new Set(chosen.filter((p) => p.style === 'company-managed').map((p) => p.id));
        const schemesOfChosen = new Set(chosen.filter((p) => company.has(p.id)).map((p) => p.schemeId));
        const screenSchemesOfChosen = new Set(chosen.filter((p) => company.has(p.id)).map((p) => p.issueTypeScreenSchemeId));
        const screensOfChosen = new Set(
          snapshot.screens.issueTypeScreenSchemes
            .filter((s) => screenSchemesOfChosen.has(s.id))
            .flatMap((s) => s.mappings.map((m) => m.screenSchemeId))
            .flatMap((id) => Object.values(snapshot.screens.screenSchemes.find((ss) => ss.id === id)?.screens ?? {})),
        );
        for (const step of stepsFor(snapshot, projectIds)) {
          if (step.kind === 'createFieldContext' || step.kind === 'addProjectsToFieldContext')
            expect(step.projectIds.every((id) => company.has(id))).toBe(true);
          if (step.kind === 'createRequestType') expect(chosen.some((p) => p.id === step.projectId)).toBe(true);
          if (step.kind === 'addIssueTypesToScheme') expect(schemesOfChosen.has(step.schemeId)).toBe(true);
          if (step.kind === 'addFieldToScreen') expect(screensOfChosen.has(step.screenId)).toBe(true);
          if (step.kind === 'createIssueType' || step.kind === 'setIssueTypeAvatar') expect(company.size).toBeGreaterThan(0);
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

  it('reaches the state Jira needs in company-managed projects: types in the scheme, fields in context and on every screen, both request types', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        const after = applySteps(snapshot, stepsFor(snapshot, projectIds));
        for (const project of after.projects.filter((p) => projectIds.includes(p.id) && p.style === 'company-managed')) {
          const typeId = (name: string) => after.issueTypes.find((t) => t.projectId === undefined && same(t.name, name))?.id;
          const brmIds = ['Complaint', 'Compliment', 'Business Case', 'Service Requirement'].map(typeId);
          expect(brmIds.every((id) => id !== undefined)).toBe(true);
          if (project.schemeId !== undefined) {
            const scheme = after.schemes.find((sc) => sc.id === project.schemeId);
            expect(brmIds.every((id) => id !== undefined && scheme?.issueTypeIds.includes(id))).toBe(true);
          }
          if (project.serviceDeskId !== undefined) {
            for (const name of ['Raise a complaint', 'Give a compliment']) expect(project.requestTypes.some((r) => same(r.name, name))).toBe(true);
          }
          const itss = after.screens.issueTypeScreenSchemes.find((s) => s.id === project.issueTypeScreenSchemeId);
          for (const field of after.fields) {
            // Jira's rule, independently of the planner: the project's own context, else the global one.
            const context = field.contexts.find((c) => !c.isGlobal && c.projectIds.includes(project.id)) ?? field.contexts.find((c) => c.isGlobal);
            const everyTicket = field.key === 'brm-customer' || field.key === 'brm-service';
            const needed = everyTicket ? [...brmIds, ...project.requestTypes.map((r) => r.issueTypeId)] : [typeId('Business Case')];
            for (const id of needed) {
              expect(context !== undefined && (context.isAnyIssueType || (id !== undefined && context.issueTypeIds.includes(id)))).toBe(true);
              if (!itss || id === undefined) continue;
              const mapping = itss.mappings.find((m) => m.issueTypeId === id) ?? itss.mappings.find((m) => m.issueTypeId === 'default');
              const screens = after.screens.screenSchemes.find((ss) => ss.id === mapping?.screenSchemeId)?.screens;
              for (const screenId of [screens?.create ?? screens?.default, screens?.edit ?? screens?.default, screens?.view ?? screens?.default]) {
                const screen = after.screens.screens.find((sc) => sc.id === screenId);
                expect(screen?.tabs.some((t) => t.fieldIds.includes(field.fieldId))).toBe(true);
              }
            }
          }
        }
      }),
      runs,
    );
  });

  it('leaves nothing silently undone: every item is in place, or has steps, is blocked, or tells an admin what to do on a settings page of its project', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        const after = applySteps(snapshot, stepsFor(snapshot, projectIds));
        const plan = planProvisioning(after, projectIds);
        const keys = new Set(after.projects.map((p) => p.key));
        for (const item of plan.items) {
          if (item.adminAction) expect(keys.has(item.adminAction.link.projectKey)).toBe(true);
        }
        for (const project of after.projects.filter((p) => projectIds.includes(p.id) && p.style === 'team-managed')) {
          const mine = plan.items.filter((i) => i.projectIds.includes(project.id));
          const missingTypes = ['Complaint', 'Compliment', 'Business Case', 'Service Requirement'].filter(
            (name) => !after.issueTypes.some((t) => t.projectId === project.id && same(t.name, name)),
          );
          expect(mine.filter((i) => i.area === 'issueType' && itemStatus(i) === 'needsAdmin')).toHaveLength(missingTypes.length);
          const hidden = project.requestTypes.filter((r) => r.groupIds.length === 0 && ['Raise a complaint', 'Give a compliment'].some((n) => same(n, r.name)));
          const flagged = mine.filter((i) => i.area === 'requestType' && i.adminAction?.link.page === 'requestTypes' && i.summary.includes('no portal group'));
          expect(flagged).toHaveLength(hidden.length);
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
