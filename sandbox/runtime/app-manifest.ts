import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { manifestEntitiesOf, type ManifestEntity } from '../kvs/entity-schema';
import {
  manifestText,
  manifestTextValue,
  plainText,
  readManifestTranslations,
  type LocalizedText,
  type ManifestTextValue,
  type ManifestTranslations,
  type TextByLocale,
} from './manifest-texts';

const moduleEntry = z
  .object({
    key: z.string(),
    resource: z.string().optional(),
    resolver: z.object({ function: z.string(), method: z.string().optional() }).optional(),
    queue: z.string().optional(),
    timeoutSeconds: z.number().optional(),
    /** Properties people read: a string, or `{ i18n: <key> }` of the manifest's translations (manifest-texts.ts). */
    title: manifestTextValue.optional(),
    name: manifestTextValue.optional(),
    description: manifestTextValue.optional(),
    /** `jira:issueContext`: the label of the item in the issue view's context column. */
    label: manifestTextValue.optional(),
    /** Full-page modules' subpages; entries without a title and a route are left out (subpagesOf). */
    pages: z.array(z.unknown()).optional(),
    type: z.string().optional(),
    function: z.string().optional(),
    events: z.array(z.string()).optional(),
    propertyKey: z.string().optional(),
    entityType: z.string().optional(),
    values: z.array(z.object({ path: z.string(), type: z.string(), searchAlias: z.string().optional() })).optional(),
    view: z
      .object({
        resource: z.string().optional(),
        /** `jira:customField`: where the view resource renders (`issue-view`, `portal-view`). */
        experience: z.array(z.string()).optional(),
        /** `jira:customField`: the Jira expression that renders a value as text where the view cannot. */
        formatter: z
          .object({ expression: z.string().min(1) })
          .passthrough()
          .optional(),
      })
      .passthrough()
      .optional(),
    /** `jira:customField`: a Jira expression over `value`, and the message Jira shows when it is false. */
    validation: z.object({ expression: z.string().min(1), errorMessage: manifestTextValue }).optional(),
    /** `jira:customField` of type `object`: the JSON schema of its values. */
    schema: z.record(z.string(), z.unknown()).optional(),
    edit: z
      .object({ resource: z.string().optional(), experience: z.array(z.string()).optional() })
      .passthrough()
      .optional(),
    /** `jira:dashboardGadget`: false when the app handles the dashboard's refresh itself (JIRA_DASHBOARD_GADGET_REFRESH). */
    refreshable: z.boolean().optional(),
    /** `jira:dashboardGadget`: the icon the gadget directory shows. */
    thumbnail: z.string().optional(),
  })
  .passthrough();

const manifestFile = z.object({
  modules: z.record(z.string(), z.array(moduleEntry)),
  resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
  app: z.object({ id: z.string() }).passthrough(),
  translations: z.unknown().optional(),
  permissions: z
    .object({ scopes: z.array(z.string()).default([]) })
    .passthrough()
    .optional(),
});

/** A full-page module's subpage (manifest `pages`: `{ title, route }`). */
export interface AppSubpage {
  title: LocalizedText;
  route: string;
}

/** A UI or data module of the app, flattened from manifest.yml's `modules`. */
export interface AppModule {
  /** The module type, e.g. `jira:adminPage`. */
  type: string;
  key: string;
  /** `title` (a custom field's `name`), in every language the manifest translates it to: `textIn(title, locale)`. */
  title?: LocalizedText;
  /** `label` (`jira:issueContext`). */
  label?: LocalizedText;
  /** `description` (`jira:dashboardGadget`: what the gadget directory says of it). */
  description?: LocalizedText;
  /** `pages` (`jira:globalPage`, `jira:projectPage`, `jira:adminPage`), in the manifest's order. */
  subpages: AppSubpage[];
  resourceKey?: string;
  /** The resource's folder relative to the project root. */
  resourcePath?: string;
  resolverFunction?: string;
  raw: z.infer<typeof moduleEntry>;
}

export interface AppCustomField {
  key: string;
  /** One name in every language: Jira's JQL clause names and lookups by name use it. */
  name: string;
  /** In the default language; `descriptionByLocale` where the manifest translates it (`{ i18n }`). */
  description: string;
  descriptionByLocale?: TextByLocale;
  type: string;
  validation?: { expression: string; errorMessage: string; errorMessageByLocale?: TextByLocale };
  /** The JSON schema of an `object` field's values. */
  schema?: Record<string, unknown>;
  /** `view.formatter.expression` (or the older top-level `formatter.expression`). */
  formatter?: string;
}

export interface AppEntityProperty {
  key: string;
  entityType: string;
  propertyKey: string;
  values: { path: string; type: string; searchAlias?: string }[];
}

/**
 * A `consumer` module: the function Forge invokes with each async event pushed to `queue`. The
 * plain form names a function; the deprecated `@forge/events` 1.x form names a resolver function
 * and the resolver method to call.
 */
export interface AppConsumer {
  key: string;
  queue: string;
  functionKey: string;
  resolverMethod?: string;
}

export interface AppFunction {
  key: string;
  handler: string;
  /** The function module's `timeoutSeconds` (consumers and scheduled triggers only). */
  timeoutSeconds?: number;
}

/**
 * A `jira:workflowValidator` module: its validation runs the `function` the module names (the
 * sandbox runs function validators only; an `expression` validator stops the install).
 */
export interface AppWorkflowValidator {
  key: string;
  /** In the default language (the sandbox has no workflow editor that would show another). */
  name: string;
  description: string;
  functionKey: string;
}

export interface AppManifest {
  appId: string;
  /** The `translations` section with its files, when the manifest translates any text. */
  translations?: ManifestTranslations;
  /** Custom UI resources by key, as absolute folders (`resources`, relative to the manifest's folder). */
  resourceFolders: ReadonlyMap<string, string>;
  /** The KVS custom entities (`app.storage.entities`). */
  entities: readonly ManifestEntity[];
  scopes: string[];
  modules: AppModule[];
  functions: AppFunction[];
  triggers: { key: string; functionKey: string; events: string[] }[];
  scheduledTriggers: { key: string; functionKey: string; interval: string }[];
  consumers: AppConsumer[];
  customFields: AppCustomField[];
  entityProperties: AppEntityProperty[];
  workflowValidators: AppWorkflowValidator[];
}

/** Module types that run functions without a UI: they are not offered to `invoke`. */
const NON_UI_MODULES = new Set(['function', 'trigger', 'scheduledTrigger', 'consumer', 'jira:workflowValidator']);

type ModuleEntry = z.infer<typeof moduleEntry>;

/** Reads a module's translatable texts against the manifest's translations. */
type TextReader = (value: ManifestTextValue) => LocalizedText;

function workflowValidatorOf(entry: ModuleEntry, text: TextReader): AppWorkflowValidator {
  if (!entry.function)
    throw new Error(
      `jira:workflowValidator '${entry.key}': the sandbox runs validators that name a function; a Jira expression validator cannot be evaluated here.`,
    );
  return {
    key: entry.key,
    name: entry.name === undefined ? entry.key : text(entry.name).text,
    description: entry.description === undefined ? '' : text(entry.description).text,
    functionKey: entry.function,
  };
}

/**
 * A full-page module's subpages: entries with a title and a route, as Forge's manifest requires
 * both (others are left out).
 */
function subpagesOf(entry: ModuleEntry, text: TextReader): AppSubpage[] {
  return (entry.pages ?? []).flatMap((page) => {
    const parsed = z.object({ title: manifestTextValue, route: z.string().min(1) }).safeParse(page);
    return parsed.success ? [{ title: text(parsed.data.title), route: parsed.data.route }] : [];
  });
}

/** A text kept as its default and its translations, as the Jira emulator stores a field's. */
function split<K extends string>(name: K, value: LocalizedText): Record<K, string> & Partial<Record<`${K}ByLocale`, TextByLocale>> {
  const parts: Record<string, unknown> = { [name]: value.text };
  if (value.byLocale) parts[`${name}ByLocale`] = value.byLocale;
  return parts as Record<K, string> & Partial<Record<`${K}ByLocale`, TextByLocale>>;
}

function customFieldOf(entry: ModuleEntry, text: TextReader): AppCustomField {
  if (entry.name !== undefined && typeof entry.name !== 'string')
    throw new Error(
      `jira:customField '${entry.key}': the sandbox gives a field one name in every language (JQL's clause names and lookups by name use it); a translated name ({ i18n: ${entry.name.i18n} }) is not supported.`,
    );
  const validation = entry.validation ? { expression: entry.validation.expression, ...split('errorMessage', text(entry.validation.errorMessage)) } : undefined;
  return {
    key: entry.key,
    name: entry.name ?? entry.key,
    ...split('description', entry.description === undefined ? plainText('') : text(entry.description)),
    type: entry.type ?? 'string',
    ...(validation ? { validation } : {}),
    ...(entry.schema ? { schema: entry.schema } : {}),
    ...formatterOf(entry),
  };
}

function consumerOf(entry: ModuleEntry): AppConsumer {
  const queue = z.string({ error: `consumer '${entry.key}' names no queue` }).parse(entry.queue);
  if (entry.function) return { key: entry.key, queue, functionKey: entry.function };
  if (entry.resolver?.method) return { key: entry.key, queue, functionKey: entry.resolver.function, resolverMethod: entry.resolver.method };
  throw new Error(`consumer '${entry.key}' names neither a function nor a resolver function and method.`);
}

const legacyFormatter = z.object({ expression: z.string().min(1) });

/** A custom field's formatter: `view.formatter`, or the top-level `formatter` older manifests use. */
function formatterOf(entry: ModuleEntry): { formatter?: string } {
  const expression = entry.view?.formatter?.expression ?? legacyFormatter.safeParse(entry.formatter).data?.expression;
  return expression === undefined ? {} : { formatter: expression };
}

/**
 * Reads and flattens an app's manifest.yml. The sandbox runs whichever app its host names: the
 * host (the repository's start script, tests and benchmarks) passes the path in.
 */
export function readAppManifest(path: string): AppManifest {
  const text = readFileSync(path, 'utf8');
  const file = manifestFile.parse(parse(text));
  const resources = new Map(file.resources.map((r) => [r.key, r.path]));
  const translations = readManifestTranslations(file.translations, dirname(path));
  const textOf: TextReader = (value) => manifestText(value, translations);
  const modules: AppModule[] = [];
  for (const [type, entries] of Object.entries(file.modules)) {
    if (NON_UI_MODULES.has(type)) continue;
    for (const entry of entries) {
      const resourceKey = entry.resource ?? entry.view?.resource;
      const title = entry.title ?? entry.name;
      modules.push({
        type,
        key: entry.key,
        ...(title === undefined ? {} : { title: textOf(title) }),
        ...(entry.label === undefined ? {} : { label: textOf(entry.label) }),
        ...(entry.description === undefined ? {} : { description: textOf(entry.description) }),
        subpages: subpagesOf(entry, textOf),
        resourceKey,
        resourcePath: resourceKey ? resources.get(resourceKey) : undefined,
        resolverFunction: entry.resolver?.function,
        raw: entry,
      });
    }
  }
  const appId = file.app.id.replace(/^ari:cloud:ecosystem::app\//, '');
  return {
    appId,
    ...(translations ? { translations } : {}),
    resourceFolders: new Map(file.resources.map((r) => [r.key, resolve(dirname(path), r.path)])),
    entities: manifestEntitiesOf(text),
    scopes: file.permissions?.scopes ?? [],
    modules,
    functions: (file.modules.function ?? []).map((f) => ({
      key: f.key,
      handler: z.string().parse(f.handler),
      ...(f.timeoutSeconds === undefined ? {} : { timeoutSeconds: f.timeoutSeconds }),
    })),
    triggers: (file.modules.trigger ?? []).map((t) => ({ key: t.key, functionKey: z.string().parse(t.function), events: t.events ?? [] })),
    scheduledTriggers: (file.modules.scheduledTrigger ?? []).map((t) => ({
      key: t.key,
      functionKey: z.string().parse(t.function),
      interval: z.string().parse(t.interval),
    })),
    consumers: (file.modules.consumer ?? []).map(consumerOf),
    customFields: (file.modules['jira:customField'] ?? []).map((f) => customFieldOf(f, textOf)),
    workflowValidators: (file.modules['jira:workflowValidator'] ?? []).map((v) => workflowValidatorOf(v, textOf)),
    entityProperties: (file.modules['jira:entityProperty'] ?? []).map((p) => ({
      key: p.key,
      entityType: p.entityType ?? 'issue',
      propertyKey: z.string().parse(p.propertyKey),
      values: p.values ?? [],
    })),
  };
}

/** The `schema.custom` Jira gives a Forge custom field: its extension ARI. */
export function forgeFieldTypeKey(appId: string, environmentId: string, moduleKey: string): string {
  return `ari:cloud:ecosystem::extension/${appId}/${environmentId}/static/${moduleKey}`;
}
