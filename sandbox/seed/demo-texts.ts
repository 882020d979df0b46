/** What the demo tenant's requests are about: summaries by request type or issue type. */
export const SUMMARIES = {
  'Get IT help': [
    'Laptop will not connect to the office Wi-Fi',
    'Outlook keeps asking for my password',
    'Printer on the third floor reports a paper jam',
    'Need help setting up MFA on a new phone',
    'Teams calls drop after a few minutes',
    'Cannot open attachments in the CRM',
    'Monitor flickers when the laptop is docked',
    'Shared calendar is not syncing',
    'Keyboard shortcuts stopped working after the update',
    'Excel crashes when opening the quarterly report',
  ],
  'Request access': [
    'Access to the finance shared drive',
    'Salesforce licence for a new sales representative',
    'VPN access for an external contractor',
    'Admin rights on the build server',
    'Read access to the HR reporting dashboard',
    'Access to the customer data warehouse',
    'Add me to the procurement approvals group',
  ],
  'Report an incident': [
    'Customer portal returns error 502',
    'Email delivery delayed by more than an hour',
    'Payroll export job failed overnight',
    'VPN gateway unreachable from the Berlin office',
    'Order API times out for all customers',
    'Invoices missing from the billing run',
    'Single sign-on fails for the whole team',
    'Warehouse scanners cannot reach the inventory system',
  ],
  Problem: [
    'Recurring VPN disconnects after the client update',
    'Root cause of repeated 502 errors on the portal',
    'Database locks during month-end close',
    'Intermittent packet loss on the core switch',
  ],
  Change: [
    'Upgrade the firewall firmware',
    'Migrate file shares to the new storage cluster',
    'Roll out the new VPN client',
    'Patch the mail servers',
    'Replace the load balancer certificates',
  ],
  Task: [
    'Renew the SSL certificate for the portal',
    'Audit administrator accounts',
    'Update the onboarding checklist',
    'Replace UPS batteries in the server room',
  ],
  'Request a site visit': [
    'Replace a faulty card reader at the branch',
    'Install a network cabinet at the warehouse',
    'Survey the new office floor for Wi-Fi coverage',
    'Repair the access gate at the loading bay',
    'Mount displays in the new meeting rooms',
  ],
  'Field task': ['Restock spare parts in the service van', 'Calibrate the site survey kit'],
} as const;

export const LABELS = ['vpn', 'email', 'laptop', 'onboarding', 'network', 'printer', 'access', 'billing', 'sso', 'vip'] as const;

/** A short Atlassian Document describing a request. */
export function describe(summary: string, reporterName: string, organization: string | null): Record<string, unknown> {
  const who = organization ? `${reporterName} (${organization})` : reporterName;
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: `${summary}. Raised by ${who}.` }] }],
  };
}
