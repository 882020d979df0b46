import fc from 'fast-check';
import { provisioningContract } from '#provisioning/contract';
import { teamManagedSteps } from '#provisioning/domain/manual-steps';
import { planProvisioning } from '#provisioning/domain/plan';
import type { ProvisioningSnapshot } from '#provisioning/domain/snapshot';
import { PROJECTS_PER_CALL_MAX, type ProvisioningPlan } from '#provisioning/domain/steps';
import { listIn } from '#provisioning/domain/texts';
import { describeFailure } from '#provisioning/run-report';
import { LOCALES, TRANSLATED_LOCALES } from '#kernel/locales';
import { JiraError } from '#platform/jira/jira-error';
import { inputError } from '#platform/resolver/contract-resolver';
import { arbitraryCase, companyProject, defaultFields, jsmScreens } from './domain/snapshot-fixtures';

/** Provisioning in the admin's language: the plan, the checklist, a run's failures and the calls' checks. */

const freshSite: ProvisioningSnapshot = {
  issueTypes: [{ id: '1', name: 'Service Request' }],
  schemes: [{ id: 's1', name: 'ACME scheme', issueTypeIds: ['1'] }],
  projects: [companyProject('10000', 'ACME', 's1', { requestTypes: [] })],
  fields: defaultFields(),
  screens: jsmScreens(),
};

const summaryOf = (plan: ProvisioningPlan, id: string) => plan.items.find((i) => i.id === id)?.summary;

/** Every sentence of a plan, for checks that hold in every language. */
const sentencesOf = (plan: ProvisioningPlan): string[] =>
  plan.items.flatMap((i) => [i.summary, ...(i.blocked === undefined ? [] : [i.blocked]), ...(i.adminAction ? [i.adminAction.message] : [])]);

/** A plan without its words: what it does, which must not depend on the language. */
const shapeOf = (plan: ProvisioningPlan) =>
  plan.items.map(({ id, area, projectIds, steps, blocked, adminAction }) => ({
    id,
    area,
    projectIds,
    steps,
    blocked: blocked !== undefined,
    link: adminAction?.link,
  }));

describe('the provisioning plan', () => {
  it('says what it will do in the admin’s language', () => {
    const german = planProvisioning(freshSite, ['10000'], 'de');
    expect(summaryOf(german, 'issuetype:complaint')).toBe('Vorgangstyp Complaint für vom Unternehmen verwaltete Projekte erstellen.');
    expect(summaryOf(german, 'screen:brm-customer:10000')).toBe(
      'Das Feld Customer in ACME für die BRM-Vorgangstypen und die Anfragetypen den Masken zum Erstellen, Bearbeiten und Anzeigen hinzufügen.',
    );
    expect(german.items.find((i) => i.id === 'requesttype:10000:complaint')?.adminAction?.message).toBe(
      'Fügen Sie den Anfragetyp „Raise a complaint“ einer Portalgruppe von ACME hinzu.',
    );

    const chinese = planProvisioning(freshSite, ['10000'], 'zh-CN');
    expect(summaryOf(chinese, 'issuetype:complaint')).toBe('为公司管理项目创建事务类型 Complaint。');
    expect(summaryOf(chinese, 'screen:brm-planned-cost:10000')).toBe(
      '将 Planned cost 字段放到 ACME 中事务类型“Business Case”的创建、编辑和查看界面上（3 个界面）。',
    );
    expect(summaryOf(chinese, 'scheme:s1')).toBe('将 Complaint、Compliment、Business Case 和 Service Requirement 添加到事务类型方案“ACME scheme”（ACME）。');
  });

  it('is the same plan in every language, and English unless asked otherwise', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot, projectIds }) => {
        const english = planProvisioning(snapshot, projectIds);
        expect(planProvisioning(snapshot, projectIds, 'en')).toEqual(english);
        for (const locale of TRANSLATED_LOCALES) {
          const translated = planProvisioning(snapshot, projectIds, locale);
          expect(shapeOf(translated)).toEqual(shapeOf(english));
          for (const sentence of sentencesOf(translated)) expect(sentence).not.toMatch(/\{\s*\w+\s*[},]/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives a team-managed project’s checklist in the admin’s language, with every parameter filled in', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ snapshot }) => {
        for (const project of snapshot.projects.filter((p) => p.style === 'team-managed'))
          for (const locale of LOCALES)
            for (const step of teamManagedSteps(snapshot, project, locale)) expect(`${step.task} ${step.detail ?? ''}`).not.toMatch(/\{\s*\w+\s*[},]/);
      }),
      { numRuns: 40 },
    );
  });
});

describe('lists of names', () => {
  it('read as each language lists them', () => {
    const fields = ['Customer', 'Service', 'Planned cost'];
    expect(listIn('en', fields)).toBe('Customer, Service and Planned cost');
    expect(listIn('de', fields)).toBe('Customer, Service und Planned cost');
    expect(listIn('es', fields)).toBe('Customer, Service y Planned cost');
    expect(listIn('zh-CN', fields)).toBe('Customer、Service 和 Planned cost');
    expect(listIn('zh-CN', ['创建', '编辑', '查看'])).toBe('创建、编辑和查看');
    expect(listIn('id', ['Customer'])).toBe('Customer');
  });
});

describe('a run’s failures', () => {
  it('are told in the run’s language, quoting Jira’s reason as Jira gave it', () => {
    const failure = new JiraError(500, 'PUT', '/rest/api/3/issuetypescheme/s1/issuetype', ['Internal server error.'], {});
    expect(describeFailure(failure)).toBe('Jira answered 500: Internal server error.');
    expect(describeFailure(failure, 'de')).toBe('Jira hat mit 500 geantwortet: Internal server error.');
    expect(describeFailure(failure, 'zh-CN')).toBe('Jira 返回了 500：Internal server error.');
  });
});

describe('the provisioning calls’ checks', () => {
  const projectIdsError = (projectIds: unknown) => {
    const payload = { projectIds };
    const parsed = provisioningContract.planProvisioning.input.safeParse(payload);
    if (parsed.success) throw new Error('expected a failure');
    return inputError(parsed.error, payload).text;
  };

  it('are written in the caller’s language, the limit included', () => {
    const tooMany = projectIdsError(Array.from({ length: PROJECTS_PER_CALL_MAX + 1 }, (_, i) => String(10000 + i)));
    expect(tooMany.english).toBe(`projectIds: choose at most ${PROJECTS_PER_CALL_MAX} projects at a time`);
    expect(tooMany.in('de')).toBe(`projectIds: wählen Sie höchstens ${PROJECTS_PER_CALL_MAX} Projekte auf einmal aus`);
    expect(projectIdsError([]).in('zh-CN')).toBe('projectIds: 请至少选择一个项目');
    expect(projectIdsError(['ACME']).in('es')).toBe('projectIds.0: debe ser un identificador de proyecto (solo dígitos)');
    expect(projectIdsError('ACME').in('id')).toBe('projectIds: harus berupa daftar ID proyek');
  });
});
