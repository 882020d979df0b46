import { forgeFieldTypeKey, type AppManifest } from '../runtime/app-manifest';
import { SANDBOX_ENVIRONMENT_ID } from './constants';
import type { JiraField } from './model';
import { defaultContext } from './routes/fields';
import type { InstalledPropertyIndex } from './store/schemas';
import type { JiraStore } from './store/jira-store';

const FORGE_FIELD_TYPES: Record<string, JiraField['schemaType']> = {
  string: 'string',
  number: 'number',
  datetime: 'datetime',
  date: 'date',
  user: 'user',
  group: 'any',
  object: 'object',
};

const INDEX_TYPES: readonly InstalledPropertyIndex['type'][] = ['number', 'string', 'text', 'user', 'date'];
const indexType = (type: string): InstalledPropertyIndex['type'] | undefined => INDEX_TYPES.find((t) => t === type);

const sameIndex = (a: InstalledPropertyIndex, b: InstalledPropertyIndex): boolean =>
  a.propertyKey === b.propertyKey && a.path === b.path && a.type === b.type && a.searchAlias === b.searchAlias;

/**
 * Registers what an app's manifest declares in Jira, as installing a Forge app does: each
 * `jira:customField` becomes a custom field with one global context, and each issue
 * `jira:entityProperty` index becomes searchable. Running it again changes nothing, except to
 * follow renamed fields and changed index declarations.
 */
export function installApp(store: JiraStore, manifest: AppManifest, environmentId = SANDBOX_ENVIRONMENT_ID): void {
  store.transaction(() => {
    for (const module of manifest.customFields) {
      const typeKey = forgeFieldTypeKey(manifest.appId, environmentId, module.key);
      const schemaType = FORGE_FIELD_TYPES[module.type] ?? 'any';
      const existing = store.fields().find((f) => f.schemaCustom === typeKey);
      if (existing) {
        if (existing.name !== module.name || existing.description !== module.description || existing.schemaType !== schemaType)
          store.docs.fields.put({ ...existing, name: module.name, description: module.description, schemaType });
        continue;
      }
      const field: JiraField = {
        id: `customfield_${store.nextValue('field')}`,
        name: module.name,
        description: module.description,
        custom: true,
        schemaType,
        schemaCustom: typeKey,
        searcherKey: `${typeKey}-searcher`,
      };
      store.docs.fields.put(field);
      store.docs.fieldContexts.put(defaultContext(store.nextId('fieldContext'), field));
    }

    const declared = new Set<string>();
    for (const property of manifest.entityProperties) {
      if (property.entityType !== 'issue') continue;
      for (const value of property.values) {
        const type = indexType(value.type);
        if (!type) throw new Error(`Entity property ${property.key}: index type '${value.type}' is not one Jira supports.`);
        const index: InstalledPropertyIndex = {
          id: `${property.key}:${value.path}`,
          moduleKey: property.key,
          propertyKey: property.propertyKey,
          path: value.path,
          type,
          ...(value.searchAlias ? { searchAlias: value.searchAlias } : {}),
        };
        declared.add(index.id);
        const existing = store.docs.propertyIndexes.get(index.id);
        if (!existing || !sameIndex(existing, index)) store.docs.propertyIndexes.put(index);
      }
    }
    const moduleKeys = new Set(manifest.entityProperties.map((p) => p.key));
    for (const index of store.docs.propertyIndexes.all()) if (moduleKeys.has(index.moduleKey) && !declared.has(index.id)) store.docs.propertyIndexes.delete(index.id);
  });
}
