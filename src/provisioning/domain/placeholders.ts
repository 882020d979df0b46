import type { AppFieldKey } from './app-fields';
import type { BrmTypeKey } from './issue-types';
import type { BrmRequestTypeKey } from './request-types';
import type { ProvisioningStep } from './steps';

/**
 * Ids of things a plan creates. Jira assigns the real ids; the executor records them as each
 * create step answers and substitutes them into later steps.
 */
const PREFIX = 'new:';

export const isPlaceholder = (id: string): boolean => id.startsWith(PREFIX);

export const issueTypePlaceholder = (brmType: BrmTypeKey): string => `${PREFIX}issuetype:${brmType}`;
export const contextPlaceholder = (fieldKey: AppFieldKey): string => `${PREFIX}context:${fieldKey}`;
export const requestTypePlaceholder = (projectId: string, requestType: BrmRequestTypeKey): string => `${PREFIX}requesttype:${projectId}:${requestType}`;

/** Thrown when a step refers to a placeholder no earlier step has resolved: a planning bug. */
export class UnresolvedPlaceholderError extends Error {
  constructor(readonly placeholder: string) {
    super(`No earlier step created ${placeholder}.`);
    this.name = 'UnresolvedPlaceholderError';
  }
}

/** Replaces placeholders in a step's references with the real ids created so far. */
export function resolveStep(step: ProvisioningStep, created: ReadonlyMap<string, string>): ProvisioningStep {
  const id = (value: string): string => {
    if (!isPlaceholder(value)) return value;
    const real = created.get(value);
    if (real === undefined) throw new UnresolvedPlaceholderError(value);
    return real;
  };
  const ids = (values: string[]): string[] => values.map(id);
  switch (step.kind) {
    case 'createIssueType':
    case 'addFieldToScreen':
      return step;
    case 'renameIssueType':
    case 'setIssueTypeAvatar':
      return { ...step, issueTypeId: id(step.issueTypeId) };
    case 'addIssueTypesToScheme':
      return { ...step, schemeId: id(step.schemeId), issueTypeIds: ids(step.issueTypeIds) };
    case 'createFieldContext':
      return { ...step, issueTypeIds: ids(step.issueTypeIds) };
    case 'addProjectsToFieldContext':
      return { ...step, contextId: id(step.contextId) };
    case 'addIssueTypesToFieldContext':
      return { ...step, contextId: id(step.contextId), issueTypeIds: ids(step.issueTypeIds) };
    case 'createRequestType':
      return { ...step, issueTypeId: id(step.issueTypeId) };
  }
}

/** The placeholder a create step introduces, if it is one. */
export function placeholderCreatedBy(step: ProvisioningStep): string | undefined {
  switch (step.kind) {
    case 'createIssueType':
    case 'createFieldContext':
    case 'createRequestType':
      return step.ref;
    default:
      return undefined;
  }
}
