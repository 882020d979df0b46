import { KvsError, KvsErrorCode } from './kvs-error';
import type { Ttl } from './request-schemas';

/** Forge's documented limits for keys and values (KVS and Custom Entity Store limits pages). */
export const KVS_LIMITS = {
  keyLength: 500,
  /** 240 KiB per persisted value. */
  valueBytes: 240 * 1024,
  /** Maximum nesting of objects and arrays in a value. */
  valueDepth: 32,
  /** The longest TTL Forge accepts: one year. */
  ttlMillis: 365 * 24 * 60 * 60 * 1000,
  /** Operations in one transaction, and keys in one batch. */
  operationsPerRequest: 25,
  /** Default and largest page of a key or entity query. */
  defaultPageSize: 10,
  maxPageSize: 100,
  /** Range plus filter conditions in one entity query. */
  conditionsPerQuery: 100,
} as const;

/** Forge's key pattern: letters, digits, `:._-#` and whitespace, and not only whitespace. */
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s#-]+$/;

/** Entity names as the manifest schema allows them (`a-z0-9:-_.`, no leading `_.-`, no `..`, no trailing `.`). */
const ENTITY_NAME_PATTERN = /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/;

export function validateKey(key: string): void {
  if (key.length === 0) throw new KvsError(400, KvsErrorCode.emptyKey, 'Key cannot be empty.');
  if (key.length > KVS_LIMITS.keyLength) {
    throw new KvsError(400, KvsErrorCode.keyTooLong, `The provided key has exceeded the maximum ${KVS_LIMITS.keyLength} characters.`);
  }
  if (!KEY_PATTERN.test(key)) {
    throw new KvsError(400, KvsErrorCode.invalidKey, `The provided key '${key}' does not match the regex: ${KEY_PATTERN.source}`);
  }
}

export function validateEntityName(entityName: string): void {
  if (entityName.length < 3) {
    throw new KvsError(400, KvsErrorCode.entityTypeTooShort, `The entity name '${entityName}' is shorter than 3 characters.`);
  }
  if (entityName.length > 60) {
    throw new KvsError(400, KvsErrorCode.entityTypeTooLarge, 'The entity name has exceeded the maximum 60 characters.');
  }
  if (!ENTITY_NAME_PATTERN.test(entityName)) {
    throw new KvsError(400, KvsErrorCode.invalidEntityType, `The entity name '${entityName}' does not match the regex: ${ENTITY_NAME_PATTERN.source}`);
  }
}

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + value.reduce<number>((deepest, item) => Math.max(deepest, depthOf(item)), 0);
  if (typeof value === 'object' && value !== null) {
    return 1 + Object.values(value).reduce<number>((deepest, item) => Math.max(deepest, depthOf(item)), 0);
  }
  return 0;
}

/**
 * Checks a value to store: present, not null (Forge stores arrays, booleans, numbers, objects and
 * strings), no deeper than the depth limit and no larger than the size limit once serialised.
 */
export function validateValue(value: unknown): void {
  if (value === undefined) throw KvsError.badRequest('Provided request body is invalid: value is required.');
  if (value === null) throw KvsError.badRequest('Provided request body is invalid: value must be an array, boolean, number, object or string, not null.');
  if (depthOf(value) > KVS_LIMITS.valueDepth) {
    throw new KvsError(400, KvsErrorCode.maxDepth, `The provided value has exceeded the maximum object depth (${KVS_LIMITS.valueDepth}) limit.`);
  }
  if (Buffer.byteLength(JSON.stringify(value), 'utf8') > KVS_LIMITS.valueBytes) {
    throw new KvsError(400, KvsErrorCode.maxSize, `The provided value has exceeded the maximum size limit (${KVS_LIMITS.valueBytes} bytes).`);
  }
}

const TTL_UNIT_MILLIS: Record<Ttl['unit'], number> = {
  SECONDS: 1000,
  MINUTES: 60 * 1000,
  HOURS: 60 * 60 * 1000,
  DAYS: 24 * 60 * 60 * 1000,
};

/** The expiry instant (epoch ms) of a value written at `nowMillis` with `ttl`, or undefined without one. */
export function expiryOf(ttl: Ttl | undefined, nowMillis: number): number | undefined {
  if (!ttl) return undefined;
  const millis = ttl.value * TTL_UNIT_MILLIS[ttl.unit];
  if (millis > KVS_LIMITS.ttlMillis) {
    throw KvsError.badRequest(`Provided request body is invalid: the TTL of ${ttl.value} ${ttl.unit} exceeds the maximum of 1 year.`);
  }
  return nowMillis + millis;
}

/** Validates a page size, defaulting it; `code` is the error a query of that kind answers with. */
export function pageSize(limit: number | undefined, code: typeof KvsErrorCode.pageLimitNotInRange | typeof KvsErrorCode.badRequest): number {
  if (limit === undefined) return KVS_LIMITS.defaultPageSize;
  if (limit < 1 || limit > KVS_LIMITS.maxPageSize) {
    throw new KvsError(400, code, `The page limit must be set between 1 and ${KVS_LIMITS.maxPageSize} (got ${limit}).`);
  }
  return limit;
}
