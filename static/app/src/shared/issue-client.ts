import { issueContract } from '#surfaces/issue-contract';
import { createClient } from './bridge-client';

/** The issue surfaces' resolver calls (`issue-resolver`): panel, action, context and the custom fields. */
export const issueClient = createClient(issueContract);
