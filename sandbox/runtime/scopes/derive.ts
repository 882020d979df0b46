/**
 * Derives `operation-scopes.json` from local copies of Atlassian's OpenAPI documents for the Jira
 * platform REST API (`/rest/api/3`) and the JSM REST API (`/rest/servicedeskapi`): for every
 * operation `selected-operations.txt` names, the classic and granular scopes its
 * `x-atlassian-oauth2-scopes` list (state `Current` = classic, `Beta` = granular). Where a document
 * gives only `security`, each OAuth2 entry counts as classic when all its scopes have the classic
 * two-part form (`read:jira-work`) and as granular otherwise (`read:issue:jira`).
 *
 *   npx tsx sandbox/runtime/scopes/derive.ts \
 *     --platform /path/swagger-v3.v3.json --platform-source owner/repo:path@commit --platform-date YYYY-MM-DD \
 *     --jsm /path/service_management.json --jsm-source owner/repo:path@commit --jsm-date YYYY-MM-DD
 *
 * Only the derived table is kept in the project, never the documents.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { scopeTableSchema, templateShape, type OperationScopes, type ScopeTable } from './scope-table';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const scopeEntry = z.object({ state: z.string(), scheme: z.string().optional(), scopes: z.array(z.string()) });
const operationObject = z
  .object({
    operationId: z.string(),
    'x-atlassian-oauth2-scopes': z.array(scopeEntry).optional(),
    security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
  })
  .passthrough();
const openApiDocument = z.object({
  info: z.object({ version: z.string() }).passthrough(),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

interface DocumentOperation {
  method: string;
  path: string;
  operation: z.infer<typeof operationObject>;
}

const isClassic = (scope: string): boolean => scope.split(':').length === 2;

/** The classic and granular sets of one operation, as its document lists them. */
export function scopesOf(operation: z.infer<typeof operationObject>): Pick<OperationScopes, 'classic' | 'granular'> {
  const listed = operation['x-atlassian-oauth2-scopes'];
  if (listed) {
    const current = listed.find((e) => e.state === 'Current');
    const beta = listed.find((e) => e.state === 'Beta');
    return { classic: current ? [...current.scopes] : null, granular: beta ? [...beta.scopes] : null };
  }
  const oauth = (operation.security ?? []).flatMap((entry) => (entry.OAuth2 ? [entry.OAuth2] : []));
  const classic = oauth.find((scopes) => scopes.every(isClassic));
  const granular = oauth.find((scopes) => scopes.length > 0 && !scopes.every(isClassic));
  return { classic: classic ? [...classic] : null, granular: granular ? [...granular] : null };
}

function operationsOf(document: z.infer<typeof openApiDocument>): DocumentOperation[] {
  const out: DocumentOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const parsed = operationObject.safeParse(item[method]);
      if (parsed.success) out.push({ method: method.toUpperCase(), path, operation: parsed.data });
    }
  }
  return out;
}

/** One line of `selected-operations.txt`: a method (or `*`) and a template (or a `/**` prefix). */
interface Selection {
  line: string;
  method: string;
  shape: string;
  prefix: boolean;
}

export function parseSelection(text: string): Selection[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [method, path, ...rest] = line.split(/\s+/);
      if (!method || !path || rest.length > 0 || !path.startsWith('/')) throw new Error(`Not 'METHOD PATH': ${line}`);
      const prefix = path.endsWith('/**');
      return { line, method: method.toUpperCase(), shape: templateShape(prefix ? path.slice(0, -3) : path), prefix };
    });
}

function selects(selection: Selection, op: DocumentOperation): boolean {
  if (selection.method !== '*' && selection.method !== op.method) return false;
  const shape = templateShape(op.path);
  return selection.prefix ? shape.startsWith(`${selection.shape}/`) : shape === selection.shape;
}

export interface SourceArgs {
  api: 'platform' | 'jsm';
  file: string;
  /** `owner/repo:path@commit` */
  source: string;
  date: string;
}

function sourceOf(args: SourceArgs, version: string): ScopeTable['sources'][number] {
  const match = /^([^:]+):(.+)@([0-9a-f]{7,40})$/.exec(args.source);
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`--${args.api}-source must read owner/repo:path@commit, not '${args.source}'.`);
  return { api: args.api, repository: match[1], path: match[2], commit: match[3], documentVersion: version, documentDate: args.date };
}

/** Builds the table: every selected operation of every document, in document order. */
export function deriveTable(sources: SourceArgs[], selectionText: string, derivedOn: string): ScopeTable {
  const selections = parseSelection(selectionText);
  const used = new Set<Selection>();
  const operations: OperationScopes[] = [];
  const tableSources: ScopeTable['sources'] = [];
  for (const args of sources) {
    const document = openApiDocument.parse(JSON.parse(readFileSync(args.file, 'utf8')));
    tableSources.push(sourceOf(args, document.info.version));
    for (const op of operationsOf(document)) {
      const chosen = selections.filter((s) => selects(s, op));
      if (chosen.length === 0) continue;
      for (const s of chosen) used.add(s);
      operations.push({ method: op.method, path: op.path, operationId: op.operation.operationId, ...scopesOf(op.operation) });
    }
  }
  const unmatched = selections.filter((s) => !used.has(s));
  if (unmatched.length > 0) throw new Error(`No operation in the documents matches:\n  ${unmatched.map((s) => s.line).join('\n  ')}`);
  return scopeTableSchema.parse({ derivedOn, sources: tableSources, operations });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      platform: { type: 'string' },
      'platform-source': { type: 'string' },
      'platform-date': { type: 'string' },
      jsm: { type: 'string' },
      'jsm-source': { type: 'string' },
      'jsm-date': { type: 'string' },
      out: { type: 'string', default: resolve(__dirname, 'operation-scopes.json') },
    },
  });
  const required = (name: keyof typeof values): string => {
    const value = values[name];
    if (typeof value !== 'string' || value === '') throw new Error(`--${name} is required.`);
    return value;
  };
  const table = deriveTable(
    [
      { api: 'platform', file: required('platform'), source: required('platform-source'), date: required('platform-date') },
      { api: 'jsm', file: required('jsm'), source: required('jsm-source'), date: required('jsm-date') },
    ],
    readFileSync(resolve(__dirname, 'selected-operations.txt'), 'utf8'),
    new Date().toISOString().slice(0, 10),
  );
  // One operation per line: the file stays readable and its diffs small.
  const lines = table.operations.map((op) => `    ${JSON.stringify(op)}`);
  const head = JSON.stringify({ derivedOn: table.derivedOn, sources: table.sources }, null, 2).replace(/\n}$/, '');
  writeFileSync(required('out'), `${head},\n  "operations": [\n${lines.join(',\n')}\n  ]\n}\n`);
  process.stdout.write(`${table.operations.length} operations written to ${required('out')}\n`);
}

if (require.main === module) main();
