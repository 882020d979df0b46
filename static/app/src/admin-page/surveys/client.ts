import { surveyAdminContract } from '#surveys/admin-contract';
import { createClient } from '../../shared/bridge-client';

/** The Surveys tab's calls on the admin page's resolver (behind its Jira-admin guard). */
export const surveyAdminClient = createClient(surveyAdminContract);
