import type { ProductResponse } from '../runtime/product-types';

/**
 * The error codes the KVS emulator answers with. Where Forge documents a code (the KVS and Custom
 * Entity Store error pages, the REST API's OpenAPI, the `@forge/kvs` package itself) the emulator
 * uses that code; the rest are marked as the emulator's own.
 */
export const KvsErrorCode = {
  /** 404 on get/secret get/entity get: `@forge/kvs` turns it into `undefined`. */
  keyNotFound: 'KEY_NOT_FOUND',
  /** 409 on set with `keyPolicy: 'FAIL_IF_EXISTS'` when the key holds a live value. */
  keyConflict: 'KEY_CONFLICT',
  /** 400 when `returnValue`/`returnMetadataFields` are combined with a policy that forbids them. */
  invalidKeyPolicyReturnValue: 'INVALID_KEY_POLICY_RETURN_VALUE_COMBINATION',
  emptyKey: 'EMPTY_KEY',
  keyTooLong: 'KEY_TOO_LONG',
  invalidKey: 'INVALID_KEY',
  maxSize: 'MAX_SIZE',
  maxDepth: 'MAX_DEPTH',
  entityTypeTooShort: 'ENTITY_TYPE_TOO_SHORT',
  entityTypeTooLarge: 'ENTITY_TYPE_TOO_LARGE',
  /** 400 for a malformed entity name, and for one manifest.yml does not declare. */
  invalidEntityType: 'INVALID_ENTITY_TYPE',
  /** 400 when an entity value does not fit the attributes manifest.yml declares. */
  invalidEntityValue: 'INVALID_ENTITY_VALUE',
  /** 400 when a query names an index the entity does not declare. */
  invalidEntityIndex: 'INVALID_ENTITY_INDEX',
  pageLimitNotInRange: 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
  emptyFilterOperator: 'EMPTY_FILTER_OPERATOR',
  invalidFilterOperatorsCombination: 'INVALID_FILTER_OPERATORS_COMBINATION',
  insufficientFilterValues: 'INSUFFICIENT_FILTER_VALUES',
  invalidTransactionRequest: 'INVALID_TRANSACTION_REQUEST',
  /** 400 when a transaction's condition or check does not hold; nothing in the transaction is written. */
  conditionalCheckFailed: 'CONDITIONAL_CHECK_FAILED',
  /** 400 for a body that does not have the shape the operation takes. */
  badRequest: 'BAD_REQUEST',
  /** The emulator's own: a cursor it did not issue, or one from another index. */
  invalidCursor: 'INVALID_CURSOR',
  /** The emulator's own: a path under `/api/v1/` that the KVS has no operation for. */
  unsupportedOperation: 'UNSUPPORTED_OPERATION',
  internalServerError: 'INTERNAL_SERVER_ERROR',
} as const;

export type KvsErrorCodeValue = (typeof KvsErrorCode)[keyof typeof KvsErrorCode];

/** A refusal the KVS answers with: an HTTP status and Forge's `{ code, message }` body. */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: KvsErrorCodeValue,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
  }

  static badRequest(message: string): KvsError {
    return new KvsError(400, KvsErrorCode.badRequest, message);
  }

  toResponse(): ProductResponse {
    return { status: this.status, body: { code: this.code, message: this.message } };
  }
}
