import { z } from 'zod';
import { KvsError } from './kvs-error';

/**
 * The request bodies `@forge/kvs` sends to `POST /api/v1/<operation>`, as zod schemas. Objects are
 * open (unknown properties are ignored) except where Forge's REST schema closes them: the options of
 * batch and transaction writes take a TTL and nothing else.
 */

export const metadataFieldSchema = z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']);
export type MetadataField = z.infer<typeof metadataFieldSchema>;

export const ttlSchema = z.strictObject({
  value: z.number().int().positive(),
  unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']),
});
export type Ttl = z.infer<typeof ttlSchema>;

const metadataOptions = z.object({ metadataFields: z.array(metadataFieldSchema).optional() });

const setOptions = z.object({
  ttl: ttlSchema.optional(),
  keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
  returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
  returnMetadataFields: z.array(metadataFieldSchema).optional(),
});
export type SetOptions = z.infer<typeof setOptions>;

/** Batch and transaction writes take only a TTL (no key policy, no return value). */
const ttlOnlyOptions = z.strictObject({ ttl: ttlSchema.optional() });

export const getRequestSchema = z.object({ key: z.string(), options: metadataOptions.optional() });
export const entityGetRequestSchema = getRequestSchema.extend({ entityName: z.string() });

export const setRequestSchema = z.object({ key: z.string(), value: z.unknown(), options: setOptions.optional() });
export const entitySetRequestSchema = setRequestSchema.extend({ entityName: z.string() });

export const deleteRequestSchema = z.object({ key: z.string() });
export const entityDeleteRequestSchema = deleteRequestSchema.extend({ entityName: z.string() });

export const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof scalarSchema>;

export const queryRequestSchema = z.object({
  limit: z.number().int().optional(),
  after: z.string().optional(),
  where: z.array(z.object({ property: z.string(), condition: z.string(), values: z.array(scalarSchema) })).optional(),
  options: metadataOptions.optional(),
});
export type QueryRequest = z.infer<typeof queryRequestSchema>;

/** Conditions an entity index's range attribute can be narrowed by (`WhereConditions`). */
export const rangeConditionSchema = z.enum(['BEGINS_WITH', 'BETWEEN', 'EQUAL_TO', 'GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_EQUAL_TO']);

/** Conditions a filter or a transaction condition can test any attribute with (`FilterConditions`). */
export const filterConditionSchema = z.enum([...rangeConditionSchema.options, 'CONTAINS', 'NOT_CONTAINS', 'NOT_EQUAL_TO', 'EXISTS', 'NOT_EXISTS']);
export type ConditionName = z.infer<typeof filterConditionSchema>;

export const filterItemSchema = z.object({
  property: z.string(),
  condition: filterConditionSchema,
  values: z.array(scalarSchema),
});
export type FilterItem = z.infer<typeof filterItemSchema>;

/** `{ and: [...] }` or `{ or: [...] }`, as `Filter` builds them for queries and transaction conditions. */
export const filtersSchema = z.object({
  and: z.array(filterItemSchema).optional(),
  or: z.array(filterItemSchema).optional(),
});
export type Filters = z.infer<typeof filtersSchema>;

export const rangeSchema = z.object({ condition: rangeConditionSchema, values: z.array(scalarSchema) });
export type RangeCondition = z.infer<typeof rangeSchema>;

export const entityQueryRequestSchema = z.object({
  entityName: z.string(),
  indexName: z.string(),
  partition: z.array(scalarSchema).optional(),
  range: rangeSchema.optional(),
  filters: filtersSchema.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  limit: z.number().int().optional(),
  cursor: z.string().optional(),
  options: metadataOptions.optional(),
  /** Forge's REST schema also accepts the metadata fields at the top level. */
  metadataFields: z.array(metadataFieldSchema).optional(),
});
export type EntityQueryRequest = z.infer<typeof entityQueryRequestSchema>;

export const batchSetRequestSchema = z.array(
  z.object({ key: z.string(), value: z.unknown(), entityName: z.string().optional(), options: ttlOnlyOptions.optional() }),
);
export type BatchSetItem = z.infer<typeof batchSetRequestSchema>[number];

export const batchGetRequestSchema = z.array(z.object({ key: z.string(), entityName: z.string().optional(), options: metadataOptions.optional() }));
export type BatchGetItem = z.infer<typeof batchGetRequestSchema>[number];

export const batchDeleteRequestSchema = z.array(z.object({ key: z.string(), entityName: z.string().optional() }));
export type BatchDeleteItem = z.infer<typeof batchDeleteRequestSchema>[number];

export const transactionRequestSchema = z.object({
  set: z
    .array(
      z.object({
        key: z.string(),
        value: z.unknown(),
        entityName: z.string().optional(),
        conditions: filtersSchema.optional(),
        options: ttlOnlyOptions.optional(),
      }),
    )
    .optional(),
  delete: z.array(z.object({ key: z.string(), entityName: z.string().optional(), conditions: filtersSchema.optional() })).optional(),
  check: z.array(z.object({ key: z.string(), entityName: z.string(), conditions: filtersSchema })).optional(),
});
export type TransactionRequest = z.infer<typeof transactionRequestSchema>;

/** Parses a request body, or refuses it with a 400 that says which fields are wrong. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, operation: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(body)'}: ${issue.message}`);
  throw KvsError.badRequest(`Provided request body is invalid for '${operation}': ${problems.join('; ')}`);
}
