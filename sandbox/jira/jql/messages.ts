/** Validation messages, worded as Jira Cloud words them in a 400 answer's `errorMessages`. */

export const messages = {
  unknownField: (field: string) => `Field '${field}' does not exist or you do not have permission to view it.`,
  unknownValue: (field: string, value: string) => `The value '${value}' does not exist for the field '${field}'.`,
  operatorNotSupported: (field: string, operator: string) => `The operator '${operator}' is not supported by the '${field}' field.`,
  listNotSupported: (field: string, operator: string) => `The operator '${operator}' does not support a list of values for the field '${field}'.`,
  emptyNotSupported: (field: string, operator: string) => `The operator '${operator}' does not support searching for EMPTY values for the field '${field}'.`,
  emptyTextSearch: (field: string) => `The field '${field}' does not support searching for an empty string.`,
  unknownFunction: (name: string) => `Unable to find JQL function '${name}()'.`,
  functionNotSupported: (field: string, name: string) => `The function '${name}' is not supported by the '${field}' field.`,
  badDate: (field: string, value: string) =>
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  badNumber: (field: string, value: string) => `Value '${value}' is invalid for the '${field}' field.`,
  badIssueKey: (field: string, value: string) => `The issue key '${value}' for field '${field}' is invalid.`,
  missingIssue: (field: string, value: string) => `An issue with key '${value}' does not exist for field '${field}'.`,
  notSortable: (field: string) => `Field '${field}' does not support sorting.`,
};
