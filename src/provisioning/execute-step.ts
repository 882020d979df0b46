import { APP_FIELD_NAMES } from './domain/app-fields';
import { BRM_ISSUE_TYPES } from './domain/issue-types';
import { BRM_REQUEST_TYPES } from './domain/request-types';
import type { ProvisioningStep } from './domain/steps';
import type { JiraClient } from '#platform/jira/client';
import { addIssueTypesToFieldContext, addProjectsToFieldContext, createFieldContext } from '#platform/jira/fields';
import { addIssueTypesToScheme } from '#platform/jira/issue-type-schemes';
import { createIssueType, setIssueTypeAvatar } from '#platform/jira/issue-types';
import { JiraError } from '#platform/jira/jira-error';
import { addFieldToScreenTab } from '#platform/jira/screens';
import { createRequestType } from '#platform/jira/service-desk';

export interface StepOutcome {
  /** The real id of what the step created, for the placeholder it introduced. */
  createdId?: string;
  /** Something worth telling the admin that did not fail the step. */
  note?: string;
  /** Jira writes made. */
  writes: number;
}

/** Sets a type's icon; a refusal is a note, not a failure: the type works without its icon. */
async function setIcon(client: JiraClient, issueTypeId: string, brmType: keyof typeof BRM_ISSUE_TYPES): Promise<{ note?: string }> {
  const definition = BRM_ISSUE_TYPES[brmType];
  try {
    await setIssueTypeAvatar(client, issueTypeId, definition.avatarId);
    return {};
  } catch (error) {
    if (error instanceof JiraError && error.status >= 400 && error.status < 500)
      return { note: `Jira kept its default icon for ${definition.name} (${error.reason}).` };
    throw error;
  }
}

/** Carries out one resolved step (no placeholders left) with one or two Jira writes. */
export async function executeStep(client: JiraClient, step: ProvisioningStep): Promise<StepOutcome> {
  switch (step.kind) {
    case 'createIssueType': {
      const definition = BRM_ISSUE_TYPES[step.brmType];
      const created = await createIssueType(client, { name: definition.name, description: definition.description });
      return { createdId: created.id, writes: 2, ...(await setIcon(client, created.id, step.brmType)) };
    }
    case 'setIssueTypeAvatar':
      return { writes: 1, ...(await setIcon(client, step.issueTypeId, step.brmType)) };
    case 'addIssueTypesToScheme':
      await addIssueTypesToScheme(client, step.schemeId, step.issueTypeIds);
      return { writes: 1 };
    case 'createFieldContext': {
      const created = await createFieldContext(client, step.fieldId, {
        name: step.name,
        description: `Where the ${APP_FIELD_NAMES[step.fieldKey]} field of BRM for Jira Service Management applies.`,
        projectIds: step.projectIds,
        issueTypeIds: step.issueTypeIds,
      });
      return { createdId: created.id, writes: 1 };
    }
    case 'addProjectsToFieldContext':
      await addProjectsToFieldContext(client, step.fieldId, step.contextId, step.projectIds);
      return { writes: 1 };
    case 'addIssueTypesToFieldContext':
      await addIssueTypesToFieldContext(client, step.fieldId, step.contextId, step.issueTypeIds);
      return { writes: 1 };
    case 'addFieldToScreen': {
      const { added } = await addFieldToScreenTab(client, step.screenId, step.tabId, step.fieldId);
      return added ? { writes: 1 } : { writes: 1, note: `${APP_FIELD_NAMES[step.fieldKey]} was already on screen ${step.screenId}.` };
    }
    case 'createRequestType': {
      const definition = BRM_REQUEST_TYPES[step.requestType];
      const created = await createRequestType(client, step.serviceDeskId, {
        name: definition.name,
        description: definition.description,
        helpText: definition.helpText,
        issueTypeId: step.issueTypeId,
      });
      return { createdId: created.id, writes: 1 };
    }
  }
}
