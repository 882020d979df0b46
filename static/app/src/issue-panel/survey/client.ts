import { surveyIssueContract } from '#surveys/issue-contract';
import { createClient } from '../../shared/bridge-client';

/** The survey section's call on the issue resolver. */
export const surveyPanelClient = createClient(surveyIssueContract);
