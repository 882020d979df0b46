import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { textIn } from '@brm/sandbox/runtime/manifest-texts';
import type { RegisterRow } from '#register/contract';
import { csvRow } from '#kernel/csv';
import { MANIFEST_PATH, appManifest } from '#test/support/app';

/**
 * The complaint panel, the register page and the settings tab for a German and a Chinese viewer:
 * their strings with plurals, dates, durations and the CSV export's headers and words. The
 * register's area registers when its surfaces' code loads, after the frame has set the viewer's
 * locale; each locale gets its own copy of the modules, as each frame does. The settings tab's rule
 * text, in every language, quotes the workflow validator by the name manifest.yml gives it there.
 */

const APP = '../../../../../static/app/src';

const i18nKey = z.object({ i18n: z.string() });
const manifestModules = z.object({ modules: z.record(z.string(), z.array(z.object({ name: z.unknown().optional() }).passthrough())) }).passthrough();

async function inLocale(raw: string) {
  let loaded:
    | (typeof import('../../../../../static/app/src/shared/i18n') &
        typeof import('../../../../../static/app/src/register-page/columns') &
        typeof import('../../../../../static/app/src/complaint-panel/format'))
    | undefined;
  await jest.isolateModulesAsync(async () => {
    const i18n = await import(`${APP}/shared/i18n`);
    await i18n.setLocale(raw);
    await import(`${APP}/shared/i18n/register`);
    await i18n.stringsReady();
    loaded = { ...i18n, ...(await import(`${APP}/register-page/columns`)), ...(await import(`${APP}/complaint-panel/format`)) };
  });
  if (!loaded) throw new Error(`the modules for ${raw} did not load`);
  return loaded;
}

const row: RegisterRow = {
  issueId: '10042',
  key: 'ACME-42',
  summary: 'Mail outage all morning',
  project: { id: '10000', key: 'ACME', name: 'ACME Corp' },
  status: { name: 'Resolved', category: 'done' },
  created: '2026-11-02T09:00:00.000Z',
  resolved: '2026-11-05T13:00:00.000Z',
  ageDays: null,
  resolutionHours: 76,
  customer: 'Contoso Pharmaceuticals',
  service: 'Mail',
  category: 'response-time',
  severity: 'high',
  measures: { total: 3, open: 1, openCorrective: 0, overdue: 1, nextDue: '2026-11-30' },
  escalated: true,
  response: 'disputed',
  rootCauseSet: false,
};

describe('the complaint register in German', () => {
  let de: Awaited<ReturnType<typeof inLocale>>;
  beforeAll(async () => {
    de = await inLocale('de_DE');
  });

  it('writes the panel’s sentences, with plurals, in German', () => {
    expect(de.currentLocale()).toBe('de');
    expect(de.t('complaint.summary', { open: 1, total: 1 })).toBe('1 von 1 Maßnahme offen');
    expect(de.t('complaint.summary', { open: 2, total: 3 })).toBe('2 von 3 Maßnahmen offen');
    expect(de.t('complaint.rule.corrective-measure-open', { count: 1 })).toBe('Kann noch nicht gelöst werden: 1 Korrekturmaßnahme ist noch offen.');
    expect(de.t('complaint.rule.corrective-measure-open', { count: 2 })).toBe('Kann noch nicht gelöst werden: 2 Korrekturmaßnahmen sind noch offen.');
    expect(de.t('complaint.type.preventive')).toBe('Vorbeugemaßnahme');
    expect(de.t('complaint.rootCause')).toBe('Ursache');
    expect(de.t('complaint.due', { date: de.shortDate('2026-03-03') })).toBe('Fällig am 3. März 2026');
    expect(de.t('complaint.escalation.stalled', { name: de.t('complaint.escalation.nobody'), date: de.shortDate('2026-11-20') })).toBe(
      'Zu lange offen: am 20. Nov. 2026 an niemanden eskaliert',
    );
  });

  it('names each button of a measure with its visible word', () => {
    const label = { description: 'Mail wiederherstellen' };
    expect(de.t('complaint.editLabel', label).toLowerCase()).toContain(de.t('complaint.edit').toLowerCase());
    expect(de.t('complaint.markDoneLabel', label).toLowerCase()).toContain(de.t('complaint.markDone').toLowerCase());
    expect(de.t('complaint.cancelMeasureLabel', label).toLowerCase()).toContain(de.t('complaint.cancelMeasure').toLowerCase());
    expect(de.t('complaint.reopenLabel', label).toLowerCase()).toContain(de.t('complaint.reopen').toLowerCase());
  });

  it('writes the register’s ages, counts and export in German', () => {
    expect(de.ageText(row)).toBe('Gelöst in 3 T. 4 Std.');
    expect(de.ageText({ ...row, resolutionHours: null, ageDays: 1200 })).toBe('seit 1.200 T. offen');
    expect(de.t('register.export.done', { count: 1 })).toBe('1 Beschwerde exportiert.');
    expect(de.t('register.export.running', { done: 100, total: 1250 })).toBe('100 von etwa 1.250 Beschwerden werden exportiert …');
    expect(de.t('register.export.fileName', { date: '2026-11-30' })).toBe('beschwerden-2026-11-30.csv');
  });

  it('exports the CSV with German headers and words, and values a spreadsheet computes with as they are', () => {
    expect(csvRow(de.CSV_COLUMNS.map((c) => de.t(c.heading)))).toBe(
      'Schlüssel,Zusammenfassung,Projekt,Kunde,Service,Kategorie,Schweregrad,Status,Eingegangen,Gelöst,Alter / Lösungszeit,Maßnahmen,Mit offenen Maßnahmen,Mit offenen Korrekturmaßnahmen,Mit überfälligen Maßnahmen,Nächste Fälligkeit,Eskaliert,Antwort des Kunden,Ursache erfasst\r\n',
    );
    expect(csvRow(de.CSV_COLUMNS.map((c) => c.cell(row)))).toBe(
      'ACME-42,Mail outage all morning,ACME,Contoso Pharmaceuticals,Mail,Reaktionszeit,Hoch,Resolved,2026-11-02T09:00:00.000Z,2026-11-05T13:00:00.000Z,Gelöst in 3 T. 4 Std.,3,1,0,1,2026-11-30,Ja,Bestritten,Nein\r\n',
    );
  });

  it('writes the settings tab in German', () => {
    expect(de.t('admin.tab.register')).toBe('Beschwerderegister');
    expect(de.t('admin.register.rule.intro')).toContain('den Validator „Beschwerdemaßnahmen sind abgeschlossen“');
  });
});

describe('the complaint register in Chinese', () => {
  let zh: Awaited<ReturnType<typeof inLocale>>;
  beforeAll(async () => {
    zh = await inLocale('zh_CN');
  });

  it('writes the panel’s sentences and dates in Chinese', () => {
    expect(zh.currentLocale()).toBe('zh-CN');
    expect(zh.t('complaint.summary', { open: 2, total: 3 })).toBe('共 3 项措施，2 项未完成');
    expect(zh.t('complaint.rule.corrective-measure-open', { count: 2 })).toBe('尚不能解决：仍有 2 项纠正措施未完成。');
    expect(zh.t('complaint.closedBy', { status: zh.t('complaint.status.done'), name: 'Kim Agent', date: zh.shortDate('2026-03-03') })).toBe(
      'Kim Agent 于 2026年3月3日 标记为已完成',
    );
    expect(zh.t('complaint.editLabel', { description: '恢复邮件服务' })).toBe('编辑措施“恢复邮件服务”');
  });

  it('writes the register’s ages, counts and CSV in Chinese', () => {
    expect(zh.ageText(row)).toBe('3 天 4 小时内解决');
    expect(zh.t('register.export.done', { count: 1234 })).toBe('已导出 1,234 个投诉。');
    const [header] = csvRow(zh.CSV_COLUMNS.map((c) => zh.t(c.heading))).split(',');
    expect(header).toBe('关键字');
    expect(csvRow(zh.CSV_COLUMNS.map((c) => c.cell(row)))).toContain(',响应时间,高,Resolved,');
    expect(csvRow(zh.CSV_COLUMNS.map((c) => c.cell(row)))).toMatch(/,是,有异议,否\r\n$/);
  });
});

describe("the settings tab's rule text, in each language", () => {
  /** The workflow validator's name as Jira's workflow editor shows it to a reader of this Jira locale (manifest.yml's translations). */
  const validatorName = (jiraLocale: string): string => {
    const manifest = appManifest();
    const key = i18nKey.parse(manifestModules.parse(parse(readFileSync(MANIFEST_PATH, 'utf8'))).modules['jira:workflowValidator']?.[0]?.name).i18n;
    if (!manifest.translations) throw new Error('manifest.yml has no translations.');
    return textIn(manifest.translations.text(key), jiraLocale);
  };

  it.each(['en_US', 'de_DE', 'es_ES', 'zh_CN', 'in_ID'])('quotes the validator by the name Jira shows a %s reader', async (jiraLocale) => {
    const name = validatorName(jiraLocale);
    expect((await inLocale(jiraLocale)).t('admin.register.rule.intro')).toContain(name);
    if (jiraLocale === 'in_ID') expect(name).toBe('Complaint measures are closed');
  });
});
