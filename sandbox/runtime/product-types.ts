/**
 * The sandbox's platform boundary types. The Forge SDKs reach the platform through
 * `global.__forge_fetch__`; the runtime turns each call into one of these requests and hands it
 * to the emulator that owns it.
 */

/** Who a product request runs as. `user` requests are checked against that user's permissions. */
export type Caller = { kind: 'user'; accountId: string } | { kind: 'app' } | { kind: 'anonymous' };

export interface ProductRequest {
  method: string;
  /** Path with its query string, e.g. `/rest/api/3/search/jql?jql=...`. */
  path: string;
  headers: Record<string, string>;
  /** Raw request body, when there is one. */
  body?: string;
  caller: Caller;
  /** A Forge app's `asUser()` request: the app acting on behalf of the user `caller` names. */
  viaApp?: boolean;
}

export interface ProductResponse {
  status: number;
  headers?: Record<string, string>;
  /** A JSON value (serialised by the caller) or, for non-JSON answers, a string. Absent for 204. */
  body?: unknown;
}

/** Anything that answers product REST requests: the Jira emulator, or a test's wrapper around it. */
export interface ProductBackend {
  handle(request: ProductRequest): Promise<ProductResponse>;
}

/** The KVS emulator: answers `POST /api/v1/<operation>` as @forge/kvs sends it. */
export interface KvsBackend {
  /** `operation` is the path after `/api/v1/`, e.g. `get`, `entity/query`, `batch/set`, `transaction`. */
  handle(operation: string, body: unknown): ProductResponse;
}
