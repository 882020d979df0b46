import { forgeFieldTypeKey, type AppCustomField, type AppManifest } from '../runtime/app-manifest';
import { SANDBOX_ENVIRONMENT_ID } from './constants';
import { parseObjectSchema, UnsupportedSchemaError } from './fields/forge-object-schema';
import { parseFormatterExpression, UnsupportedFormatterError } from './fields/formatter-expression';
import { parseValidationExpression, UnsupportedExpressionError } from './fields/validation-expression';
import type { FieldValidation, JiraField } from './model';
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
 * A module's `validation`, once the sandbox knows it can evaluate the expression. An expression
 * outside the supported forms stops the install: the app must never declare a rule the sandbox
 * would silently skip.
 */
function validationOf(module: AppCustomField): FieldValidation | undefined {
  if (!module.validation) return undefined;
  try {
    parseValidationExpression(module.validation.expression);
  } catch (error) {
    if (!(error instanceof UnsupportedExpressionError)) throw error;
    throw new Error(
      `jira:customField '${module.key}': the sandbox cannot evaluate its validation expression: ${error.message}. ` +
        'Supported: value == null, comparisons of value or value.length with a number (==, !=, <, <=, >, >=), ' +
        'value == "text", ["a", "b"].includes(value), joined with &&, ||, ! and parentheses.',
    );
  }
  const { expression, errorMessage, errorMessageByLocale } = module.validation;
  return { expression, errorMessage, ...(errorMessageByLocale ? { errorMessageByLocale } : {}) };
}

const sameTranslations = (a: Readonly<Record<string, string>> | undefined, b: Readonly<Record<string, string>> | undefined): boolean =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());

const sameValidation = (a: FieldValidation | undefined, b: FieldValidation | undefined): boolean =>
  a?.expression === b?.expression && a?.errorMessage === b?.errorMessage && sameTranslations(a?.errorMessageByLocale, b?.errorMessageByLocale);

/** What a module declares about rendering and shaping its values, once the sandbox knows it can honour it. */
type FieldPresentation = Pick<JiraField, 'forgeSchema' | 'formatter'>;

/**
 * A module's `schema` and `view.formatter`, checked as Forge checks them when the app is deployed
 * ("Jira custom field": an `object` field needs a formatter, and `schema` is allowed only for the
 * `object` type), and as far as the sandbox can honour them: a schema keyword or a formatter form
 * outside the sandbox's subsets stops the install, as an unsupported validation expression does.
 */
function presentationOf(module: AppCustomField): FieldPresentation {
  const presentation: FieldPresentation = {};
  const where = `jira:customField '${module.key}'`;
  if (module.schema !== undefined) {
    if (module.type !== 'object') throw new Error(`${where}: a schema is allowed only for the object type, not ${module.type}.`);
    try {
      parseObjectSchema(module.schema);
    } catch (error) {
      if (!(error instanceof UnsupportedSchemaError)) throw error;
      throw new Error(
        `${where}: the sandbox cannot validate its schema: ${error.message}. See sandbox/jira/fields/forge-object-schema.ts for the keywords it supports.`,
      );
    }
    presentation.forgeSchema = module.schema;
  }
  if (module.type === 'object' && module.formatter === undefined)
    throw new Error(`${where}: an object field needs view.formatter.expression; Forge does not deploy one without it.`);
  if (module.formatter !== undefined) {
    try {
      parseFormatterExpression(module.formatter);
    } catch (error) {
      if (!(error instanceof UnsupportedFormatterError)) throw error;
      throw new Error(
        `${where}: the sandbox cannot evaluate its formatter expression: ${error.message}. ` +
          'Supported: value and its properties (value.name, value?.name), string and number literals, template literals, +, ==, !=, !, &&, || and ?:.',
      );
    }
    presentation.formatter = module.formatter;
  }
  return presentation;
}

const samePresentation = (a: FieldPresentation, b: FieldPresentation): boolean =>
  a.formatter === b.formatter && JSON.stringify(a.forgeSchema) === JSON.stringify(b.forgeSchema);

/**
 * Registers what an app's manifest declares in Jira, as installing a Forge app does: each
 * `jira:customField` becomes a custom field with one global context, on no screen (an admin or the
 * app puts it on the screens that should show it), and each issue `jira:entityProperty` index
 * becomes searchable. Running it again changes nothing, except to follow renamed fields, changed
 * validations and changed index declarations.
 */
export function installApp(store: JiraStore, manifest: AppManifest, environmentId = SANDBOX_ENVIRONMENT_ID): void {
  const validations = new Map(manifest.customFields.map((module) => [module.key, validationOf(module)]));
  const presentations = new Map(manifest.customFields.map((module) => [module.key, presentationOf(module)]));
  store.transaction(() => {
    for (const module of manifest.customFields) {
      const typeKey = forgeFieldTypeKey(manifest.appId, environmentId, module.key);
      const schemaType = FORGE_FIELD_TYPES[module.type] ?? 'any';
      const validation = validations.get(module.key);
      const presentation = presentations.get(module.key) ?? {};
      const existing = store.fields().find((f) => f.schemaCustom === typeKey);
      if (existing) {
        if (
          existing.name !== module.name ||
          existing.description !== module.description ||
          !sameTranslations(existing.descriptionByLocale, module.descriptionByLocale) ||
          existing.schemaType !== schemaType ||
          !sameValidation(existing.validation, validation) ||
          !samePresentation(existing, presentation)
        ) {
          const updated: JiraField = { ...existing, name: module.name, description: module.description, schemaType };
          if (module.descriptionByLocale) updated.descriptionByLocale = module.descriptionByLocale;
          else delete updated.descriptionByLocale;
          if (validation) updated.validation = validation;
          else delete updated.validation;
          delete updated.forgeSchema;
          delete updated.formatter;
          store.docs.fields.put({ ...updated, ...presentation });
        }
        continue;
      }
      const field: JiraField = {
        id: `customfield_${store.nextValue('field')}`,
        name: module.name,
        description: module.description,
        ...(module.descriptionByLocale ? { descriptionByLocale: module.descriptionByLocale } : {}),
        custom: true,
        schemaType,
        schemaCustom: typeKey,
        searcherKey: `${typeKey}-searcher`,
        ...(validation ? { validation } : {}),
        ...presentation,
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
    for (const index of store.docs.propertyIndexes.all())
      if (moduleKeys.has(index.moduleKey) && !declared.has(index.id)) store.docs.propertyIndexes.delete(index.id);
  });
}
