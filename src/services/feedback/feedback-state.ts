import { notFound } from '../../domain/app-error';
import { BRM_ISSUE_TYPES, sameName } from '../../domain/brm/issue-types';
import { CUSTOMER_CHECK_PROPERTY_KEY, currentCheck, SERVICE_CHECK_PROPERTY_KEY } from '../../domain/feedback/field-check';
import type { FeedbackState } from '../../contract/issue';
import { asUserJira } from '../../platform/jira/client';
import { issueTypesForProject } from '../../platform/jira/issue-types';
import { findIssue } from '../../platform/jira/issues';
import { findOrganization } from '../../platform/jira/service-desk';
import { findService } from '../../platform/kvs/service-store';
import { isAgent, issuePermissions } from '../access';
import { idValue } from '../app-field-values';
import { appFieldIds } from '../app-fields';
import { readFeedbackTag, tagView } from './feedback-tag';

/**
 * What the panel, the badge and the action show for a ticket: its feedback tag, customer and
 * service, and what the caller may do. Read as the caller. Tagging is internal: someone who is not
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
  if (!issue || !project) throw notFound(`issueKey: issue ${issueKey} does not exist or you cannot see it.`, 'issueKey');

  const customerId = customerField ? idValue(issue.fields[customerField]) : undefined;
  const serviceId = serviceField ? idValue(issue.fields[serviceField]) : undefined;
  const [tag, organization, service, projectTypes] = await Promise.all([
    agent ? readFeedbackTag(user, issue.key) : Promise.resolve(undefined),
    customerId ? findOrganization(user, customerId) : Promise.resolve(undefined),
    serviceId ? findService(serviceId) : Promise.resolve(undefined),
    issueTypesForProject(user, project.id),
  ]);
  const has = (name: string) => projectTypes.some((t) => sameName(t.name, name));
  return {
    issueKey: issue.key,
    projectKey: project.key,
    tag: tag ? await tagView(user, tag) : null,
    customer: customerId ? { id: customerId, name: organization?.name ?? `Organization ${customerId}` } : null,
    service: serviceId ? { id: serviceId, name: service?.name ?? `Service ${serviceId}` } : null,
    canTag: agent && held.has('CREATE_ISSUES'),
    canEdit: agent,
    feedbackTypesAvailable: has(BRM_ISSUE_TYPES.complaint.name) && has(BRM_ISSUE_TYPES.compliment.name),
    checks: {
      customer: currentCheck(issue.properties[CUSTOMER_CHECK_PROPERTY_KEY], customerId),
      service: currentCheck(issue.properties[SERVICE_CHECK_PROPERTY_KEY], serviceId),
    },
  };
}
