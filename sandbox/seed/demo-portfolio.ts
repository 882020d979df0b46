import type { Organization } from '../jira/model';
import type { KvsEmulator } from '../kvs/kvs-emulator';
import { DEMO_ADMIN_EMAIL, DEMO_AGENT2_EMAIL, DEMO_AGENT_EMAIL, DEMO_USERS, demoUser, type DEMO_ORGANIZATIONS } from './demo-users';

/**
 * The demo customers' profiles, as the app keeps them in its KVS custom entities
 * (`customer-profile`, `customer-agreement`, `customer-lifecycle`, `customer-change`; manifest.yml
 * declares them). Written through the KVS emulator's own protocol, as a site whose admin imported
 * the portfolio would hold them. Dates are relative to the seed's `now`: one customer was lost last
 * quarter, one won this quarter, and one agreement ends within 30 days (that customer is at risk).
 */

type OrgName = (typeof DEMO_ORGANIZATIONS)[number];

interface DemoAgreement {
  agreementType: 'sla' | 'contract' | 'ola' | 'other';
  name: string;
  reference: string;
  start: (today: string) => string;
  end: (today: string) => string;
}

interface DemoProfile {
  organization: OrgName;
  owner: string;
  tier: 'strategic' | 'key' | 'standard';
  industry: string;
  contacts: { name: string; role: string }[];
  /** The lifecycle changes, oldest first. */
  lifecycle: { state: 'prospect' | 'active' | 'lost'; date: (today: string) => string }[];
  agreements: DemoAgreement[];
}

const day = (date: Date): string => date.toISOString().slice(0, 10);
const plusDays = (date: string, days: number): string => day(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));
const quarterStart = (date: string): string => `${date.slice(0, 4)}-${String(Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
const fixed = (date: string) => () => date;
/** A day this quarter, not after today. */
const thisQuarter = (today: string): string => {
  const start = quarterStart(today);
  const candidate = plusDays(start, 9);
  return candidate <= today ? candidate : start;
};
/** A day in the middle of last quarter. */
const lastQuarter = (today: string): string => plusDays(quarterStart(plusDays(quarterStart(today), -1)), 40);

export const DEMO_PROFILES: readonly DemoProfile[] = [
  {
    organization: 'Northwind Traders',
    owner: DEMO_AGENT_EMAIL,
    tier: 'strategic',
    industry: 'Retail',
    contacts: [
      { name: 'Nora Lindqvist', role: 'Head of IT' },
      { name: 'Omar Haddad', role: 'Procurement' },
    ],
    lifecycle: [{ state: 'active', date: fixed('2023-03-01') }],
    agreements: [
      {
        agreementType: 'contract',
        name: 'Master services agreement',
        reference: 'https://contracts.brm-demo.example/northwind/msa',
        start: fixed('2024-01-01'),
        end: fixed('2028-12-31'),
      },
      {
        agreementType: 'sla',
        name: 'Managed service desk SLA',
        reference: 'https://contracts.brm-demo.example/northwind/sla',
        start: fixed('2025-01-01'),
        end: (t) => plusDays(t, 400),
      },
    ],
  },
  {
    organization: 'Contoso Pharmaceuticals',
    owner: DEMO_AGENT_EMAIL,
    tier: 'strategic',
    industry: 'Pharmaceuticals',
    contacts: [{ name: 'Lena Fischer', role: 'Quality assurance lead' }],
    lifecycle: [{ state: 'active', date: fixed('2022-06-01') }],
    agreements: [
      {
        agreementType: 'sla',
        name: 'Validated systems SLA',
        reference: 'https://contracts.brm-demo.example/contoso/gxp-sla',
        start: fixed('2024-07-01'),
        end: (t) => plusDays(t, 20),
      },
      { agreementType: 'ola', name: 'Lab network OLA', reference: '', start: fixed('2024-07-01'), end: (t) => plusDays(t, 75) },
    ],
  },
  {
    organization: 'Fabrikam Logistics',
    owner: DEMO_AGENT2_EMAIL,
    tier: 'key',
    industry: 'Logistics',
    contacts: [{ name: 'Hannah Okafor', role: 'Operations manager' }],
    lifecycle: [
      { state: 'prospect', date: (t) => plusDays(quarterStart(t), -120) },
      { state: 'active', date: thisQuarter },
    ],
    agreements: [
      {
        agreementType: 'contract',
        name: 'Freight portal support',
        reference: 'https://contracts.brm-demo.example/fabrikam',
        start: thisQuarter,
        end: (t) => plusDays(t, 700),
      },
    ],
  },
  {
    organization: 'Tailspin Airlines',
    owner: DEMO_AGENT_EMAIL,
    tier: 'key',
    industry: 'Aviation',
    contacts: [{ name: 'Grace Mensah', role: 'CIO' }],
    lifecycle: [
      { state: 'active', date: fixed('2021-09-01') },
      { state: 'lost', date: lastQuarter },
    ],
    agreements: [{ agreementType: 'sla', name: 'Crew systems SLA', reference: '', start: fixed('2021-09-01'), end: lastQuarter }],
  },
  {
    organization: 'Woodgrove Bank',
    owner: DEMO_AGENT2_EMAIL,
    tier: 'strategic',
    industry: 'Banking',
    contacts: [
      { name: 'Elif Demir', role: 'Service owner' },
      { name: 'Claire Dubois', role: 'Risk and compliance' },
    ],
    lifecycle: [{ state: 'active', date: fixed('2020-02-01') }],
    agreements: [
      {
        agreementType: 'sla',
        name: 'Branch IT SLA',
        reference: 'https://contracts.brm-demo.example/woodgrove',
        start: fixed('2025-04-01'),
        end: (t) => plusDays(t, 250),
      },
    ],
  },
  {
    organization: 'Litware Health',
    owner: DEMO_ADMIN_EMAIL,
    tier: 'standard',
    industry: 'Healthcare',
    contacts: [{ name: 'Arjun Mehta', role: 'Practice manager' }],
    lifecycle: [{ state: 'prospect', date: (t) => plusDays(t, -60) }],
    agreements: [],
  },
];

function put(kvs: KvsEmulator, entityName: string, key: string, value: unknown): void {
  const answer = kvs.handle('entity/set', { entityName, key, value });
  if (answer.status >= 300) throw new Error(`Seeding ${entityName} ${key} failed: ${JSON.stringify(answer.body)}`);
}

const versionKey = (id: string, version: number): string => `${id}:${String(version).padStart(8, '0')}`;

/** Writes the demo profiles of the organizations the seeder created. Deterministic for a given `now`. */
export function seedDemoPortfolio(kvs: KvsEmulator, organizations: readonly Organization[], now: Date): number {
  const today = day(now);
  const at = now.toISOString();
  const admin = demoUser(DEMO_ADMIN_EMAIL).accountId;
  let seeded = 0;
  for (const demo of DEMO_PROFILES) {
    const organization = organizations.find((o) => o.name === demo.organization);
    if (!organization) continue;
    const id = organization.id;
    const history = demo.lifecycle.map((c) => ({ state: c.state, date: c.date(today), at, by: admin }));
    const last = history[history.length - 1];
    const contacts = demo.contacts.flatMap((c) => {
      const user = DEMO_USERS.find((u) => u.displayName === c.name);
      return user ? [{ accountId: user.accountId, role: c.role }] : [];
    });
    // One change per lifecycle step and agreement would be as good; the import wrote each customer in one.
    const version = 1;
    put(kvs, 'customer-profile', id, {
      name: organization.name,
      sortName: organization.name.toLowerCase(),
      ownerAccountId: demoUser(demo.owner).accountId,
      tier: demo.tier,
      industry: demo.industry,
      keyContacts: contacts,
      enrolledServiceIds: [],
      ...(last ? { lifecycle: last.state, lifecycleSince: last.date } : {}),
      lifecycleHistory: history,
      version,
      createdAt: at,
      updatedAt: at,
      updatedBy: admin,
    });
    history.forEach((change, i) => {
      put(kvs, 'customer-lifecycle', versionKey(id, i + 1), {
        organizationId: id,
        state: change.state,
        previous: history[i - 1]?.state ?? 'none',
        date: change.date,
        at,
        by: admin,
      });
    });
    demo.agreements.forEach((a, i) => {
      const agreementId = `demo-${id}-${i + 1}`;
      put(kvs, 'customer-agreement', `${id}:${agreementId}`, {
        organizationId: id,
        agreementId,
        agreementType: a.agreementType,
        name: a.name,
        reference: a.reference,
        startDate: a.start(today),
        endDate: a.end(today),
        serviceIds: [],
        updatedAt: at,
      });
    });
    put(kvs, 'customer-change', versionKey(id, version), {
      organizationId: id,
      at,
      by: admin,
      source: 'import',
      changes: [
        { field: 'profile', from: null, to: organization.name },
        { field: 'owner', from: null, to: demoUser(demo.owner).displayName },
        { field: 'tier', from: null, to: demo.tier },
        ...history.map((c, i) => ({ field: 'lifecycle', from: history[i - 1]?.state ?? null, to: c.state, subject: c.date })),
        ...demo.agreements.map((a) => ({
          field: 'agreement',
          from: null,
          to: `${a.agreementType.toUpperCase()} ${a.name}, ${a.start(today)} to ${a.end(today)}`,
          subject: a.name,
        })),
      ],
    });
    seeded++;
  }
  return seeded;
}
