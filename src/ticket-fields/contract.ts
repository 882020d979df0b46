import { z } from 'zod';
import { defineContract } from '#kernel/contract';
import { issueKey, namedRef, numericId, optionalText } from '#kernel/input-schemas';
import { serviceId, serviceView } from '#catalogue/contract';
import { REF_FIELD_KEYS } from '#kernel/ref-field-value';
import { fieldCheck } from './domain/field-check';

/**
 * The Customer and Service fields on the issue surfaces (panel, the feedback form, the fields' own
 * frames): their choices and edits. Each call checks the caller's own Jira permissions on the issue.
 */

/** A correction the app made to the ticket's Customer or Service field, while the field still holds `value`. */
export const fieldCheckView = fieldCheck;
export type FieldCheckView = z.infer<typeof fieldCheckView>;

/** The app's Customer and Service fields (`jira:customField` module keys), whose frames show and edit `{ id, name }` values. */
export const fieldKey = z.enum(REF_FIELD_KEYS, { error: `must be ${REF_FIELD_KEYS.join(' or ')}` });

/** The longest search text for customers. */
export const CUSTOMER_QUERY_MAX_LENGTH = 100;

export const ticketFieldsContract = defineContract({
  listCustomers: {
    input: z.object({ issueKey, query: optionalText(CUSTOMER_QUERY_MAX_LENGTH).optional() }),
    output: z.object({ customers: z.array(namedRef) }),
  },
  /** The active services, for an agent of the project of `issueKey`. */
  listServices: { input: z.object({ issueKey }), output: z.object({ services: z.array(serviceView) }) },
  setCustomer: { input: z.object({ issueKey, customerId: numericId('an organization').nullable() }), output: z.object({ customer: namedRef.nullable() }) },
  setService: { input: z.object({ issueKey, serviceId: serviceId.nullable() }), output: z.object({ service: namedRef.nullable() }) },
});
export type TicketFieldsContract = typeof ticketFieldsContract;
