import type { ProductResponse } from '../product-types';
import { OperationIndex, scopesGrant, type OperationScopes, type ScopeTable } from './scope-table';

/** The scope Forge's storage APIs (KVS, custom entities) need (Forge manifest reference: permissions). */
export const STORAGE_SCOPE = 'storage:app';

/**
 * What Forge's gateway answers a product call whose operation needs a scope the app's manifest
 * does not hold: 401 with `{ code, message }` and `x-failure-category: FAILURE_CLIENT_SCOPE_CHECK`
 * (observed and reported by developers: "Forge code 401 message Unauthorized; scope does not
 * match", Atlassian Community, June 2026; "401 Unauthorized (FAILURE_CLIENT_SCOPE_CHECK)",
 * Atlassian Developer Community). Atlassian's docs ("Add scopes to call an Atlassian REST API")
 * say the call needs the operation's scopes but give no response shape.
 */
export function scopeRefusal(): ProductResponse {
  return {
    status: 401,
    headers: { 'content-type': 'application/json;charset=UTF-8', 'x-failure-category': 'FAILURE_CLIENT_SCOPE_CHECK' },
    body: { code: 401, message: 'Unauthorized; scope does not match' },
  };
}

/** A product call the scope table has no row for: the sandbox cannot say which scopes it needs. */
export class UnmappedOperationError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
  ) {
    super(
      `The sandbox knows no OAuth scopes for ${method} ${path}: add the operation to sandbox/runtime/scopes/selected-operations.txt ` +
        'and run sandbox/runtime/scopes/derive.ts (see sandbox/runtime/README.md).',
    );
    this.name = 'UnmappedOperationError';
  }
}

/**
 * Checks each call the app makes against the scopes its manifest declares, as Forge does before a
 * call reaches Jira: the operation's classic set or its granular set must be held in full.
 */
export class ScopeGuard {
  private readonly index: OperationIndex;
  private readonly granted: ReadonlySet<string>;

  constructor(table: ScopeTable, granted: readonly string[]) {
    this.index = new OperationIndex(table.operations);
    this.granted = new Set(granted);
  }

  /** The row for a call; throws {@link UnmappedOperationError} when the table has none. */
  operation(method: string, path: string): OperationScopes {
    const pathname = new URL(path, 'http://jira.invalid').pathname;
    const row = this.index.find(method.toUpperCase(), pathname);
    if (!row) throw new UnmappedOperationError(method.toUpperCase(), pathname);
    return row;
  }

  /** Forge's refusal when the manifest lacks the operation's scopes, else undefined. */
  checkProduct(method: string, path: string): ProductResponse | undefined {
    return scopesGrant(this.operation(method, path), this.granted) ? undefined : scopeRefusal();
  }

  /** Forge's refusal for a storage call when the manifest lacks `storage:app`, else undefined. */
  checkStorage(): ProductResponse | undefined {
    return this.granted.has(STORAGE_SCOPE) ? undefined : scopeRefusal();
  }
}
