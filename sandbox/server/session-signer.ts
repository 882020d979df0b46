import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { SandboxDatabase } from '../store/database';

/**
 * Signs the session cookie: `<accountId>.<HMAC-SHA256 of the account id>` (base64url), with a
 * secret made once per data folder and kept in its SQLite file (a throwaway in-memory sandbox gets
 * a fresh one). A cookie that is unsigned, tampered with or signed by another data folder names
 * nobody, so no page of another site and no hand-written cookie can act as a user.
 */
export class SessionSigner {
  constructor(private readonly secret: Buffer) {}

  /** The signer of a data folder's sandbox, making its secret on first use. */
  static forDatabase(db: SandboxDatabase): SessionSigner {
    db.exec('CREATE TABLE IF NOT EXISTS server_secret (name TEXT PRIMARY KEY, value BLOB NOT NULL)');
    db.prepare("INSERT OR IGNORE INTO server_secret (name, value) VALUES ('session', ?)").run(randomBytes(32));
    const row = z.object({ value: z.instanceof(Buffer) }).parse(db.prepare("SELECT value FROM server_secret WHERE name = 'session'").get());
    return new SessionSigner(row.value);
  }

  sign(accountId: string): string {
    return `${accountId}.${this.mac(accountId)}`;
  }

  /** The account id a signed value names, or undefined when the value is not one this signer made. */
  verify(value: string): string | undefined {
    const dot = value.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const accountId = value.slice(0, dot);
    const given = Buffer.from(value.slice(dot + 1));
    const expected = Buffer.from(this.mac(accountId));
    return given.length === expected.length && timingSafeEqual(given, expected) ? accountId : undefined;
  }

  private mac(accountId: string): string {
    return createHmac('sha256', this.secret).update(accountId).digest('base64url');
  }
}
