import fc from 'fast-check';
import { campaignSetup } from '#surveys/admin-contract';
import {
  campaignPlan,
  chooseDesk,
  newCampaignDraft,
  quarterOf,
  setupOf,
  organizationsInTiers,
  toggleContact,
  toggleOrganization,
  toggleTier,
  type CampaignDraft,
  type OrganizationChoice,
} from '../../../../../../static/app/src/admin-page/surveys/campaigns/campaign-draft';

const ready = (change: Partial<CampaignDraft> = {}): CampaignDraft => ({
  ...newCampaignDraft('Relationship survey 2026 Q2', 'default'),
  organizationIds: ['10', '11'],
  keyContacts: { '10': ['acc-a'], '11': ['acc-b', 'acc-c'] },
  serviceDeskId: '1',
  requestTypeId: '7',
  ...change,
});

describe('a campaign draft', () => {
  it('suggests the quarter it runs in, in UTC (the viewer’s language writes it)', () => {
    expect(quarterOf(new Date('2026-03-31T23:59:59Z'))).toEqual({ year: '2026', quarter: '1' });
    expect(quarterOf(new Date('2026-04-01T00:00:00Z'))).toEqual({ year: '2026', quarter: '2' });
    expect(quarterOf(new Date('2026-12-31T12:00:00Z'))).toEqual({ year: '2026', quarter: '4' });
  });

  it('becomes a setup the backend’s schema accepts', () => {
    const parsed = setupOf(ready());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(campaignSetup.safeParse(parsed.setup).success).toBe(true);
    expect(parsed.setup).toMatchObject({ expiryDays: 14, reminderDays: 7, keyContacts: { '10': ['acc-a'], '11': ['acc-b', 'acc-c'] } });
  });

  it('names the number fields that are not whole numbers, and takes an empty reminder as none', () => {
    expect(setupOf(ready({ expiryDays: '', reminderDays: '2.5' }))).toEqual({ ok: false, fields: ['expiryDays', 'reminderDays'] });
    expect(setupOf(ready({ expiryDays: 'ten' }))).toEqual({ ok: false, fields: ['expiryDays'] });
    const none = setupOf(ready({ reminderDays: ' ' }));
    expect(none.ok && none.setup.reminderDays).toBeNull();
  });

  it('sends no key contacts when it goes to all customers, and none of an organization unticked', () => {
    const all = setupOf(ready({ audience: 'all-customers' }));
    expect(all.ok && all.setup.keyContacts).toEqual({});
    const unticked = toggleOrganization(ready(), '11', false);
    expect(unticked.organizationIds).toEqual(['10']);
    const parsed = setupOf(unticked);
    expect(parsed.ok && parsed.setup.keyContacts).toEqual({ '10': ['acc-a'] });
  });

  it('ticks an organization and a contact once however often they are ticked', () => {
    const twice = toggleOrganization(toggleOrganization(ready({ organizationIds: [] }), '12', true), '12', true);
    expect(twice.organizationIds).toEqual(['12']);
    const contact = toggleContact(toggleContact(twice, '12', 'acc-d', true), '12', 'acc-d', true);
    expect(contact.keyContacts['12']).toEqual(['acc-d']);
    expect(toggleContact(contact, '12', 'acc-d', false).keyContacts['12']).toEqual([]);
  });

  it('picks the desk’s survey request type, or none to choose', () => {
    expect(chooseDesk(ready(), '2', '40')).toMatchObject({ serviceDeskId: '2', requestTypeId: '40' });
    expect(chooseDesk(ready(), '3', null)).toMatchObject({ serviceDeskId: '3', requestTypeId: '' });
  });

  it('plans each contact once, counts only loaded organizations and says how many are still loading', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('1', '2', '3', '4'), { minLength: 1 }),
        fc.dictionary(fc.constantFrom('1', '2', '3', '4'), fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'))),
        fc.constantFrom('key-contacts' as const, 'all-customers' as const),
        (organizationIds, loaded, audience) => {
          const members = new Map(Object.entries(loaded));
          const draft = ready({ organizationIds, audience, keyContacts: Object.fromEntries(organizationIds.map((id) => [id, ['a', 'b']])) });
          const plan = campaignPlan(draft, [], members);
          const people = new Set(
            organizationIds
              .filter((id) => members.has(id))
              .flatMap((id) => (members.get(id) ?? []).filter((p) => audience === 'all-customers' || p === 'a' || p === 'b')),
          );
          expect(plan).toEqual({
            contacts: people.size,
            organizations: organizationIds.length,
            pending: organizationIds.filter((id) => !members.has(id)).length,
          });
        },
      ),
    );
  });

  const organizations: OrganizationChoice[] = [
    { id: '10', name: 'Northwind', tier: 'strategic', keyContacts: ['acc-a'] },
    { id: '11', name: 'Fabrikam', tier: 'key', keyContacts: [] },
    { id: '12', name: 'Woodgrove', tier: 'strategic', keyContacts: ['acc-d'] },
    { id: '13', name: 'Litware', tier: null, keyContacts: [] },
  ];

  it('keeps the ticked tiers in the portfolio’s order and lists the customers in them now', () => {
    const draft = toggleTier(toggleTier(ready({ organizationsBy: 'tier' }), 'key', true), 'strategic', true);
    expect(draft.tiers).toEqual(['strategic', 'key']);
    expect(organizationsInTiers(organizations, draft.tiers).map((o) => o.name)).toEqual(['Northwind', 'Woodgrove', 'Fabrikam']);
    expect(toggleTier(draft, 'strategic', false).tiers).toEqual(['key']);
    expect(campaignPlan(toggleTier(draft, 'key', false), organizations, new Map())).toEqual({ contacts: 0, organizations: 2, pending: 0 });
  });

  it('by tier, becomes a setup with the tiers and no organizations or chosen contacts', () => {
    const parsed = setupOf(ready({ organizationsBy: 'tier', tiers: ['strategic'] }));
    if (!parsed.ok) throw new Error('expected a setup');
    expect(parsed.setup).toMatchObject({ organizationsBy: 'tier', tiers: ['strategic'], organizationIds: [], keyContacts: {} });
    expect(campaignSetup.safeParse(parsed.setup).success).toBe(true);
  });

  it('counts the portfolio’s key contacts with those ticked, each once', () => {
    const members = new Map([
      ['10', ['acc-a', 'acc-b']],
      ['11', ['acc-b', 'acc-c']],
    ]);
    const draft = ready({ keyContacts: { '10': ['acc-a'], '11': [] } });
    expect(campaignPlan(draft, organizations, members)).toEqual({ contacts: 1, organizations: 2, pending: 0 });
    expect(campaignPlan(toggleContact(draft, '11', 'acc-b', true), organizations, members).contacts).toBe(2);
  });
});
