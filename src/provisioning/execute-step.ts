import { SOURCE_LOCALE, type Locale } from '#kernel/locales';
import { APP_FIELD_NAMES } from './domain/app-fields';
import { BRM_ISSUE_TYPES } from './domain/issue-types';
import { issueTypeNaming, requestTypeNaming } from './domain/names';
import type { ProvisioningStep } from './domain/steps';
import { PROVISIONING_TEXTS } from './domain/texts';
import type { JiraClient } from '#platform/jira/client';
import { addIssueTypesToFieldContext, addProjectsToFieldContext, createFieldContext } from '#platform/jira/fields';
import { addIssueTypesToScheme } from '#platform/jira/issue-type-schemes';
import { createIssueType, setIssueTypeAvatar, updateIssueType } from '#platform/jira/issue-types';
import { JiraError } from '#platform/jira/jira-error';
import { addFieldToScreenTab } from '#platform/jira/screens';
import { createRequestType } from '#platform/jira/service-desk';

export interface StepOutcome {
  /** The real id of what the step created, for the placeholder it introduced. */
  createdId?: string;
  /** Something worth telling the admin that did not fail the step (in the run's locale). */
  note?: string;
  /** Jira writes made. */
  writes: number;
}

/** Sets a type's icon; a refusal is a note, not a failure: the type works without its icon. */
async function setIcon(
  client: JiraClient,
  issueTypeId: string,
  brmType: keyof typeof BRM_ISSUE_TYPES,
  name: string,
  locale: Locale,
): Promise<{ note?: string }> {
  try {
    await setIssueTypeAvatar(client, issueTypeId, BRM_ISSUE_TYPES[brmType].avatarId);
    return {};
  } catch (error) {
    if (error instanceof JiraError && error.status >= 400 && error.status < 500)
      return { note: PROVISIONING_TEXTS.in(locale, 'run.iconKept', { name, reason: error.reason }) };
    throw error;
  }
}

/**
 * Carries out one resolved step (no placeholders left) with one or two Jira writes. What it creates
 * or renames gets its names and descriptions in the step's names language; its notes for the admin
 * are in `locale`.
 */
export async function executeStep(client: JiraClient, step: ProvisioningStep, locale: Locale = SOURCE_LOCALE): Promise<StepOutcome> {
  switch (step.kind) {
    case 'createIssueType': {
      const naming = issueTypeNaming(step.brmType, step.names);
      const created = await createIssueType(client, naming);
      return { createdId: created.id, writes: 2, ...(await setIcon(client, created.id, step.brmType, naming.name, locale)) };
    }
    case 'renameIssueType':
      await updateIssueType(client, step.issueTypeId, issueTypeNaming(step.brmType, step.names));
      return { writes: 1 };
    case 'setIssueTypeAvatar':
      return { writes: 1, ...(await setIcon(client, step.issueTypeId, step.brmType, issueTypeNaming(step.brmType, step.names).name, locale)) };
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
      if (added) return { writes: 1 };
      return { writes: 1, note: PROVISIONING_TEXTS.in(locale, 'run.alreadyOnScreen', { field: APP_FIELD_NAMES[step.fieldKey], screenId: step.screenId }) };
    }
    case 'createRequestType': {
      const created = await createRequestType(client, step.serviceDeskId, {
        ...requestTypeNaming(step.requestType, step.names),
        issueTypeId: step.issueTypeId,
      });
      return { createdId: created.id, writes: 1 };
    }
  }
}
