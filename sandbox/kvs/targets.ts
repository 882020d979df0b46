import type { EntityCatalog, EntityDeclaration } from './entity-schema';
import { entityKeys, plainKeys, type KeySpace } from './item-store';
import { validateKey, validateValue } from './validation';

/** A key an operation addresses: a plain key, or an entity's key when `entity` is set. */
export interface Target {
  space: KeySpace;
  key: string;
  entity?: EntityDeclaration;
}

/** Resolves and checks `key` (in entity `entityName`, when given). */
export function targetOf(catalog: EntityCatalog, key: string, entityName: string | undefined): Target {
  validateKey(key);
  if (entityName === undefined) return { space: plainKeys, key };
  const entity = catalog.entity(entityName);
  return { space: entityKeys(entity.name), key, entity };
}

/** Checks a value to write to `target`: Forge's value limits, and the entity's attributes. */
export function checkValue(catalog: EntityCatalog, target: Target, value: unknown): void {
  validateValue(value);
  if (target.entity) catalog.validateValue(target.entity, value);
}

/** Identifies a target within one batch or transaction, where each key may appear once. */
export function targetIdentity(key: string, entityName: string | undefined): string {
  return JSON.stringify([entityName ?? null, key]);
}
