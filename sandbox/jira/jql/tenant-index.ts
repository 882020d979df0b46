import { parseObjectSchema, searchPropertiesOf, type SearchProperty } from '../fields/forge-object-schema';
import type { EntityPropertyIndex, JiraField, JiraUser, StatusCategory } from '../model';
import type { JqlTenant } from './context';

/** Jira's fixed status categories, with the ids its REST API gives them. */
export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

/** Lookup from a lower-cased reference (id, key or name) to every id it may mean. */
export type RefLookup = ReadonlyMap<string, readonly string[]>;

function refLookup<T>(items: readonly T[], id: (item: T) => string, refs: (item: T) => readonly string[]): RefLookup {
  const map = new Map<string, string[]>();
  for (const item of items) {
    for (const ref of new Set([id(item), ...refs(item)].map((r) => r.toLowerCase()))) {
      const ids = map.get(ref) ?? [];
      ids.push(id(item));
      map.set(ref, ids);
    }
  }
  return map;
}

/** Position of each id in the tenant's list: Jira sorts statuses, types and resolutions by it. */
function sequence<T>(items: readonly T[], id: (item: T) => string): ReadonlyMap<string, number> {
  return new Map(items.map((item, index) => [id(item), index]));
}

function lazy<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/** A JQL clause a Forge object field's search alias makes: `<field name>.<alias>`. */
export interface PropertyClause {
  field: JiraField;
  property: SearchProperty;
}

/**
 * The clauses of Forge object fields' search aliases, by lower-cased `<field name>.<alias>`
 * (Forge manifest reference, "Jira custom field", "Object type JQL search": "X.Y = value").
 */
function propertyClauses(fields: readonly JiraField[]): ReadonlyMap<string, PropertyClause[]> {
  const clauses = new Map<string, PropertyClause[]>();
  for (const field of fields) {
    if (field.schemaType !== 'object' || !field.forgeSchema) continue;
    for (const property of searchPropertiesOf(parseObjectSchema(field.forgeSchema))) {
      const name = `${field.name}.${property.alias}`.toLowerCase();
      clauses.set(name, [...(clauses.get(name) ?? []), { field, property }]);
    }
  }
  return clauses;
}

/**
 * Name and id lookups over a tenant, built once per compiled query and only for the fields the
 * query names, so that evaluation compares ids only.
 */
export class TenantIndex {
  constructor(private readonly tenant: JqlTenant) {}

  readonly projects = lazy(() => {
    const projects = this.tenant.projects();
    return {
      refs: refLookup(
        projects,
        (p) => p.id,
        (p) => [p.key, p.name],
      ),
      idByKey: new Map(projects.map((p) => [p.key.toUpperCase(), p.id])),
      nameById: new Map(projects.map((p) => [p.id, p.name])),
    };
  });

  readonly issueTypes = lazy(() => {
    const types = this.tenant.issueTypes();
    return {
      refs: refLookup(
        types,
        (t) => t.id,
        (t) => [t.name],
      ),
      order: sequence(types, (t) => t.id),
    };
  });

  readonly statuses = lazy(() => {
    const statuses = this.tenant.statuses();
    return {
      refs: refLookup(
        statuses,
        (s) => s.id,
        (s) => [s.name],
      ),
      order: sequence(statuses, (s) => s.id),
      categoryById: new Map<string, StatusCategory['key']>(statuses.map((s) => [s.id, s.categoryKey])),
    };
  });

  readonly resolutions = lazy(() => {
    const resolutions = this.tenant.resolutions();
    return {
      refs: refLookup(
        resolutions,
        (r) => r.id,
        (r) => [r.name],
      ),
      order: sequence(resolutions, (r) => r.id),
    };
  });

  readonly statusCategories = lazy(() => ({
    refs: refLookup(
      STATUS_CATEGORIES,
      (c) => c.key,
      (c) => [c.name, String(c.id)],
    ),
    order: sequence(STATUS_CATEGORIES, (c) => c.key),
  }));

  /** Users by account id and by e-mail address (Jira Cloud JQL accepts both). */
  readonly users = lazy(() => {
    const users: readonly JiraUser[] = this.tenant.users();
    const refs = new Map<string, string[]>();
    for (const user of users) {
      refs.set(user.accountId.toLowerCase(), [user.accountId]);
    }
    for (const user of users) {
      const email = user.emailAddress.toLowerCase();
      if (email && !refs.has(email)) refs.set(email, [user.accountId]);
    }
    const lookup: RefLookup = refs;
    return { refs: lookup, displayNameById: new Map(users.map((u) => [u.accountId, u.displayName])) };
  });

  readonly organizations = lazy(() => ({
    refs: refLookup(
      this.tenant.organizations(),
      (o) => o.id,
      (o) => [o.name],
    ),
  }));

  readonly fields = lazy(() => {
    const fields: readonly JiraField[] = this.tenant.fields();
    const byName = new Map<string, JiraField[]>();
    for (const field of fields) {
      const name = field.name.toLowerCase();
      byName.set(name, [...(byName.get(name) ?? []), field]);
    }
    return { byName, byId: new Map(fields.map((f) => [f.id, f])), propertyClauses: propertyClauses(fields) };
  });

  readonly propertyIndexes = lazy(() => {
    const indexes: readonly EntityPropertyIndex[] = this.tenant.entityPropertyIndexes();
    const byAlias = new Map<string, EntityPropertyIndex[]>();
    for (const index of indexes) {
      if (!index.searchAlias) continue;
      const alias = index.searchAlias.toLowerCase();
      byAlias.set(alias, [...(byAlias.get(alias) ?? []), index]);
    }
    return { all: indexes, byAlias };
  });
}
