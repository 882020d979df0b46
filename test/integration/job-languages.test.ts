import type { Sandbox } from '@brm/sandbox/sandbox';
import { admin, dataOf, startSandbox } from './harness';
import { callPortfolioAdmin } from './portfolio/portfolio-harness';
import { callSurveyAdmin } from './surveys/survey-harness';

/**
 * Why a long job stopped, in the language of whoever reads it: the job keeps the sentence in every
 * language, so one admin reads it in English and another, later, in German; the survey results
 * read it in their frame's language.
 */

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = startSandbox();
});
afterEach(() => sandbox.close());

/** Sets a demo user's language in Jira, as the sandbox's language menu does. */
function speaks(accountId: string, locale: string): void {
  const user = sandbox.jira.store.user(accountId);
  if (!user) throw new Error(`the demo tenant has no user ${accountId}`);
  sandbox.jira.store.docs.users.put({ ...user, locale });
}

describe('a job Jira stopped', () => {
  it('says why in each reader’s language: the health assessment on the admin page', async () => {
    sandbox.jira.injectFault({ method: 'GET', pathPattern: /\/rest\/servicedeskapi\/organization$/, status: 500, times: 100 });
    dataOf(await callPortfolioAdmin(sandbox, 'assessPortfolioHealth', {}, admin().accountId));
    await sandbox.settle();
    sandbox.jira.clearFaults();

    speaks(admin().accountId, 'en_US');
    expect(dataOf(await callPortfolioAdmin(sandbox, 'getHealthAssessment', {}, admin().accountId)).run).toMatchObject({
      status: 'failed',
      error: 'Jira could not do this (500): Internal server error.',
    });
    speaks(admin().accountId, 'de_DE');
    expect(dataOf(await callPortfolioAdmin(sandbox, 'getHealthAssessment', {}, admin().accountId)).run?.error).toBe(
      'Jira konnte dies nicht ausführen (500): Internal server error.',
    );
  });

  it('says why in the frame’s language: the rebuild of the survey numbers', async () => {
    sandbox.jira.injectFault({ method: 'POST', pathPattern: /\/rest\/api\/3\/search\/jql$/, status: 500, times: 100 });
    dataOf(await callSurveyAdmin(sandbox, 'rebuildSurveyAggregates', {}));
    await sandbox.settle();
    sandbox.jira.clearFaults();

    expect(dataOf(await callSurveyAdmin(sandbox, 'getSurveyOverview', { locale: 'zh-CN' })).rebuild).toMatchObject({
      status: 'failed',
      error: 'Jira 无法完成此操作（500）：Internal server error.',
    });
    expect(dataOf(await callSurveyAdmin(sandbox, 'getSurveyOverview', { locale: 'es' })).rebuild?.error).toBe(
      'Jira no ha podido hacerlo (500): Internal server error.',
    );
  });
});
