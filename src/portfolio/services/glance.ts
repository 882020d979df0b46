import { requireAgentOf } from '#platform/access';
import { appFieldIds } from '#provisioning/app-field-ids';
import { readTypeNames } from '#provisioning/names-store';
import { readRefFieldValue } from '#kernel/ref-field-value';
import { asUserJira } from '#platform/jira/client';
import { findIssue } from '#platform/jira/issues';
import { readHealth, readProfile } from '#portfolio/portfolio-store';
import type { GlanceView } from '#portfolio/contract';
import { customerJql } from '#portfolio/jql';
import { peopleOf } from './customer-view';
import { countOrNull } from './health-inputs';

/**
 * The customer at a glance on a ticket (jira:issueContext): the ticket's Customer with its tier,
 * BRM owner, last health assessment, CSAT trend and open complaints. For agents of the ticket's
 * project: the Customer field holds one of that project's organizations, so they are agents of a
 * project that serves it. Open complaints are counted as the agent; the rest is the stored profile
 * and assessment, so a ticket view costs a handful of calls.
 */
export async function getGlance(accountId: string | undefined, issueKey: string): Promise<GlanceView> {
  await requireAgentOf(accountId, issueKey);
  const client = asUserJira();
  const customerField = (await appFieldIds(client)).get('brm-customer');
  if (!customerField) return { hasCustomer: false };
  const issue = await findIssue(client, issueKey, [customerField]);
  const customer = issue ? readRefFieldValue(issue.fields[customerField]) : null;
  if (!customer) return { hasCustomer: false };
  const [profile, health, openComplaints] = await Promise.all([
    readProfile(customer.id),
    readHealth([customer.id]),
    readTypeNames().then((names) => countOrNull(client, customerJql.openComplaints(customer.id, names))),
  ]);
  const person = await peopleOf(client, [profile?.ownerAccountId]);
  const snapshot = health.get(customer.id);
  return {
    hasCustomer: true,
    customer: { id: customer.id, name: profile?.name ?? customer.name },
    tier: profile?.tier ?? null,
    owner: profile?.ownerAccountId ? person(profile.ownerAccountId) : null,
    health: snapshot ? { status: snapshot.status, assessedAt: snapshot.computedAt } : null,
    csat: snapshot?.csat ?? null,
    csatPrevious: snapshot?.csatPrevious ?? null,
    openComplaints,
  };
}
