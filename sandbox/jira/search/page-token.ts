import { badRequest } from '../rest-error';

/** A short stable hash of the query, so a token cannot be replayed against another query. */
function queryHash(jql: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < jql.length; i++) {
    hash ^= jql.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The opaque `nextPageToken` of `search/jql`: where the next page starts, for this query. */
export function encodePageToken(jql: string, offset: number): string {
  return Buffer.from(`${offset}:${queryHash(jql)}`, 'utf8').toString('base64url');
}

export function decodePageToken(jql: string, token: string | null | undefined): number {
  if (token === null || token === undefined || token === '') return 0;
  const [offset, hash] = Buffer.from(token, 'base64url').toString('utf8').split(':');
  const start = Number(offset);
  if (!Number.isInteger(start) || start < 0 || hash !== queryHash(jql)) throw badRequest('The provided next page token is invalid or expired.');
  return start;
}
