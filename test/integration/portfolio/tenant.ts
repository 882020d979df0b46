import type { Sandbox } from '@brm/sandbox/sandbox';
import { DEMO_USERS } from '@brm/sandbox/seed/demo-users';

/** Test set-up on the demo tenant's Jira store: tickets of one customer, made as the seeded history would hold them. */

export function customerFieldId(sandbox: Sandbox): string {
  const field = sandbox.jira.store.fields().find((f) => (f.schemaCustom ?? '').endsWith('/static/brm-customer'));
  if (!field) throw new Error('Jira has no Customer field.');
  return field.id;
}

/**
 * Gives ACME's tickets to one customer: their Customer is set, their reporter is one of its
 * customers, and every `complaintEvery`-th one becomes a Complaint (the type must exist: provision first).
 */
export function giveTicketsTo(sandbox: Sandbox, organization: { id: string; name: string }, options: { complaintEvery?: number } = {}): number {
  const store = sandbox.jira.store;
  const field = customerFieldId(sandbox);
  const acme = store.project('ACME');
  if (!acme) throw new Error('no ACME');
  const complaint = store.issueTypes().find((t) => t.name === 'Complaint');
  const reporter = DEMO_USERS.find((u) => u.organization === organization.name);
  let given = 0;
  store.transaction(() => {
    for (const issue of store.docs.issues.all()) {
      if (issue.projectId !== acme.id) continue;
      given++;
      const asComplaint = complaint !== undefined && options.complaintEvery !== undefined && given % options.complaintEvery === 0;
      store.docs.issues.put({
        ...issue,
        customFields: { ...issue.customFields, [field]: { id: organization.id, name: organization.name } },
        ...(reporter ? { reporterId: reporter.accountId } : {}),
        ...(asComplaint ? { issueTypeId: complaint.id } : {}),
      });
    }
  });
  return given;
}
