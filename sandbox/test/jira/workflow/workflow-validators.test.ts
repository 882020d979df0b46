import { asApp, route } from '@forge/api';
import { z } from 'zod';
import { resolvingTransitions, attachValidator } from '#sandbox/jira/workflow/workflow-rules';
import { ManualClock } from '#sandbox/runtime/clock';
import { Sandbox } from '#sandbox/sandbox';
import { demoUser } from '#sandbox/seed/demo-users';
import { seedDemoTenant } from '#sandbox/seed/seed';
import { testManifest } from '#sandbox/test/runtime/test-app';

/**
 * Workflow validators as Jira runs them (Forge manifest reference, `jira:workflowValidator`,
 * "Validating with lambda functions"): an admin adds the app's validator to transitions; taking
 * one calls the validator's function, and Transition issue (POST
 * /rest/api/3/issue/{issueIdOrKey}/transitions) answers 400 with its message when it says no.
 */

const agent = demoUser('agent@brm-demo.example');
const calls: unknown[] = [];
let verdict: () => Promise<unknown> = () => Promise.resolve({ result: true });

const handlers = {
  validate: async (payload: unknown) => {
    calls.push(payload);
    // The function runs as the app in the Forge runtime: it can read the issue.
    const key = z.object({ issue: z.object({ key: z.string() }) }).parse(payload).issue.key;
    const issue = await asApp().requestJira(route`/rest/api/3/issue/${key}?fields=summary`);
    if (issue.status !== 200) throw new Error(`could not read ${key}`);
    return verdict();
  },
};

function open(): { sandbox: Sandbox; clock: ManualClock; issueKey: string; projectId: string; typeId: string } {
  const clock = new ManualClock(Date.UTC(2026, 10, 20, 12));
  const manifest = testManifest({
    functions: [{ key: 'validate-fn', handler: 'index.validate' }],
    workflowValidators: [{ key: 'test-validator', name: 'Test validator', description: 'Says what the test says.', functionKey: 'validate-fn' }],
  });
  const sandbox = new Sandbox({ dataDir: ':memory:', handlers, manifest, clock });
  seedDemoTenant(sandbox.jira, { issues: 40, now: new Date(clock.now()) });
  const store = sandbox.jira.store;
  const acme = store.project('ACME');
  const issue = store.docs.issues.find((i) => i.projectId === acme?.id && store.docs.statuses.get(i.statusId)?.categoryKey !== 'done');
  if (!acme || !issue) throw new Error('The demo tenant has no open ACME issue.');
  attachValidator(store, { projectId: acme.id, issueTypeId: issue.issueTypeId, moduleKey: 'test-validator' });
  calls.length = 0;
  return { sandbox, clock, issueKey: issue.key, projectId: acme.id, typeId: issue.issueTypeId };
}

const transition = (sandbox: Sandbox, issueKey: string, id: string) =>
  sandbox.jira.handle({
    method: 'POST',
    path: `/rest/api/3/issue/${issueKey}/transitions`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ transition: { id } }),
    caller: { kind: 'user', accountId: agent.accountId },
  });

describe('workflow validators on transitions', () => {
  const resolve = '61';

  it('are added to the transitions into a Done-category status by default', () => {
    const { sandbox } = open();
    expect(sandbox.jira.store.docs.workflowRules.all()[0]?.transitionIds).toEqual(resolvingTransitions(sandbox.jira.store).map((t) => t.id));
    expect(resolvingTransitions(sandbox.jira.store).map((t) => t.id)).toContain(resolve);
    sandbox.close();
  });

  it('run the function with the issue and the transition, and refuse the transition with its message (400), changing nothing', async () => {
    const { sandbox, issueKey } = open();
    const before = sandbox.jira.store.issue(issueKey)?.statusId;
    verdict = () => Promise.resolve({ result: false, errorMessage: 'Close the corrective measures first.' });
    const refused = await transition(sandbox, issueKey, resolve);
    expect(refused).toMatchObject({ status: 400, body: { errorMessages: ['Close the corrective measures first.'], errors: {} } });
    expect(sandbox.jira.store.issue(issueKey)?.statusId).toBe(before);
    expect(calls).toEqual([
      {
        issue: { key: issueKey },
        configuration: {},
        transition: { from: { id: before }, to: { id: '5' }, modifiedFields: {} },
        context: expect.objectContaining({ moduleKey: 'test-validator' }),
      },
    ]);
    sandbox.close();
  });

  it('let the transition through when the function allows it, and are not asked on other transitions', async () => {
    const { sandbox, issueKey } = open();
    verdict = () => Promise.resolve({ result: true });
    const waiting = sandbox.jira.store.issue(issueKey)?.statusId === '10002' ? '41' : '31';
    expect((await transition(sandbox, issueKey, waiting)).status).toBe(204);
    expect(calls).toHaveLength(0);
    expect((await transition(sandbox, issueKey, resolve)).status).toBe(204);
    expect(calls).toHaveLength(1);
    expect(sandbox.jira.store.issue(issueKey)?.statusId).toBe('5');
    sandbox.close();
  });

  it('refuse the transition when the function throws or answers something else (the sandbox chooses the stricter outcome)', async () => {
    const { sandbox, issueKey } = open();
    verdict = () => Promise.reject(new Error('boom'));
    const thrown = await transition(sandbox, issueKey, resolve);
    expect(thrown.status).toBe(400);
    expect(JSON.stringify(thrown.body)).toContain('could not check this transition');
    verdict = () => Promise.resolve('yes');
    expect((await transition(sandbox, issueKey, resolve)).status).toBe(400);
    expect(sandbox.validatorErrors).toHaveLength(2);
    sandbox.close();
  });

  it('apply only to the project and issue type they were added to', async () => {
    const { sandbox, typeId } = open();
    const otherType = sandbox.jira.store
      .issueTypes()
      .find((t) => t.id !== typeId && t.name === (sandbox.jira.store.docs.issueTypes.get(typeId)?.name === 'Task' ? 'Incident' : 'Task'));
    const created = await sandbox.jira.handle({
      method: 'POST',
      path: '/rest/api/3/issue',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { project: { key: 'ACME' }, issuetype: { id: otherType?.id }, summary: 'Another kind of issue' } }),
      caller: { kind: 'user', accountId: agent.accountId },
    });
    const other = z.object({ key: z.string() }).parse(created.body);
    verdict = () => Promise.resolve({ result: false, errorMessage: 'no' });
    expect((await transition(sandbox, other.key, resolve)).status).toBe(204);
    expect(calls).toHaveLength(0);
    sandbox.close();
  });

  it('are for company-managed workflows only, and the settings refuse anyone but an admin', () => {
    const { sandbox } = open();
    const field = sandbox.jira.store.project('FIELD');
    if (!field) throw new Error('The demo tenant has no FIELD project.');
    const fieldType = sandbox.jira.store.issueTypesOfProject(field)[0];
    expect(() => attachValidator(sandbox.jira.store, { projectId: field.id, issueTypeId: fieldType?.id ?? '', moduleKey: 'test-validator' })).toThrow(
      'team-managed',
    );
    expect(() =>
      sandbox.jira.workflows.attach(agent.accountId, {
        projectId: sandbox.jira.store.project('ACME')?.id ?? '',
        issueTypeId: '1',
        moduleKey: 'test-validator',
      }),
    ).toThrow('administrator');
    sandbox.close();
  });
});
