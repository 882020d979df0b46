import type { JiraField } from '../model';

/**
 * The classic custom field types `POST /rest/api/3/field` accepts, and how each stores values.
 * Keys are Jira's type keys (`com.atlassian.jira.plugin.system.customfieldtypes:<name>`).
 */
interface CustomFieldType {
  schemaType: JiraField['schemaType'];
  items?: string;
  searcherKey: string;
}

const PREFIX = 'com.atlassian.jira.plugin.system.customfieldtypes:';

const TYPES: Record<string, CustomFieldType> = {
  textfield: { schemaType: 'string', searcherKey: 'textsearcher' },
  textarea: { schemaType: 'string', searcherKey: 'textsearcher' },
  url: { schemaType: 'string', searcherKey: 'exacttextsearcher' },
  float: { schemaType: 'number', searcherKey: 'exactnumber' },
  datepicker: { schemaType: 'date', searcherKey: 'daterange' },
  datetime: { schemaType: 'datetime', searcherKey: 'datetimerange' },
  select: { schemaType: 'option', searcherKey: 'multiselectsearcher' },
  radiobuttons: { schemaType: 'option', searcherKey: 'multiselectsearcher' },
  multiselect: { schemaType: 'array', items: 'option', searcherKey: 'multiselectsearcher' },
  multicheckboxes: { schemaType: 'array', items: 'option', searcherKey: 'multiselectsearcher' },
  labels: { schemaType: 'array', items: 'string', searcherKey: 'labelsearcher' },
  userpicker: { schemaType: 'user', searcherKey: 'userpickergroupsearcher' },
};

/** The field type named by a full type key, or undefined when Jira would not know it. */
export function classicFieldType(typeKey: string): CustomFieldType | undefined {
  if (!typeKey.startsWith(PREFIX)) return undefined;
  return TYPES[typeKey.slice(PREFIX.length)];
}

export const classicFieldTypeKeys = (): string[] => Object.keys(TYPES).map((t) => PREFIX + t);

/** The `items` of an array field's schema, when the field's type says it. */
export function arrayItemsOf(field: JiraField): string | undefined {
  if (field.schemaType !== 'array') return undefined;
  if (field.schemaCustom) {
    const known = classicFieldType(field.schemaCustom);
    if (known?.items) return known.items;
  }
  return 'string';
}
