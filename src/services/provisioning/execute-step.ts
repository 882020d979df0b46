import { APP_FIELD_NAMES } from '../../domain/brm/app-fields';
import { BRM_ISSUE_TYPES } from '../../domain/brm/issue-types';
import { BRM_REQUEST_TYPES } from '../../domain/brm/request-types';
import type { ProvisioningStep } from '../../domain/provisioning/steps';
import type { JiraClient } from '../../platform/jira/client';
import { addIssueTypesToFieldContext, addProjectsToFieldContext, createFieldContext } from '../../platform/jira/fields';
import { addIssueTypesToScheme } from '../../platform/jira/issue-type-schemes';
import { AppError } from '../../domain/app-error';
import { createIssueType, deleteIssueType, setIssueTypeAvatar } from '../../platform/jira/issue-types';
import { JiraError } from '../../platform/jira/jira-error';
import { createRequestType } from '../../platform/jira/service-desk';

export interface StepOutcome {
  /** The real id of what the step created, for the placeholder it introduced. */
  createdId?: string;
  /** Something worth telling the admin that did not fail the step. */
  note?: string;
  /** Jira writes made. */
  writes: number;
}

/** Carries out one resolved step (no placeholders left) with one or two Jira writes. */
export async function executeStep(client: JiraClient, step: ProvisioningStep): Promise<StepOutcome> {
  switch (step.kind) {
    case 'createIssueType': {
      const definition = BRM_ISSUE_TYPES[step.brmType];
      const created = await createIssueType(client, {
        name: definition.name,
        description: definition.description,
        ...(step.projectId === undefined ? {} : { projectId: step.projectId }),
      });
      if (step.projectId !== undefined && created.scope?.project?.id !== step.projectId) {
        throw await undoGlobalType(client, created.id, definition.name);
      }
      try {
        await setIssueTypeAvatar(client, created.id, definition.avatarId);
        return { createdId: created.id, writes: 2 };
      } catch (error) {
        // The type exists and works without its icon; a refused avatar must not fail provisioning.
        if (error instanceof JiraError && error.status >= 400 && error.status < 500) {
          return { createdId: created.id, writes: 2, note: `Jira kept its default icon for ${definition.name} (${error.reason}).` };
        }
        throw error;
      }
    }
    case 'setIssueTypeAvatar': {
      const definition = BRM_ISSUE_TYPES[step.brmType];
      try {
        await setIssueTypeAvatar(client, step.issueTypeId, definition.avatarId);
        return { writes: 1 };
      } catch (error) {
        if (error instanceof JiraError && error.status >= 400 && error.status < 500) {
          return { writes: 1, note: `Jira kept its default icon for ${definition.name} (${error.reason}).` };
        }
        throw error;
      }
    }
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

/**
 * A site that does not take project-scoped types from apps creates a global type instead. That type
 * would never reach the team-managed project, so it is deleted again and the admin is told how to
 * add the type by hand; the next run then finds it in place.
 */
async function undoGlobalType(client: JiraClient, issueTypeId: string, name: string): Promise<AppError> {
  const byHand = `Add an issue type named ${name} in the project's settings (Project settings › Issue types), then run this again.`;
  try {
    await deleteIssueType(client, issueTypeId);
    return new AppError('UPSTREAM', `Jira did not create ${name} inside the team-managed project. ${byHand}`);
  } catch {
    return new AppError('UPSTREAM', `Jira did not create ${name} inside the team-managed project, and created a global issue type ${name} (id ${issueTypeId}) that the app could not remove. Delete it in Jira settings › Issue types. ${byHand}`);
  }
}
