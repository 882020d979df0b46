import { isTypeNamed } from '#provisioning/domain/names';
import { CUSTOMER_CHECK_PROPERTY_KEY, currentCheck, SERVICE_CHECK_PROPERTY_KEY } from '#ticket-fields/domain/field-check';
import type { FeedbackState } from './contract';
import { asUserJira } from '#platform/jira/client';
import { issueTypesForProject } from '#platform/jira/issue-types';
import { findIssue } from '#platform/jira/issues';
import { readRefFieldValue } from '#kernel/ref-field-value';
import { isAgent, issueMissing, issuePermissions } from '#platform/access';
import { appFieldIds } from '#provisioning/app-field-ids';
import { readFeedbackTag, tagView } from './feedback-tag';

/**
 * What the panel, the badge and the action show for a ticket: its feedback tag, customer and
 * service (by the names their fields hold), and what the caller may do. Read as the caller. Tagging is internal: someone who is not
 * an agent of the project (a portal customer browsing their own request) is not told whether or by
 * whom the ticket was tagged, only its customer and service.
 */
export async function getFeedbackState(accountId: string | undefined, issueKey: string): Promise<FeedbackState> {
  const held = await issuePermissions(accountId, issueKey);
  const agent = isAgent(held);
  const user = asUserJira();
  const fieldIds = await appFieldIds(user);
  const customerField = fieldIds.get('brm-customer');
  const serviceField = fieldIds.get('brm-service');
  const issue = await findIssue(
    user,
    issueKey,
    ['project', ...(customerField ? [customerField] : []), ...(serviceField ? [serviceField] : [])],
    agent ? [CUSTOMER_CHECK_PROPERTY_KEY, SERVICE_CHECK_PROPERTY_KEY] : [],
  );
  const project = issue?.core.project;
  if (!issue || !project) throw issueMissing(issueKey);

  const customer = customerField ? readRefFieldValue(issue.fields[customerField]) : null;
  const service = serviceField ? readRefFieldValue(issue.fields[serviceField]) : null;
  // Tagging is for agents: only they need the tag and whether the project has the feedback types
  // (someone who takes part in a request of another project may see the issue but not its project).
  const [tag, projectTypes] = await Promise.all([
    agent ? readFeedbackTag(user, issue.key) : Promise.resolve(undefined),
    agent ? issueTypesForProject(user, project.id) : Promise.resolve([]),
  ]);
  // The project's Complaint and Compliment types, by their names in any of the app's languages.
  const has = (kind: 'complaint' | 'compliment') => projectTypes.some((t) => isTypeNamed(kind, t.name));
  return {
    issueKey: issue.key,
    projectKey: project.key,
    tag: tag ? await tagView(user, tag) : null,
    customer,
    service,
    canTag: agent && held.has('CREATE_ISSUES'),
    canEdit: agent,
    feedbackTypesAvailable: has('complaint') && has('compliment'),
    checks: {
      customer: currentCheck(issue.properties[CUSTOMER_CHECK_PROPERTY_KEY], customer?.id),
      service: currentCheck(issue.properties[SERVICE_CHECK_PROPERTY_KEY], service?.id),
    },
  };
}
