import { BRM_ISSUE_TYPES } from './issue-types';
import { issueTypeNaming, requestTypeNaming } from './names';
import type { ProvisioningSnapshot, SnapshotField, SnapshotFieldContext } from './snapshot';
import type { ProvisioningStep } from './steps';

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

function mapContext(
  snapshot: ProvisioningSnapshot,
  fieldId: string,
  contextId: string,
  change: (c: SnapshotFieldContext) => SnapshotFieldContext,
): ProvisioningSnapshot {
  const fields = snapshot.fields.map((field): SnapshotField =>
    field.fieldId !== fieldId ? field : { ...field, contexts: field.contexts.map((c) => (c.id === contextId ? change(c) : c)) },
  );
  return { ...snapshot, fields };
}

/**
 * The snapshot as it will be once `step` has run: what Jira would then answer. The planner uses it
 * to plan each item against the effect of the items before it; tests use it to check that a plan,
 * once carried out, leaves nothing to do.
 */
export function applyStep(snapshot: ProvisioningSnapshot, step: ProvisioningStep): ProvisioningSnapshot {
  switch (step.kind) {
    case 'createIssueType': {
      const { avatarId } = BRM_ISSUE_TYPES[step.brmType];
      const { name } = issueTypeNaming(step.brmType, step.names);
      // Create issue type (POST /rest/api/3/issuetype): the new type joins the default issue type scheme.
      return {
        ...snapshot,
        issueTypes: [...snapshot.issueTypes, { id: step.ref, name, avatarId }],
        schemes: snapshot.schemes.map((s) => (s.isDefault ? { ...s, issueTypeIds: union(s.issueTypeIds, [step.ref]) } : s)),
      };
    }
    case 'renameIssueType': {
      const { name } = issueTypeNaming(step.brmType, step.names);
      return { ...snapshot, issueTypes: snapshot.issueTypes.map((t) => (t.id === step.issueTypeId ? { ...t, name } : t)) };
    }
    case 'setIssueTypeAvatar': {
      const { avatarId } = BRM_ISSUE_TYPES[step.brmType];
      return { ...snapshot, issueTypes: snapshot.issueTypes.map((t) => (t.id === step.issueTypeId ? { ...t, avatarId } : t)) };
    }
    case 'addIssueTypesToScheme':
      return {
        ...snapshot,
        schemes: snapshot.schemes.map((s) => (s.id === step.schemeId ? { ...s, issueTypeIds: union(s.issueTypeIds, step.issueTypeIds) } : s)),
      };
    case 'createFieldContext': {
      const context: SnapshotFieldContext = {
        id: step.ref,
        name: step.name,
        isGlobal: false,
        isAnyIssueType: false,
        projectIds: [...step.projectIds],
        issueTypeIds: [...step.issueTypeIds],
      };
      return {
        ...snapshot,
        fields: snapshot.fields.map((f) => (f.fieldId === step.fieldId ? { ...f, contexts: [...f.contexts, context] } : f)),
      };
    }
    case 'addProjectsToFieldContext':
      return mapContext(snapshot, step.fieldId, step.contextId, (c) => ({ ...c, projectIds: union(c.projectIds, step.projectIds) }));
    case 'addIssueTypesToFieldContext':
      return mapContext(snapshot, step.fieldId, step.contextId, (c) => ({ ...c, issueTypeIds: union(c.issueTypeIds, step.issueTypeIds) }));
    case 'addFieldToScreen': {
      const screens = snapshot.screens.screens.map((screen) =>
        screen.id !== step.screenId
          ? screen
          : { ...screen, tabs: screen.tabs.map((tab) => (tab.id === step.tabId ? { ...tab, fieldIds: union(tab.fieldIds, [step.fieldId]) } : tab)) },
      );
      return { ...snapshot, screens: { ...snapshot.screens, screens } };
    }
    case 'createRequestType': {
      // Create request type (POST /rest/servicedeskapi/servicedesk/{id}/requesttype): in no portal group.
      const requestType = { id: step.ref, name: requestTypeNaming(step.requestType, step.names).name, issueTypeId: step.issueTypeId, groupIds: [] };
      return {
        ...snapshot,
        projects: snapshot.projects.map((p) => (p.id === step.projectId ? { ...p, requestTypes: [...p.requestTypes, requestType] } : p)),
      };
    }
  }
}

export const applySteps = (snapshot: ProvisioningSnapshot, steps: readonly ProvisioningStep[]): ProvisioningSnapshot => steps.reduce(applyStep, snapshot);
