import tableFile from './operation-scopes.json';
import { scopeTableSchema, type ScopeTable } from './scope-table';

/** The table derive.ts wrote from Atlassian's OpenAPI documents, as the sandbox ships it. */
export const shippedScopeTable: ScopeTable = scopeTableSchema.parse(tableFile);
