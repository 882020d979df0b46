import { asAppJira } from '#platform/jira/client';
import { deleteIssueProperty, setIssueProperty } from '#platform/jira/issues';
import { JiraError } from '#platform/jira/jira-error';
import { PROPERTY_MAX_LENGTH, propertyOf, type SurveyProperty } from '#surveys/domain/survey-property';
import { SURVEY_PROPERTY_KEY } from '#surveys/domain/invitation';
import { invitationsOfIssue } from '#surveys/store/invitation-store';
import { markSynced } from './invitation-writes';

/** Fits a property into Jira's limit by leaving out the earlier responses' answers and comments (their scores stay). */
function fitted(property: SurveyProperty): SurveyProperty {
  if (JSON.stringify(property).length <= PROPERTY_MAX_LENGTH || !property.history) return property;
  return { ...property, history: property.history.map(({ answers: _answers, comment: _comment, ...entry }) => entry) };
}

/**
 * Writes a request's `brm-survey` property from its invitations in KVS (as the app, after the
 * caller's check, or in a trigger or job), and marks each invitation written. Idempotent: the
 * property is made from the records, so writing it again writes the same value. A request that no
 * longer exists is left alone and its invitations marked written.
 */
export async function syncIssueProperty(issueId: string): Promise<void> {
  const all = await invitationsOfIssue(issueId);
  const property = propertyOf(all);
  const app = asAppJira();
  try {
    if (property) await setIssueProperty(app, issueId, SURVEY_PROPERTY_KEY, fitted(property));
    else if (all.length > 0)
      await deleteIssueProperty(app, issueId, SURVEY_PROPERTY_KEY).catch((error: unknown) => {
        if (!(error instanceof JiraError && error.status === 404)) throw error;
      });
  } catch (error) {
    if (!(error instanceof JiraError && error.status === 404)) throw error;
  }
  for (const { id, record } of all) if (record.syncedRev < record.rev) await markSynced(id, record.rev);
}
