import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { DEFAULT_QUESTIONNAIRE } from '#surveys/domain/default-questionnaire';
import { DEFAULT_RULES } from '#surveys/domain/survey-rules';
import { agent, customers, dataOf, errorOf, startSandbox } from '../harness';
import { callPanel, callPortal, callSurveyAdmin, enableSurveys, goodAnswers, openCustomerRequest, resolveRequest, surveyPropertyOf } from './survey-harness';

jest.setTimeout(60_000);

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = startSandbox();
});
afterEach(() => sandbox.close());

describe('questionnaires and their versions (admin page)', () => {
  it('editing the published default makes a draft; publishing it freezes a new version; earlier invitations keep theirs', async () => {
    await enableSurveys(sandbox);
    const before = openCustomerRequest(sandbox, 0);
    const after = openCustomerRequest(sandbox, 1);
    await resolveRequest(sandbox, before.key);

    const listed = dataOf(await callSurveyAdmin(sandbox, 'listQuestionnaires', {})).questionnaires;
    expect(listed).toEqual([expect.objectContaining({ id: 'default', publishedVersion: 1, draftVersion: 0, languages: ['en', 'de', 'es', 'zh-CN', 'id'] })]);
    const rev = listed[0]?.rev ?? 0;
    const edited = {
      ...DEFAULT_QUESTIONNAIRE,
      questions: DEFAULT_QUESTIONNAIRE.questions.map((q) => (q.id === 'overall' ? { ...q, text: { ...q.text, en: 'All in all, how satisfied are you?' } } : q)),
    };
    const draft = dataOf(await callSurveyAdmin(sandbox, 'saveQuestionnaireDraft', { id: 'default', definition: edited, expectedRev: rev })).summary;
    expect(draft).toMatchObject({ publishedVersion: 1, draftVersion: 2 });
    // Someone else's stale edit is refused.
    expect(errorOf(await callSurveyAdmin(sandbox, 'saveQuestionnaireDraft', { id: 'default', definition: edited, expectedRev: rev })).code).toBe('CONFLICT');
    const published = dataOf(await callSurveyAdmin(sandbox, 'publishQuestionnaire', { id: 'default', expectedRev: draft.rev })).summary;
    expect(published).toMatchObject({ publishedVersion: 2, draftVersion: 0 });
    const versions = dataOf(await callSurveyAdmin(sandbox, 'getQuestionnaire', { id: 'default' })).versions;
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    expect(versions[0]?.definition.questions[0]?.text.en).toBe('Overall, how satisfied are you with our service?');

    // The invitation sent before still shows and takes version 1; a new one is sent with version 2.
    const old = dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: before.key }, before.reporter)).survey;
    expect(old?.questionnaire.questions[0]?.text).toBe('Overall, how satisfied are you with our service?');
    await resolveRequest(sandbox, after.key);
    const fresh = dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: after.key }, after.reporter)).survey;
    expect(fresh?.questionnaire.questions[0]?.text).toBe('All in all, how satisfied are you?');
    expect(z.object({ questionnaireVersion: z.number() }).parse(surveyPropertyOf(sandbox, after.key)).questionnaireVersion).toBe(2);
    dataOf(
      await callPortal(
        sandbox,
        'submitSurveyResponse',
        { issueKey: before.key, invitationId: old?.invitationId, answers: goodAnswers, revision: null },
        before.reporter,
      ),
    );
    expect(dataOf(await callPanel(sandbox, before.key, agent().accountId)).survey?.questionnaire).toEqual({ name: 'Customer satisfaction', version: 1 });
  });

  it('shows the customer the questionnaire in their language when it has it, English otherwise', async () => {
    await enableSurveys(sandbox);
    const request = openCustomerRequest(sandbox);
    await resolveRequest(sandbox, request.key);
    const inGerman = dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: request.key, locale: 'de_DE' }, request.reporter)).survey;
    expect(inGerman?.language).toBe('de');
    expect(inGerman?.questionnaire.questions.find((q) => q.id === 'recommend')).toMatchObject({
      text: 'Wie wahrscheinlich ist es, dass Sie uns Kolleginnen, Kollegen oder Freunden weiterempfehlen?',
      scale: { min: 0, max: 10, low: 'Äußerst unwahrscheinlich', high: 'Äußerst wahrscheinlich' },
    });
    const inFrench = dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: request.key, locale: 'fr_FR' }, request.reporter)).survey;
    expect(inFrench?.language).toBe('en');
  });

  it('refuses rules with JQL Jira does not accept, naming the field, and non-admins altogether', async () => {
    await enableSurveys(sandbox);
    const bad = await callSurveyAdmin(sandbox, 'saveSurveyRules', {
      rules: { ...DEFAULT_RULES, enabled: true, scope: { kind: 'jql', jql: 'project = ACME AND' } },
    });
    expect(errorOf(bad)).toMatchObject({ code: 'INVALID_INPUT', field: 'rules.scope.jql' });
    const reminderAfterExpiry = await callSurveyAdmin(sandbox, 'saveSurveyRules', { rules: { ...DEFAULT_RULES, expiryDays: 3, reminderDays: 5 } });
    expect(errorOf(reminderAfterExpiry)).toMatchObject({ code: 'INVALID_INPUT', field: 'rules.reminderDays' });
    const customer = customers()[0]?.accountId;
    expect(errorOf(await callSurveyAdmin(sandbox, 'listQuestionnaires', {}, customer)).code).toBe('FORBIDDEN');
    expect(errorOf(await callSurveyAdmin(sandbox, 'saveSurveyRules', { rules: DEFAULT_RULES }, agent().accountId)).code).toBe('FORBIDDEN');
  });
});
