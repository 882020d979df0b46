import { createHash } from 'node:crypto';

/**
 * Portal-only accounts get `qm:` ids, as JSM gives customers. The id is derived from the email,
 * so the same customer gets the same id whether the seeder or `POST customer` creates them.
 */
export function customerAccountId(email: string): string {
  const hex = createHash('sha256').update(email.toLowerCase()).digest('hex');
  return `qm:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}:${hex.slice(32, 56)}`;
}
