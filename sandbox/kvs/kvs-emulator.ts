import type { KvsBackend, ProductResponse } from '../runtime/product-types';
import type { SandboxDatabase } from '../store/database';
import { runBatchDelete, runBatchGet, runBatchSet } from './batch';
import { EntityCatalog, type ManifestEntity } from './entity-schema';
import { runEntityQuery } from './entity-query';
import { KvsItemStore, plainKeys, secretKeys, type KeySpace } from './item-store';
import { runKeyQuery } from './key-query';
import { KvsError, KvsErrorCode } from './kvs-error';
import { itemBody } from './metadata';
import {
  batchDeleteRequestSchema,
  batchGetRequestSchema,
  batchSetRequestSchema,
  deleteRequestSchema,
  entityDeleteRequestSchema,
  entityGetRequestSchema,
  entityQueryRequestSchema,
  entitySetRequestSchema,
  getRequestSchema,
  parseBody,
  queryRequestSchema,
  setRequestSchema,
  transactionRequestSchema,
  type MetadataField,
  type SetOptions,
} from './request-schemas';
import { checkValue, targetOf, type Target } from './targets';
import { runTransaction } from './transaction';
import { expiryOf, validateKey } from './validation';

export interface KvsEmulatorOptions {
  /** The clock TTLs and timestamps follow (tests inject a fixed one). */
  now?: () => Date;
  /** The app's custom entities, in manifest.yml's form (`app.storage.entities`); none when absent. */
  entities?: readonly ManifestEntity[];
}

type Operation = (body: unknown) => ProductResponse;

const noContent: ProductResponse = { status: 204 };
const ok = (body: unknown): ProductResponse => ({ status: 200, body });

/**
 * The sandbox's Forge KVS and Custom Entity Store. It answers `POST /api/v1/<operation>` exactly
 * as `@forge/kvs` expects: the same request bodies, the same response bodies, and errors as
 * `{ code, message }` with Forge's status codes (a missing key on get is a 404 `KEY_NOT_FOUND`,
 * which the package turns into `undefined`). Data lives in the sandbox's SQLite database, so an
 * acknowledged write survives a restart.
 *
 * Differences from Forge worth knowing: expired values disappear at once (Forge may still return
 * them for up to 48 hours), queries are strongly consistent (Forge's are eventually consistent),
 * and filtered entity queries return full pages.
 */
export class KvsEmulator implements KvsBackend {
  readonly entities: EntityCatalog;
  private readonly store: KvsItemStore;
  private readonly now: () => Date;
  private readonly operations: ReadonlyMap<string, Operation>;

  constructor(db: SandboxDatabase, options: KvsEmulatorOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.entities = new EntityCatalog(options.entities ?? []);
    this.store = new KvsItemStore(db, () => this.nowMillis());
    this.operations = new Map<string, Operation>([
      ['get', (body) => this.get(parseBody(getRequestSchema, body, 'get'), plainKeys)],
      ['set', (body) => this.set(parseBody(setRequestSchema, body, 'set'), undefined, false)],
      ['delete', (body) => this.delete(parseBody(deleteRequestSchema, body, 'delete').key, undefined, false)],
      ['secret/get', (body) => this.get(parseBody(getRequestSchema, body, 'secret/get'), secretKeys)],
      ['secret/set', (body) => this.set(parseBody(setRequestSchema, body, 'secret/set'), undefined, true)],
      ['secret/delete', (body) => this.delete(parseBody(deleteRequestSchema, body, 'secret/delete').key, undefined, true)],
      ['entity/get', (body) => this.entityGet(parseBody(entityGetRequestSchema, body, 'entity/get'))],
      [
        'entity/set',
        (body) => {
          const request = parseBody(entitySetRequestSchema, body, 'entity/set');
          return this.set(request, request.entityName, false);
        },
      ],
      [
        'entity/delete',
        (body) => {
          const request = parseBody(entityDeleteRequestSchema, body, 'entity/delete');
          return this.delete(request.key, request.entityName, false);
        },
      ],
      ['query', (body) => ok(runKeyQuery(this.store, parseBody(queryRequestSchema, body, 'query')))],
      ['entity/query', (body) => ok(runEntityQuery(this.store, this.entities, parseBody(entityQueryRequestSchema, body, 'entity/query')))],
      ['batch/set', (body) => ok(runBatchSet(this.store, this.entities, parseBody(batchSetRequestSchema, body, 'batch/set'), this.nowMillis()))],
      ['batch/get', (body) => ok(runBatchGet(this.store, this.entities, parseBody(batchGetRequestSchema, body, 'batch/get')))],
      ['batch/delete', (body) => ok(runBatchDelete(this.store, this.entities, parseBody(batchDeleteRequestSchema, body, 'batch/delete')))],
      [
        'transaction',
        (body) => {
          runTransaction(this.store, this.entities, parseBody(transactionRequestSchema, body, 'transaction'), this.nowMillis());
          return noContent;
        },
      ],
    ]);
  }

  /** Answers one KVS request; `operation` is the path after `/api/v1/`. */
  handle(operation: string, body: unknown): ProductResponse {
    const run = this.operations.get(operation.replace(/^\/+|\/+$/g, ''));
    if (!run) {
      return new KvsError(
        400,
        KvsErrorCode.unsupportedOperation,
        `The KVS has no operation '${operation}'; it answers ${[...this.operations.keys()].join(', ')}.`,
      ).toResponse();
    }
    try {
      return run(body);
    } catch (error) {
      if (error instanceof KvsError) return error.toResponse();
      const message = error instanceof Error ? error.message : String(error);
      return { status: 500, body: { code: KvsErrorCode.internalServerError, message: `The KVS emulator failed on '${operation}': ${message}` } };
    }
  }

  /** The checked target of a single-key operation: a secret, an entity's key, or a plain key. */
  private targetFor(key: string, entityName: string | undefined, secret: boolean): Target {
    if (!secret) return targetOf(this.entities, key, entityName);
    validateKey(key);
    return { space: secretKeys, key };
  }

  private nowMillis(): number {
    return this.now().getTime();
  }

  private get(request: { key: string; options?: { metadataFields?: MetadataField[] } }, space: KeySpace): ProductResponse {
    validateKey(request.key);
    const item = this.store.get(space, request.key);
    if (!item) return new KvsError(404, KvsErrorCode.keyNotFound, 'Provided key does not exist').toResponse();
    return ok(itemBody(item, request.options?.metadataFields));
  }

  private entityGet(request: { key: string; entityName: string; options?: { metadataFields?: MetadataField[] } }): ProductResponse {
    const target = targetOf(this.entities, request.key, request.entityName);
    const item = this.store.get(target.space, target.key);
    if (!item) return new KvsError(404, KvsErrorCode.keyNotFound, 'Provided key does not exist').toResponse();
    return ok(itemBody(item, request.options?.metadataFields, request.entityName));
  }

  /**
   * set, secret/set and entity/set. `FAIL_IF_EXISTS` refuses a key that holds a live value with a
   * 409 `KEY_CONFLICT`; `returnValue` answers the written (`LATEST`) or replaced (`PREVIOUS`) value,
   * or 204 when there was none to replace.
   */
  private set(request: { key: string; value: unknown; options?: SetOptions }, entityName: string | undefined, secret: boolean): ProductResponse {
    const target = this.targetFor(request.key, entityName, secret);
    checkValue(this.entities, target, request.value);
    const options = request.options ?? {};
    if (options.returnValue !== undefined && options.keyPolicy === 'FAIL_IF_EXISTS') {
      throw new KvsError(400, KvsErrorCode.invalidKeyPolicyReturnValue, 'returnValue can only be used when keyPolicy is OVERRIDE.');
    }
    if (options.returnMetadataFields !== undefined && options.returnValue === undefined) {
      throw new KvsError(400, KvsErrorCode.invalidKeyPolicyReturnValue, 'returnMetadataFields can only be used together with returnValue.');
    }
    const expiresAt = expiryOf(options.ttl, this.nowMillis());
    return this.store.atomically(() => {
      const previous = this.store.get(target.space, target.key);
      if (previous && options.keyPolicy === 'FAIL_IF_EXISTS') {
        throw new KvsError(409, KvsErrorCode.keyConflict, `The provided key '${target.key}' already exists and the key policy is set to FAIL_IF_EXISTS.`);
      }
      const current = this.store.put(target.space, target.key, request.value, expiresAt);
      if (options.returnValue === 'LATEST') return ok(itemBody(current, options.returnMetadataFields));
      if (options.returnValue === 'PREVIOUS' && previous) return ok(itemBody(previous, options.returnMetadataFields));
      return noContent;
    });
  }

  /** delete, secret/delete and entity/delete: succeeds whether or not the key holds a value. */
  private delete(key: string, entityName: string | undefined, secret: boolean): ProductResponse {
    const target = this.targetFor(key, entityName, secret);
    this.store.atomically(() => this.store.delete(target.space, target.key));
    return noContent;
  }
}
