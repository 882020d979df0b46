import { createHash } from 'node:crypto';
import type { KvsEmulator } from '../kvs/kvs-emulator';
import { DEMO_ADMIN_EMAIL, DEMO_AGENT2_EMAIL, DEMO_AGENT_EMAIL, demoUser } from './demo-users';

/**
 * The app's service catalogue in the demo tenant: what the Service field of ACME's tickets names.
 * It lives in the app's KVS as the app keeps it (src/platform/kvs/service-store.ts): entity `service`
 * keyed by service id `{ name, description, status, ownerAccountId, updatedAt }`, and entity
 * `service-name` keyed by the SHA-256 of the name as it compares (trimmed, spaces collapsed, lower
 * case) `{ serviceId }`. The integration test test/integration/demo-brm-setup.test.ts reads it back
 * through the app.
 */

export interface DemoService {
  /** Fixed ids, so the tenant is the same on every machine (the app's own are random UUIDs). */
  id: string;
  name: string;
  description: string;
  ownerEmail: string;
}

const serviceId = (n: number): string => `5eed5e7c-0000-4000-8000-00000000000${n}`;

export const DEMO_SERVICES = [
  { id: serviceId(1), name: 'Email and collaboration', description: 'Mail, calendars, chat and video calls.', ownerEmail: DEMO_AGENT_EMAIL },
  { id: serviceId(2), name: 'Network and VPN', description: 'Office networks, Wi-Fi and remote access.', ownerEmail: DEMO_AGENT2_EMAIL },
  { id: serviceId(3), name: 'Workplace devices', description: 'Laptops, monitors, printers, phones and peripherals.', ownerEmail: DEMO_AGENT_EMAIL },
  {
    id: serviceId(4),
    name: 'Business applications',
    description: 'CRM, finance, payroll, ordering and reporting applications.',
    ownerEmail: DEMO_AGENT2_EMAIL,
  },
  { id: serviceId(5), name: 'Identity and access', description: 'Accounts, sign-in, MFA and access rights.', ownerEmail: DEMO_ADMIN_EMAIL },
] as const satisfies readonly DemoService[];

export type DemoServiceName = (typeof DEMO_SERVICES)[number]['name'];

export function demoService(name: DemoServiceName): DemoService {
  const service = DEMO_SERVICES.find((s) => s.name === name);
  if (!service) throw new Error(`No demo service is named ${name}.`);
  return service;
}

/** The key of a service name's claim: the app hashes the name as it compares. */
export const serviceNameClaimKey = (name: string): string =>
  createHash('sha256').update(name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en')).digest('hex');

/**
 * Writes the catalogue into the KVS emulator in one transaction, as the app's admin page would have
 * saved it `since`. Writing it again writes the same values.
 */
export function seedServiceCatalogue(kvs: KvsEmulator, since: Date): void {
  const set = DEMO_SERVICES.flatMap((service) => [
    {
      key: service.id,
      entityName: 'service',
      value: {
        name: service.name,
        description: service.description,
        status: 'active',
        ownerAccountId: demoUser(service.ownerEmail).accountId,
        updatedAt: since.toISOString(),
      },
    },
    { key: serviceNameClaimKey(service.name), entityName: 'service-name', value: { serviceId: service.id } },
  ]);
  const answer = kvs.handle('transaction', { set });
  if (answer.status !== 204) throw new Error(`The KVS refused the demo service catalogue (${answer.status}): ${JSON.stringify(answer.body)}`);
}
