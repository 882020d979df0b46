import type { UserKind } from '../jira/model';
import { customerAccountId } from '../jira/accounts';

/** One account of the demo tenant. Staff have no organization; customers belong to exactly one. */
export interface DemoUser {
  accountId: string;
  email: string;
  displayName: string;
  kind: UserKind;
  organization: string | null;
  /** The user's language in Jira (`de_DE`), which Forge passes to the app as the context's locale. */
  locale: string;
}

/** The demo tenant's customers (JSM organizations), in the order the seeder creates them. */
export const DEMO_ORGANIZATIONS = [
  'Northwind Traders',
  'Contoso Pharmaceuticals',
  'Fabrikam Logistics',
  'Tailspin Airlines',
  'Woodgrove Bank',
  'Litware Health',
] as const;

/** Organizations that also use the Field Services desk. */
export const FIELD_ORGANIZATIONS: readonly string[] = ['Northwind Traders', 'Woodgrove Bank'];

const staff = (n: number, email: string, displayName: string, kind: UserKind, locale = 'en_US'): DemoUser => ({
  accountId: `712020:5eed0000-0000-4000-8000-00000000000${n}`,
  email,
  displayName,
  kind,
  organization: null,
  locale,
});

const customer = (displayName: string, domain: string, organization: string, locale = 'en_US'): DemoUser => {
  const email = `${displayName.toLowerCase().replace(/\s+/g, '.')}@${domain}`;
  return { accountId: customerAccountId(email), email, displayName, kind: 'customer', organization, locale };
};

/** Every account of the demo tenant: the README, the server's user switcher and tests use this list. */
export const DEMO_USERS: readonly DemoUser[] = [
  staff(1, 'admin@brm-demo.example', 'Ada Admin', 'admin'),
  staff(2, 'agent@brm-demo.example', 'Sam Agent', 'agent'),
  staff(3, 'agent2@brm-demo.example', 'Kim Agent', 'agent'),
  customer('Nora Lindqvist', 'northwind-traders.example', 'Northwind Traders'),
  customer('Omar Haddad', 'northwind-traders.example', 'Northwind Traders'),
  customer('Priya Raman', 'northwind-traders.example', 'Northwind Traders'),
  customer('Lena Fischer', 'contoso-pharma.example', 'Contoso Pharmaceuticals', 'de_DE'),
  customer('Marco Bellini', 'contoso-pharma.example', 'Contoso Pharmaceuticals'),
  customer('Hannah Okafor', 'fabrikam-logistics.example', 'Fabrikam Logistics'),
  customer('Diego Alvarez', 'fabrikam-logistics.example', 'Fabrikam Logistics', 'es_ES'),
  customer('Wei Zhang', 'fabrikam-logistics.example', 'Fabrikam Logistics', 'zh_CN'),
  customer('Grace Mensah', 'tailspin-airlines.example', 'Tailspin Airlines'),
  customer('Tomasz Nowak', 'tailspin-airlines.example', 'Tailspin Airlines'),
  customer('Elif Demir', 'woodgrove-bank.example', 'Woodgrove Bank'),
  customer('Samuel Osei', 'woodgrove-bank.example', 'Woodgrove Bank'),
  customer('Claire Dubois', 'woodgrove-bank.example', 'Woodgrove Bank'),
  customer('Arjun Mehta', 'litware-health.example', 'Litware Health'),
  customer('Putri Wulandari', 'litware-health.example', 'Litware Health', 'in_ID'),
];

/** The demo account with this email; throws for an unknown one (a typo in a test or page). */
export function demoUser(email: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.email === email);
  if (!user) throw new Error(`No demo user has the email ${email}.`);
  return user;
}

export const DEMO_ADMIN_EMAIL = 'admin@brm-demo.example';
export const DEMO_AGENT_EMAIL = 'agent@brm-demo.example';
export const DEMO_AGENT2_EMAIL = 'agent2@brm-demo.example';
