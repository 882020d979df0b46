import { DEMO_PROFILES } from '@brm/sandbox/seed/demo-portfolio';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { dataOf, errorOf, startSandbox } from '../harness';
import { callSurveyAdmin, fakeNow, setCustomerTier } from './survey-harness';

/**
 * A relationship campaign by tier: it surveys the key contacts the customer portfolio lists for
 * the customers of the tier when its job plans, so a customer moved into the tier after the
 * campaign was started but before the job planned is surveyed too; bad tiers are refused, naming
 * the field.
 */

jest.setTimeout(120_000);

let sandbox: Sandbox;
beforeAll(() => {
  fakeNow(new Date('2026-03-02T09:00:00Z'));
  sandbox = startSandbox();
});
afterAll(() => {
  sandbox.close();
  jest.useRealTimers();
});

const organizationId = (name: string): string => sandbox.jira.store.organizations().find((o) => o.name === name)?.id ?? '';
const accountIdOf = (name: string): string => sandbox.jira.store.users().find((u) => u.displayName === name)?.accountId ?? '';

const setupFor = (requestTypeId: string, changes: Record<string, unknown>) => ({
  name: 'Strategic accounts',
  questionnaireId: 'default',
  organizationsBy: 'tier',
  organizationIds: [],
  tiers: ['strategic'],
  audience: 'key-contacts',
  keyContacts: {},
  serviceDeskId: '1',
  requestTypeId,
  expiryDays: 14,
  reminderDays: 7,
  anonymous: false,
  ...changes,
});

it('sends to the key contacts of exactly the strategic customers, including one moved into the tier before the job planned', async () => {
  const requestType = dataOf(await callSurveyAdmin(sandbox, 'addSurveyRequestType', { serviceDeskId: '1' })).requestType;
  const strategic = DEMO_PROFILES.filter((p) => p.tier === 'strategic');
  const moved = DEMO_PROFILES.find((p) => p.tier === 'standard');
  if (!moved) throw new Error('The demo portfolio has no standard customer.');
  expect(strategic.length).toBeGreaterThan(1);

  const started = dataOf(await callSurveyAdmin(sandbox, 'startCampaign', { setup: setupFor(requestType.id, {}) })).campaign;
  expect(started).toMatchObject({ organizationsBy: 'tier', tiers: ['strategic'] });
  await setCustomerTier(sandbox, organizationId(moved.organization), 'strategic');
  await sandbox.settle();

  const campaign = dataOf(await callSurveyAdmin(sandbox, 'getCampaign', { id: started.id })).campaign;
  const surveyed = [...strategic, moved];
  expect(campaign.organizations.map((o) => o.name).sort()).toEqual(surveyed.map((p) => p.organization).sort());
  const expected = surveyed.flatMap((p) => p.contacts.map((c) => accountIdOf(c.name)));
  expect(expected.every((id) => id !== '')).toBe(true);
  const raised = sandbox.jira.store.docs.issues.filter((i) => i.summary.startsWith('Strategic accounts:')).map((i) => i.reporterId ?? '');
  expect(raised.sort()).toEqual([...expected].sort());
  expect(campaign).toMatchObject({ status: 'sent', contacts: expected.length });
  expect(campaign.organizations.reduce((n, o) => n + o.sent, 0)).toBe(expected.length);
});

it('refuses bad tiers, naming the field', async () => {
  const requestTypeId = dataOf(await callSurveyAdmin(sandbox, 'getCampaignOptions', {})).desks.find((d) => d.id === '1')?.surveyRequestTypeId ?? '';
  const refusal = async (changes: Record<string, unknown>) =>
    errorOf(await callSurveyAdmin(sandbox, 'startCampaign', { setup: setupFor(requestTypeId, changes) }));
  expect(await refusal({ tiers: ['gold'] })).toMatchObject({
    code: 'INVALID_INPUT',
    field: 'setup.tiers.0',
    message: 'setup.tiers.0: must be one of strategic, key, standard',
  });
  expect(await refusal({ tiers: [] })).toMatchObject({ code: 'INVALID_INPUT', field: 'setup.tiers', message: 'setup.tiers: must name at least one tier' });
  expect(await refusal({ tiers: ['key', 'key'] })).toMatchObject({ field: 'setup.tiers', message: 'setup.tiers: must name each tier once' });
  expect(await refusal({ organizationIds: [organizationId('Northwind Traders')] })).toMatchObject({
    field: 'setup.organizationIds',
    message: 'setup.organizationIds: must be empty when the organizations are chosen by tier',
  });
  expect(await refusal({ organizationsBy: 'size' })).toMatchObject({ field: 'setup.organizationsBy', message: 'setup.organizationsBy: must be name or tier' });
});

it('offers each organization with its tier and the key contacts the portfolio lists', async () => {
  const { organizations } = dataOf(await callSurveyAdmin(sandbox, 'getCampaignOptions', {}));
  const northwind = organizations.find((o) => o.name === 'Northwind Traders');
  expect(northwind).toMatchObject({ tier: 'strategic' });
  expect(northwind?.keyContacts.sort()).toEqual([accountIdOf('Nora Lindqvist'), accountIdOf('Omar Haddad')].sort());
});

it('by name, surveys the key contacts the portfolio lists together with those chosen, each once', async () => {
  const requestTypeId = dataOf(await callSurveyAdmin(sandbox, 'getCampaignOptions', {})).desks.find((d) => d.id === '1')?.surveyRequestTypeId ?? '';
  const litware = organizationId('Litware Health');
  const setup = setupFor(requestTypeId, {
    name: 'Litware pulse',
    organizationsBy: 'name',
    organizationIds: [litware],
    tiers: [],
    keyContacts: { [litware]: [accountIdOf('Putri Wulandari'), accountIdOf('Arjun Mehta')] },
  });
  const started = dataOf(await callSurveyAdmin(sandbox, 'startCampaign', { setup })).campaign;
  await sandbox.settle();
  const raised = sandbox.jira.store.docs.issues.filter((i) => i.summary.startsWith('Litware pulse:')).map((i) => i.reporterId ?? '');
  expect(raised.sort()).toEqual([accountIdOf('Arjun Mehta'), accountIdOf('Putri Wulandari')].sort());
  const campaign = dataOf(await callSurveyAdmin(sandbox, 'getCampaign', { id: started.id })).campaign;
  expect(campaign).toMatchObject({ organizationsBy: 'name', tiers: [], contacts: 2 });
});
