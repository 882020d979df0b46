import type { StoredItem } from './item-store';
import type { MetadataField } from './request-schemas';

/** An item as the KVS answers it: key, value and the metadata the request asked for. */
export interface ItemBody {
  key: string;
  value: unknown;
  entityName?: string;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

/**
 * Shapes a stored item for a response. `createdAt`/`updatedAt` are epoch milliseconds and
 * `expireTime` an ISO-8601 instant, each present only when asked for (and `expireTime` only when the
 * item has a TTL), as Forge answers them.
 */
export function itemBody(item: StoredItem, fields: readonly MetadataField[] | undefined, entityName?: string): ItemBody {
  const body: ItemBody = { key: item.key, value: item.value };
  if (entityName !== undefined) body.entityName = entityName;
  if (fields?.includes('CREATED_AT')) body.createdAt = item.createdAt;
  if (fields?.includes('UPDATED_AT')) body.updatedAt = item.updatedAt;
  if (fields?.includes('EXPIRE_TIME') && item.expiresAt !== undefined) body.expireTime = new Date(item.expiresAt).toISOString();
  return body;
}
