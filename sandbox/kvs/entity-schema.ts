import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { KvsError, KvsErrorCode } from './kvs-error';
import { validateEntityName } from './validation';

/** One custom entity as manifest.yml declares it under `app.storage.entities`. */
export const manifestEntitySchema = z.object({
  name: z.string(),
  attributes: z.record(z.string(), z.object({ type: z.enum(['string', 'integer', 'float', 'boolean', 'any']) })),
  indexes: z
    .array(
      z.union([
        z.string(),
        z.object({
          name: z.string(),
          range: z.array(z.string()).length(1, 'an index range names exactly one attribute'),
          partition: z.array(z.string()).min(1).optional(),
        }),
      ]),
    )
    .optional(),
});
export type ManifestEntity = z.infer<typeof manifestEntitySchema>;
export type AttributeType = ManifestEntity['attributes'][string]['type'];

const manifestStorageSchema = z.object({
  app: z.object({
    storage: z.object({ entities: z.array(manifestEntitySchema).optional() }).optional(),
  }),
});

/** The index every entity has without declaring it: it sorts by the entity key. */
export const BY_KEY_INDEX = 'by-key';

/** An index of a custom entity, resolved: a string index `x` sorts by `x` and has no partition. */
export interface EntityIndex {
  name: string;
  /** The attribute the index sorts by, or `undefined` for `by-key`, which sorts by the entity key. */
  range?: string;
  /** Attributes whose values a query must give, in this order. */
  partition: string[];
}

export interface EntityDeclaration {
  name: string;
  attributes: ReadonlyMap<string, AttributeType>;
  indexes: ReadonlyMap<string, EntityIndex>;
}

/** The custom entities a manifest.yml's text declares (none when it has no `app.storage`). */
export function manifestEntitiesOf(manifestText: string): ManifestEntity[] {
  const manifest = manifestStorageSchema.parse(parse(manifestText));
  return manifest.app.storage?.entities ?? [];
}

/** Reads the custom entities the manifest.yml at `manifestPath` declares. */
export function readManifestEntities(manifestPath: string): ManifestEntity[] {
  return manifestEntitiesOf(readFileSync(manifestPath, 'utf8'));
}

function resolveDeclaration(entity: ManifestEntity): EntityDeclaration {
  validateEntityName(entity.name);
  const attributes = new Map(Object.entries(entity.attributes).map(([name, attribute]) => [name, attribute.type]));
  const indexes = new Map<string, EntityIndex>([[BY_KEY_INDEX, { name: BY_KEY_INDEX, partition: [] }]]);
  for (const index of entity.indexes ?? []) {
    const resolved: EntityIndex =
      typeof index === 'string' ? { name: index, range: index, partition: [] } : { name: index.name, range: index.range[0], partition: index.partition ?? [] };
    if (indexes.has(resolved.name))
      throw new Error(`Entity '${entity.name}' declares index '${resolved.name}' twice (or uses the reserved name '${BY_KEY_INDEX}').`);
    for (const attribute of [resolved.range, ...resolved.partition]) {
      if (attribute !== undefined && !attributes.has(attribute)) {
        throw new Error(`Entity '${entity.name}' index '${resolved.name}' uses attribute '${attribute}', which the entity does not declare.`);
      }
    }
    indexes.set(resolved.name, resolved);
  }
  return { name: entity.name, attributes, indexes };
}

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

function fitsType(value: unknown, type: AttributeType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
    case 'float':
      // Forge stores floats as 0 or with a magnitude between 1e-130 and 9.99e125.
      return typeof value === 'number' && Number.isFinite(value) && (value === 0 || (Math.abs(value) >= 1e-130 && Math.abs(value) < 1e126));
    case 'any':
      return true;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The custom entities the app declares, and the checks Forge makes against them: an entity or index
 * the manifest does not declare is refused, and a value must be an object whose attributes are
 * declared and of their declared type (the Custom Entity Store enforces attribute types strictly).
 */
export class EntityCatalog {
  private readonly entities: ReadonlyMap<string, EntityDeclaration>;

  constructor(entities: readonly ManifestEntity[]) {
    const declared = new Map<string, EntityDeclaration>();
    for (const entity of entities) {
      if (declared.has(entity.name)) throw new Error(`Custom entity '${entity.name}' is declared twice.`);
      declared.set(entity.name, resolveDeclaration(manifestEntitySchema.parse(entity)));
    }
    this.entities = declared;
  }

  names(): string[] {
    return [...this.entities.keys()];
  }

  entity(entityName: string): EntityDeclaration {
    validateEntityName(entityName);
    const entity = this.entities.get(entityName);
    if (!entity) {
      const known = this.names();
      throw new KvsError(
        400,
        KvsErrorCode.invalidEntityType,
        `The entity '${entityName}' is not declared in manifest.yml (app.storage.entities)${known.length > 0 ? `; declared: ${known.join(', ')}` : ''}.`,
      );
    }
    return entity;
  }

  index(entity: EntityDeclaration, indexName: string): EntityIndex {
    const index = entity.indexes.get(indexName);
    if (!index) {
      throw new KvsError(
        400,
        KvsErrorCode.invalidEntityIndex,
        `The entity '${entity.name}' has no index '${indexName}'; its indexes are: ${[...entity.indexes.keys()].join(', ')}.`,
      );
    }
    return index;
  }

  /** Checks an entity value against the entity's attributes and returns it as an object. */
  validateValue(entity: EntityDeclaration, value: unknown): Record<string, unknown> {
    if (!isRecord(value)) {
      throw new KvsError(400, KvsErrorCode.invalidEntityValue, `A value of entity '${entity.name}' must be an object of its attributes.`);
    }
    for (const [attribute, attributeValue] of Object.entries(value)) {
      const type = entity.attributes.get(attribute);
      if (type === undefined) {
        throw new KvsError(
          400,
          KvsErrorCode.invalidEntityValue,
          `Entity '${entity.name}' has no attribute '${attribute}' (declared: ${[...entity.attributes.keys()].join(', ')}).`,
        );
      }
      if (!fitsType(attributeValue, type)) {
        throw new KvsError(
          400,
          KvsErrorCode.invalidEntityValue,
          `Attribute '${attribute}' of entity '${entity.name}' must be of type ${type}; got ${JSON.stringify(attributeValue)}.`,
        );
      }
    }
    return value;
  }
}
