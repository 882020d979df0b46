import fc from 'fast-check';
import { LOCALES } from '#kernel/locales';
import { BRM_TYPE_KEYS } from '#provisioning/domain/issue-types';
import { BRM_REQUEST_TYPE_KEYS } from '#provisioning/domain/request-types';
import {
  brmTypeNamed,
  ENGLISH_TYPE_NAMES,
  issueTypeNaming,
  namesOfType,
  requestTypeKeyNamed,
  requestTypeNaming,
  typeNamesAmong,
} from '#provisioning/domain/names';
import { applySteps } from '#provisioning/domain/apply-step';
import { planProvisioning } from '#provisioning/domain/plan';
import { stepsOf } from '#provisioning/domain/steps';
import { noScreens, type ProvisioningSnapshot } from '#provisioning/domain/snapshot';

const locale = fc.constantFrom(...LOCALES);
const brmType = fc.constantFrom(...BRM_TYPE_KEYS);
/** A name as an admin might type it again: other case, spaces around. */
const retyped = (name: string) =>
  fc.tuple(fc.boolean(), fc.constantFrom('', ' ', '  ')).map(([upper, pad]) => `${pad}${upper ? name.toUpperCase() : name.toLowerCase()}${pad}`);

describe('the names of what provisioning creates', () => {
  it('recognises every BRM type by its name in every language, whatever its case and spacing, and never as another type', () => {
    fc.assert(
      fc.property(
        brmType.chain((key) => locale.chain((l) => retyped(issueTypeNaming(key, l).name).map((name) => ({ key, name })))),
        ({ key, name }) => expect(brmTypeNamed(name)).toBe(key),
      ),
    );
  });

  it('gives no two types, and no two request types, a name in common in any language', () => {
    const all = BRM_TYPE_KEYS.flatMap((key) => namesOfType(key).map((name) => name.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
    for (const key of BRM_REQUEST_TYPE_KEYS) for (const l of LOCALES) expect(requestTypeKeyNamed(requestTypeNaming(key, l).name.toUpperCase())).toBe(key);
  });

  it('keeps names within what Jira takes (60 characters for an issue type) and never empty', () => {
    for (const key of BRM_TYPE_KEYS)
      for (const l of LOCALES) {
        const { name, description } = issueTypeNaming(key, l);
        expect(name.trim().length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(60);
        expect(description.length).toBeGreaterThan(name.length);
      }
  });

  it('records the names the BRM types have among Jira types, each once, and English for a type Jira lacks', () => {
    const names = typeNamesAmong([{ name: 'Beschwerde' }, { name: 'Complaint' }, { name: 'beschwerde' }, { name: 'Lob' }, { name: 'Bug' }]);
    expect(names).toEqual({ ...ENGLISH_TYPE_NAMES, complaint: ['Beschwerde', 'Complaint'], compliment: ['Lob'] });
  });
});

describe('planning in a names language', () => {
  const project = { id: '10', key: 'ACME', name: 'Acme', style: 'company-managed' as const, serviceDeskId: '1', schemeId: 's', requestTypes: [] };
  const site = (typeNames: readonly string[]): ProvisioningSnapshot => ({
    issueTypes: typeNames.map((name, i) => ({ id: String(50 + i), name })),
    schemes: [{ id: 's', name: 'Default', issueTypeIds: typeNames.map((_, i) => String(50 + i)), isDefault: true }],
    projects: [project],
    fields: [],
    screens: noScreens(),
  });

  it('renames types named in another language, creates missing ones in the chosen one, and then has nothing left to write', () => {
    fc.assert(
      fc.property(fc.subarray([...BRM_TYPE_KEYS]), locale, locale, (present, from, to) => {
        const before = site(present.map((key) => issueTypeNaming(key, from).name));
        const plan = planProvisioning(before, ['10'], 'en', to);
        const steps = stepsOf(plan).filter((s) => s.kind === 'createIssueType' || s.kind === 'renameIssueType');
        const renamed = present.filter((key) => issueTypeNaming(key, from).name !== issueTypeNaming(key, to).name);
        expect(steps.filter((s) => s.kind === 'renameIssueType').map((s) => s.brmType)).toEqual(renamed);
        expect(steps.filter((s) => s.kind === 'createIssueType').map((s) => s.brmType)).toEqual(BRM_TYPE_KEYS.filter((key) => !present.includes(key)));
        const after = applySteps(before, stepsOf(plan));
        expect(after.issueTypes.map((t) => t.name).sort()).toEqual(BRM_TYPE_KEYS.map((key) => issueTypeNaming(key, to).name).sort());
        expect(stepsOf(planProvisioning(after, ['10'], 'en', to)).filter((s) => s.kind !== 'addIssueTypesToScheme')).toEqual([]);
      }),
    );
  });

  it('names a request type still to be created, and the manual steps, in the chosen language', () => {
    const plan = planProvisioning(site(BRM_TYPE_KEYS.map((key) => issueTypeNaming(key, 'es').name)), ['10'], 'de', 'es');
    expect(plan.items.filter((i) => i.area === 'requestType').map((i) => i.summary)).toEqual([
      'Anfragetyp „Presentar una queja“ im Portal von ACME erstellen.',
      'Anfragetyp „Enviar un elogio“ im Portal von ACME erstellen.',
    ]);
  });
});
