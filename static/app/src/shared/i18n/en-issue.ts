/**
 * English strings of the issue surfaces: the "Customer feedback…" action, the feedback badge
 * (issue context), the "Customer relationship" panel and the Customer and Service fields.
 * Part of the English table in en.ts.
 */
export const enIssue = {
  'issue.feedback.kind.complaint': 'Complaint',
  'issue.feedback.kind.compliment': 'Compliment',
  'issue.feedback.kindLower.complaint': 'complaint',
  'issue.feedback.kindLower.compliment': 'compliment',
  'issue.feedback.hidden': 'Not visible to you',
  'issue.feedback.taggedOn': 'Tagged on {date}',

  'issue.customer.placeholder': 'Choose a customer',
  'issue.customer.noOptions': 'No customer of this project has that name',
  'issue.customer.loadFailed': 'The customers could not be loaded: {message}',
  'issue.service.placeholder': 'Choose a service',
  'issue.service.noOptions': 'No active service has that name',
  'issue.service.loadFailed': 'The services could not be loaded: {message}',
  'issue.service.archived': '{name} (archived)',

  'issue.context.none': 'Not tagged as customer feedback.',
  'issue.context.hint': 'To tag it, choose Customer feedback… in the ••• menu.',

  'issue.panel.customer': 'Customer',
  'issue.panel.service': 'Service',
  'issue.panel.feedback': 'Customer feedback',
  'issue.panel.notSet': 'None',
  'issue.panel.edit': 'Edit',
  'issue.panel.editLabel': 'Edit the {field}',
  'issue.panel.save': 'Save',
  'issue.panel.cancel': 'Cancel',
  'issue.panel.check.changed.customer': 'The app changed the Customer on {date}: {reason}',
  'issue.panel.check.cleared.customer': 'The app cleared the Customer on {date}: {reason}',
  'issue.panel.check.changed.service': 'The app changed the Service on {date}: {reason}',
  'issue.panel.check.cleared.service': 'The app cleared the Service on {date}: {reason}',
  'issue.panel.notTagged': 'Not tagged. To record a complaint or compliment, choose Customer feedback… in the ••• menu.',

  'issue.field.label.brm-customer': 'Customer',
  'issue.field.label.brm-service': 'Service',
  'issue.field.noIssue': 'Choose this once the issue is created: the choices depend on its project.',
  'issue.field.save': 'Save',
  'issue.field.cancel': 'Cancel',
  'issue.field.notAppField': 'This field is not one of the app’s Customer or Service fields.',
} as const;
