import { sentence } from '#kernel/texts';
import { inputError } from '#platform/resolver/contract-resolver';
import { surveyAdminContract } from '#surveys/admin-contract';
import { checkAnswers } from '#surveys/domain/answers';
import { campaignSetup } from '#surveys/domain/campaign';
import { DEFAULT_QUESTIONNAIRE } from '#surveys/domain/default-questionnaire';
import { DEFAULT_RULES } from '#surveys/domain/survey-rules';
import { surveyPortalContract } from '#surveys/portal-contract';
import { dayIn, SURVEY_TEXTS } from '#surveys/texts';

/** The surveys' sentences in their readers' languages: what customers and owners read, and the refusals of bad input. */

describe('what the surveys write into Jira', () => {
  const params = (locale: 'en' | 'de' | 'zh-CN') => ({
    key: 'ACME-7',
    link: 'https://acme.example/portal/1/ACME-7',
    expires: dayIn(locale, '2026-12-01T09:00:00.000Z'),
  });

  it('invites a customer in their language, the day written as they write it', () => {
    expect(SURVEY_TEXTS.in('en', 'invitation.comment', params('en'))).toBe(
      'Your request ACME-7 has been resolved. How did we do? Please answer our short survey on the request’s page: https://acme.example/portal/1/ACME-7. The survey is open until 2026-12-01.',
    );
    expect(SURVEY_TEXTS.in('de', 'invitation.comment', params('de'))).toBe(
      'Ihre Anfrage ACME-7 wurde gelöst. Wie zufrieden waren Sie mit uns? Bitte beantworten Sie unsere kurze Umfrage auf der Seite der Anfrage: https://acme.example/portal/1/ACME-7. Die Umfrage ist bis zum 1. Dezember 2026 geöffnet.',
    );
    expect(SURVEY_TEXTS.in('zh-CN', 'reminder.comment', params('zh-CN'))).toBe(
      '关于 ACME-7 的提醒：我们非常希望您能回答该请求页面上的简短调查：https://acme.example/portal/1/ACME-7。调查将于 2026年12月1日 结束。',
    );
  });

  it('writes the follow-up’s reasons and counts in the reader’s language', () => {
    const reasons = (locale: 'de' | 'zh-CN') =>
      [
        SURVEY_TEXTS.in(locale, 'followUp.reason.overall', { value: 1 }),
        SURVEY_TEXTS.in(locale, 'followUp.reason.dimension', { dimension: locale === 'de' ? 'Schnelligkeit' : '处理速度', value: 2 }),
        SURVEY_TEXTS.in(locale, 'followUp.reason.nps', { value: 3 }),
      ].join(SURVEY_TEXTS.in(locale, 'followUp.reasonSeparator'));
    expect(SURVEY_TEXTS.in('de', 'followUp.subject', { key: 'ACME-7' })).toBe('Niedrige Zufriedenheitsbewertung bei ACME-7');
    expect(reasons('de')).toBe('Gesamtzufriedenheit 1 von 5; Schnelligkeit 2 von 5; Weiterempfehlung 3 von 10 (ein Detraktor)');
    expect(reasons('zh-CN')).toBe('总体满意度 1/5；处理速度 2/5；推荐意愿 3/10（贬损者）');
    expect(SURVEY_TEXTS.in('de', 'campaign.failedContacts', { count: 1 })).toBe('An 1 Kontakt konnte die Umfrage nicht gesendet werden.');
    expect(SURVEY_TEXTS.in('en', 'campaign.failedContacts', { count: 3 })).toBe('3 contacts could not be sent the survey.');
    expect(SURVEY_TEXTS.in('zh-CN', 'error.editClosed', { hours: 12 })).toBe('回答已无法更改：回答只能在提交后 12 小时内更改。');
  });
});

describe('bad input', () => {
  it('is refused in the caller’s language, a limit the admin set included', () => {
    const payload = { rules: { ...DEFAULT_RULES, expiryDays: 3, reminderDays: 5, delayHours: 1000, responders: 'everyone' } };
    const parsed = surveyAdminContract.saveSurveyRules.input.safeParse(payload);
    if (parsed.success) throw new Error('expected a failure');
    const failure = inputError(parsed.error, payload);
    expect(failure.text.english).toBe('rules.delayHours: must be at most 720; rules.responders: must be one of reporter, participants, organization');
    expect(failure.text.in('de')).toBe(
      'rules.delayHours: darf höchstens 720 sein; rules.responders: muss einer der folgenden Werte sein: reporter, participants, organization',
    );
    expect(failure.text.in('zh-CN')).toBe('rules.delayHours: 最多为 720; rules.responders: 必须是以下值之一：reporter、participants、organization');

    const late = { ...payload.rules, delayHours: 0, responders: 'reporter' };
    const reminder = surveyAdminContract.saveSurveyRules.input.safeParse({ rules: late });
    if (reminder.success) throw new Error('expected a failure');
    expect(inputError(reminder.error, { rules: late }).text.in('de')).toBe('rules.reminderDays: muss kleiner sein als die Laufzeit der Umfrage (3 Tage)');
    expect(inputError(reminder.error, { rules: late }).text.in('zh-CN')).toBe('rules.reminderDays: 必须少于调查的开放天数（3 天）');
  });

  it('translates every message of the surveys’ own checks, so a changed rule cannot fall back to English unnoticed', () => {
    const bad: [{ safeParse: (value: unknown) => { success: boolean; error?: unknown } }, unknown][] = [
      [surveyPortalContract.submitSurveyResponse.input, { issueKey: 'ACME-1', invitationId: 'x'.repeat(201), answers: [], revision: null }],
      [surveyAdminContract.getCampaign.input, { id: 'x'.repeat(65) }],
      [
        campaignSetup,
        {
          name: 'Q4',
          questionnaireId: 'Default',
          organizationIds: [],
          audience: 'everyone',
          keyContacts: {},
          serviceDeskId: 'one',
          requestTypeId: '2',
          expiryDays: 91,
          reminderDays: 0,
          anonymous: false,
        },
      ],
      ...(
        [
          { organizationsBy: 'name', organizationIds: [], tiers: ['key'] },
          { organizationsBy: 'tier', organizationIds: ['10'], tiers: [] },
          { organizationsBy: 'tier', organizationIds: [], tiers: ['key', 'key'] },
          { organizationsBy: 'size', organizationIds: [], tiers: ['gold'] },
        ] as const
      ).map((choice): [typeof campaignSetup, unknown] => [
        campaignSetup,
        {
          name: 'Q4',
          questionnaireId: 'default',
          audience: 'all-customers',
          keyContacts: {},
          serviceDeskId: '1',
          requestTypeId: '2',
          expiryDays: 14,
          reminderDays: null,
          anonymous: false,
          ...choice,
        },
      ]),
      [
        surveyAdminContract.saveQuestionnaireDraft.input,
        {
          id: 'default',
          expectedRev: 1,
          definition: {
            ...DEFAULT_QUESTIONNAIRE,
            intro: { de: 'Nur Deutsch' },
            dimensions: [{ id: 'speed', kind: 'fast', label: { en: 'Speed' } }],
            questions: [{ id: 'mood', kind: 'feeling', required: false, text: { en: 'Mood?' } }],
          },
        },
      ],
      // The rules between parts of a definition, checked once each part is well formed.
      [
        surveyAdminContract.saveQuestionnaireDraft.input,
        {
          id: 'default',
          expectedRev: 1,
          definition: {
            ...DEFAULT_QUESTIONNAIRE,
            questions: [
              ...DEFAULT_QUESTIONNAIRE.questions,
              { id: 'again', kind: 'nps', required: false, text: { en: 'Again?' } },
              { id: 'more', kind: 'rating', required: false, text: { en: 'More?' } },
              { id: 'note', kind: 'text', required: false, text: { en: 'Note?' }, overall: true },
              { id: 'other', kind: 'text', required: false, text: { en: 'Other?' } },
              { id: 'speed', kind: 'yes-no', required: false, text: { en: 'Fast?' }, dimensionId: 'speed' },
            ],
          },
        },
      ],
    ];
    const seen = new Set<string>();
    for (const [schema, payload] of bad) {
      const parsed = schema.safeParse(payload);
      expect(parsed.success).toBe(false);
      const failure = inputError((parsed as { error: Parameters<typeof inputError>[0] }).error, payload);
      failure.text.english.split('; ').forEach((part) => seen.add(part.replace(/^[\w.]+: /, '')));
      // Sentences that quote an id a person typed stay in English by design.
      const parts = failure.text.in('de').split('; ');
      const english = failure.text.english.split('; ');
      parts.forEach((part, i) => {
        if (/ is not a dimension of this questionnaire| is used by another /.test(english[i] ?? '')) return;
        expect(part).not.toBe(english[i]);
      });
    }
    expect(seen).toEqual(
      new Set([
        'is not an invitation id',
        'must be an object of answers by question id',
        'is not a campaign id',
        'must be a questionnaire id',
        'must name at least one organization',
        'must be empty when the organizations are chosen by name',
        'must be empty when the organizations are chosen by tier',
        'must name at least one tier',
        'must name each tier once',
        'must be name or tier',
        'must be one of strategic, key, standard',
        'must be key-contacts or all-customers',
        'must be an id (digits only)',
        'must be at most 90',
        'must be at least 1',
        'needs an English text (en)',
        'must be hard or soft',
        'must be one of rating, nps, ces, yes-no, text',
        'speed is used by another question',
        'applies to ratings only',
        'a questionnaire has at most one NPS question',
        'a questionnaire has at most one overall satisfaction question',
        'is required for a rating that is not the overall satisfaction',
        'must have at most 2 free-text questions',
      ]),
    );
  });

  it('names each bad answer in the customer’s language', () => {
    const checked = checkAnswers(DEFAULT_QUESTIONNAIRE, { overall: 6, recommend: 'sure', mood: 3, comment: 'x'.repeat(1001) });
    if (checked.ok) throw new Error('expected problems');
    expect(checked.problems.map((p) => `${p.questionId}: ${sentence(p.message).in('de')}`)).toEqual([
      'mood: ist keine Frage dieser Umfrage',
      'overall: muss eine ganze Zahl von 1 bis 5 sein',
      'quality: ist erforderlich',
      'speed: ist erforderlich',
      'friendliness: ist erforderlich',
      'orientation: ist erforderlich',
      'recommend: muss eine ganze Zahl von 0 bis 10 sein',
      'comment: darf höchstens 1.000 Zeichen lang sein',
    ]);
    expect(sentence('must be a whole number from 1 to 7').in('zh-CN')).toBe('必须是 1 到 7 之间的整数');
  });
});
