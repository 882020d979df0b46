import type { PlanItem, ProvisioningPlan } from '#provisioning/domain/steps';
import { afterStep, nextStep, progressOf, replan, startCheckpoint } from '#provisioning/provisioning-checkpoint';

const params = { projectIds: ['10'], projectKeys: { '10': 'ACME' } };

const createType = (brm: 'complaint' | 'compliment'): PlanItem => ({
  id: `issuetype:${brm}`,
  area: 'issueType',
  summary: `Create ${brm}`,
  projectIds: ['10'],
  steps: [{ kind: 'createIssueType', ref: `new:issuetype:${brm}`, brmType: brm, names: 'en' }],
});
const scheme = (ids: string[]): PlanItem => ({
  id: 'scheme:s1',
  area: 'scheme',
  summary: 'Add to scheme',
  projectIds: ['10'],
  steps: ids.length ? [{ kind: 'addIssueTypesToScheme', schemeId: 's1', issueTypeIds: ids }] : [],
});
const inPlace = (id: string): PlanItem => ({ id, area: 'field', summary: 'In place', projectIds: ['10'], steps: [] });

const plan: ProvisioningPlan = {
  items: [createType('complaint'), inPlace('field:x'), createType('compliment'), scheme(['new:issuetype:complaint', 'new:issuetype:compliment'])],
};

describe('a provisioning checkpoint', () => {
  it('starts at the first item with steps, counts every step, and marks each item as it stands', () => {
    const start = startCheckpoint(plan, params, 't0');
    expect(nextStep(start)?.item.id).toBe('issuetype:complaint');
    expect(progressOf(start)).toEqual({ done: 0, total: 3, label: 'Create complaint' });
    expect(start.outcomes.map((o) => o.outcome)).toEqual(['notAttempted', 'skipped', 'notAttempted', 'notAttempted']);
  });

  it('moves past items in place, remembers created ids, and finishes each item after its last step', () => {
    const one = afterStep(startCheckpoint(plan, params, 't0'), { placeholder: 'new:issuetype:complaint', createdId: '500', writes: 2 });
    expect(one.created).toEqual({ 'new:issuetype:complaint': '500' });
    expect(nextStep(one)?.item.id).toBe('issuetype:compliment');
    expect(one.outcomes[0]?.outcome).toBe('done');
    expect(progressOf(one)).toMatchObject({ done: 1, total: 3 });
  });

  it('after a takeover, plans the cut-short item and the rest again: what the cut-short step wrote is not planned twice', () => {
    // Compliment was being created when the delivery stopped; Jira has it now (id 501).
    const cutShort = afterStep(startCheckpoint(plan, params, 't0'), { placeholder: 'new:issuetype:complaint', createdId: '500', writes: 2 });
    const fresh: ProvisioningPlan = {
      items: [createType('complaint'), inPlace('field:x'), { ...createType('compliment'), steps: [], summary: 'Compliment exists' }, scheme(['500', '501'])],
    };
    // The fresh plan would create Complaint again if it were not already carried out by this run: it keeps its outcome instead.
    const next = replan(cutShort, { items: fresh.items.map((i) => (i.id === 'issuetype:complaint' ? { ...i, steps: [] } : i)) });
    expect(next.items.map((i) => i.id)).toEqual(['issuetype:complaint', 'field:x', 'issuetype:compliment', 'scheme:s1']);
    expect(next.outcomes.map((o) => o.outcome)).toEqual(['done', 'skipped', 'done', 'notAttempted']);
    expect(next.created).toEqual({});
    expect(nextStep(next)?.step).toEqual({ kind: 'addIssueTypesToScheme', schemeId: 's1', issueTypeIds: ['500', '501'] });
    expect(progressOf(next)).toMatchObject({ done: 1, total: 2 });
  });

  it('after a takeover where the cut-short step wrote nothing, runs it again', () => {
    const cutShort = afterStep(startCheckpoint(plan, params, 't0'), { placeholder: 'new:issuetype:complaint', createdId: '500', writes: 2 });
    const fresh: ProvisioningPlan = {
      items: [{ ...createType('complaint'), steps: [] }, inPlace('field:x'), createType('compliment'), scheme(['500', 'new:issuetype:compliment'])],
    };
    const next = replan(cutShort, fresh);
    expect(nextStep(next)?.step).toEqual({ kind: 'createIssueType', ref: 'new:issuetype:compliment', brmType: 'compliment', names: 'en' });
    expect(next.outcomes.map((o) => o.outcome)).toEqual(['done', 'skipped', 'notAttempted', 'notAttempted']);
  });
});
