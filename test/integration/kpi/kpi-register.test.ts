import { z } from 'zod';
import type { Sandbox } from '@brm/sandbox/sandbox';
import { resolvePeriod } from '#kernel/periods';
import type { KpiReport } from '#kpi/contract';
import { agent, callKpiGadget, dataOf, startSandbox } from '#test/integration/harness';

/**
 * The complaint KPIs that read the complaint register's indexed property (`brmEscalated`,
 * `brmNextDue`, `brmReopened`), on the demo tenant, whose complaints the seed gives the register's `brm-complaint`
 * record: the gadget's numbers equal those worked out here from the issues and their property.
 */

let sandbox: Sandbox;
beforeAll(() => (sandbox = startSandbox()));
afterAll(() => sandbox.close());

const record = z.object({
  escalated: z.enum(['yes', 'no']),
  nextDue: z.string().optional(),
  reopenings: z.object({ lastAt: z.string().optional() }).optional(),
});
const at = (text: string | null): number => (text === null ? Number.NaN : Date.parse(text));

const kpi = (report: KpiReport, id: string) => {
  const found = report.kpis.find((k) => k.id === id);
  if (!found) throw new Error(`no ${id} in the report`);
  return found;
};

it('escalated, reopened complaints and complaints with overdue measures equal what the register recorded on them', async () => {
  const spec = { kind: 'rolling-days', days: 365 } as const;
  const report = dataOf(
    await callKpiGadget(
      sandbox,
      'getKpis',
      { kpis: [{ id: 'complaints-escalated' }, { id: 'complaints-overdue' }, { id: 'complaints-reopened' }], period: spec, compare: 'none' },
      agent().accountId,
    ),
  );
  const period = resolvePeriod(spec, Date.now());
  const complaintType = sandbox.jira.store.issueTypes().find((t) => t.name === 'Complaint')?.id;
  const complaints = sandbox.jira.store.docs.issues.all().filter((i) => i.issueTypeId === complaintType);
  const withRecord = complaints.flatMap((i) => {
    const parsed = record.safeParse(i.properties['brm-complaint']);
    return parsed.success ? [{ issue: i, record: parsed.data }] : [];
  });
  const today = new Date(Date.now()).toISOString().slice(0, 10);
  const escalated = withRecord.filter(({ issue, record }) => record.escalated === 'yes' && at(issue.created) >= period.start && at(issue.created) < period.end);
  const overdue = withRecord.filter(
    ({ issue, record }) =>
      at(issue.created) < period.end &&
      (issue.resolutiondate === null || at(issue.resolutiondate) >= period.end) &&
      record.nextDue !== undefined &&
      record.nextDue < today,
  );
  const reopened = withRecord.filter(
    ({ record }) => record.reopenings?.lastAt !== undefined && at(record.reopenings.lastAt) >= period.start && at(record.reopenings.lastAt) < period.end,
  );
  // The seed's register has escalated some complaints, let some measures run late and seen some complaints reopened.
  expect(escalated.length).toBeGreaterThan(0);
  expect(overdue.length).toBeGreaterThan(0);
  expect(reopened.length).toBeGreaterThan(0);
  expect([kpi(report, 'complaints-reopened').state, kpi(report, 'complaints-reopened').value]).toEqual(['ok', reopened.length]);
  expect([kpi(report, 'complaints-escalated').state, kpi(report, 'complaints-escalated').value]).toEqual(['ok', escalated.length]);
  expect([kpi(report, 'complaints-overdue').state, kpi(report, 'complaints-overdue').value]).toEqual(['ok', overdue.length]);
  expect(kpi(report, 'complaints-escalated').drillDownJql).toContain('brmEscalated = "yes"');
});
