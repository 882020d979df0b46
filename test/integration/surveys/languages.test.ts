import type { Sandbox } from '@brm/sandbox/sandbox';
import { DEFAULT_RULES } from '#surveys/domain/survey-rules';
import { admin, agent, dataOf, errorOf } from '../harness';
import {
  addService,
  answerSurvey,
  callPanel,
  callPortal,
  callSurveyAdmin,
  enableSurveys,
  goodAnswers,
  notifyOwnerOnPoorDimension,
  openCustomerRequest,
  poorAnswers,
  publicComments,
  resolveRequest,
  resolveWithNewService,
  setCustomerAndService,
  setRelationshipOwner,
  speaks,
  startSurveySandbox,
  stopSurveySandbox,
  sweep,
  travel,
} from './survey-harness';

/**
 * Surveys in their readers' languages, as Jira gives them (the user's `locale`): the invitation and
 * the reminder in the customer's, the questionnaire on the portal in the same language, refusals in
 * the caller's; the follow-up's email in its recipient's, its Complaint in the site's; the panel in
 * its frame's. Time is Jest's fake `Date` (timers stay real), as in timing.test.ts.
 */

jest.setTimeout(90_000);

const DAY = 24 * 3_600_000;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = startSurveySandbox({ now: new Date('2026-06-01T09:00:00Z') });
});
afterEach(() => stopSurveySandbox(sandbox));

describe('a German customer', () => {
  it('is invited and reminded in German, answers the German questionnaire, and is refused in German once it has closed', async () => {
    await enableSurveys(sandbox, { reminderDays: 3, expiryDays: 7 });
    const request = openCustomerRequest(sandbox);
    speaks(sandbox, request.reporter, 'de_DE');
    await resolveRequest(sandbox, request.key);

    const [invitation] = await publicComments(sandbox, request.key);
    expect(invitation).toMatch(
      new RegExp(
        `^Ihre Anfrage ${request.key} wurde gelöst\\. Wie zufrieden waren Sie mit uns\\? Bitte beantworten Sie unsere kurze Umfrage auf der Seite der Anfrage: .*/portal/1/${request.key}\\. Die Umfrage ist bis zum 8\\. Juni 2026 geöffnet\\.$`,
      ),
    );

    // The portal sends the frame's locale, which is the customer's Jira language: the questionnaire follows it.
    const shown = dataOf(await callPortal(sandbox, 'getPortalSurvey', { issueKey: request.key, locale: 'de_DE' }, request.reporter)).survey;
    expect(shown?.language).toBe('de');
    expect(shown?.questionnaire.questions[0]?.text).toBe('Wie zufrieden sind Sie insgesamt mit unserem Service?');
    expect(shown?.questionnaire.questions[0]?.scale).toMatchObject({ low: 'Sehr unzufrieden', high: 'Sehr zufrieden' });

    travel(3 * DAY);
    await sweep(sandbox);
    const comments = await publicComments(sandbox, request.key);
    expect(comments[1]).toMatch(new RegExp(`^Eine Erinnerung zu ${request.key}: .* Die Umfrage endet am 8\\. Juni 2026\\.$`));

    travel(4 * DAY);
    await sweep(sandbox);
    const refused = errorOf(await answerSurvey(sandbox, request, goodAnswers, 'de_DE'));
    expect(refused).toEqual({ code: 'CONFLICT', message: 'Diese Umfrage wurde am 8. Juni 2026 geschlossen; sie nimmt keine Antworten mehr entgegen.' });
  });
});

describe('a Chinese customer', () => {
  it('is invited in Chinese; a bad answer and a second first answer are refused in Chinese', async () => {
    await enableSurveys(sandbox);
    const request = openCustomerRequest(sandbox);
    speaks(sandbox, request.reporter, 'zh_CN');
    await resolveRequest(sandbox, request.key);
    const [invitation] = await publicComments(sandbox, request.key);
    expect(invitation).toMatch(new RegExp(`^您的请求 ${request.key} 已解决。您对我们的服务满意吗？.*调查开放至 2026年6月15日。$`));

    const submit = (answers: Record<string, unknown>) => answerSurvey(sandbox, request, answers, 'zh_CN');
    expect(errorOf(await submit({ ...goodAnswers, recommend: 11, mood: 3 }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'answers.mood',
      message: 'answers.mood: 不是此调查中的问题; answers.recommend: 必须是 0 到 10 之间的整数',
    });
    dataOf(await submit(goodAnswers));
    expect(errorOf(await submit(goodAnswers))).toEqual({ code: 'CONFLICT', message: '此调查已被回答。' });
  });
});

describe('the follow-up on a low score', () => {
  it('emails the owner in the owner’s language, naming the dimensions as the questionnaire does in it; the panel reads in its frame’s language', async () => {
    const owner = agent().accountId;
    speaks(sandbox, owner, 'de_DE');
    await enableSurveys(sandbox, { followUp: notifyOwnerOnPoorDimension });
    const request = openCustomerRequest(sandbox);
    await resolveWithNewService(sandbox, request, 'Network', owner);
    dataOf(await answerSurvey(sandbox, request, poorAnswers));
    await sweep(sandbox);
    const [mail] = sandbox.jira.store.docs.notifications.all();
    expect(mail?.subject).toBe(`Niedrige Zufriedenheitsbewertung bei ${request.key}`);
    expect(mail?.textBody).toBe(
      `Schnelligkeit 1 von 5\n\nDie Umfrage zu ${request.key} erfordert eine Nachverfolgung beim Kunden. Öffnen Sie die Anfrage, um die Antworten zu sehen.`,
    );

    const panel = dataOf(await callPanel(sandbox, request.key, owner, 'de')).survey;
    expect(panel?.dimensions.find((d) => d.id === 'speed')).toMatchObject({ label: 'Schnelligkeit', value: 1 });
    expect(panel?.answers.find((a) => a.questionId === 'comment')?.text).toBe('Möchten Sie uns noch etwas mitteilen?');
  });

  it('raises the Complaint in the site’s language, whoever answered; a failed notification reads in the panel’s language', async () => {
    await enableSurveys(sandbox, { followUp: { ...DEFAULT_RULES.followUp, enabled: true, overallAtOrBelow: 2, action: 'complaint' } });
    const request = openCustomerRequest(sandbox);
    speaks(sandbox, request.reporter, 'zh_CN');
    await resolveWithNewService(sandbox, request, 'Laptops');
    dataOf(await answerSurvey(sandbox, request, poorAnswers, 'zh_CN'));
    await sandbox.settle();
    const followUp = dataOf(await callPanel(sandbox, request.key, agent().accountId)).survey?.followUp;
    const complaint = sandbox.jira.store.issue(followUp?.issueKey ?? '');
    // The sandbox's site speaks English (serverInfo's defaultLocale).
    expect(JSON.stringify(complaint?.description)).toContain(
      `The customer’s survey on ${request.key} scored low: overall satisfaction 1 of 5; recommendation 2 of 10 (a detractor). Their comment: “It took three weeks.”`,
    );

    // A customer without a BRM owner and a service without an owner: nobody to notify, which the
    // panel says in its reader's language.
    await enableSurveys(sandbox, {
      followUp: { ...DEFAULT_RULES.followUp, enabled: true, overallAtOrBelow: 2, action: 'notify-owner' },
    });
    const second = openCustomerRequest(sandbox, 1);
    const { customerId } = await setCustomerAndService(sandbox, second.key, second.reporter, await addService(sandbox, 'Printers'));
    await setRelationshipOwner(sandbox, customerId, null);
    await resolveRequest(sandbox, second.key);
    dataOf(await answerSurvey(sandbox, second, poorAnswers));
    expect(dataOf(await callPanel(sandbox, second.key, agent().accountId, 'zh-CN')).survey?.followUp).toMatchObject({
      status: 'failed',
      reason: '没有可通知的人：该客户在客户组合中没有 BRM 负责人，且该请求的服务在服务目录中没有负责人。',
    });
  });
});

describe('the admin page', () => {
  it('refuses rules in the admin’s language, with the limit the admin set', async () => {
    speaks(sandbox, admin().accountId, 'es_ES');
    const refused = errorOf(await callSurveyAdmin(sandbox, 'saveSurveyRules', { rules: { ...DEFAULT_RULES, expiryDays: 3, reminderDays: 5 } }));
    expect(refused).toEqual({
      code: 'INVALID_INPUT',
      field: 'rules.reminderDays',
      message: 'rules.reminderDays: debe ser menor que el plazo de la encuesta (3 días)',
    });
    speaks(sandbox, admin().accountId, 'de_DE');
    expect(errorOf(await callSurveyAdmin(sandbox, 'saveSurveyRules', { rules: { ...DEFAULT_RULES, delayHours: 1000 } })).message).toBe(
      'rules.delayHours: darf höchstens 720 sein',
    );
  });
});
