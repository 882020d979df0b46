import type { TerminalClause } from '@atlaskit/jql-ast';
import fc from 'fast-check';
import { parseJql } from '@brm/sandbox/jira/jql/parse-jql';
import { jqlStringValue } from '@brm/sandbox/jira/jql/operands';
import type { AppFieldKey } from '#provisioning/domain/app-fields';
import { KPI_CATALOGUE } from '#kpi/domain/catalogue';
import { drillDownJql, needsOf } from '#kpi/domain/evaluate';
import { jqlDateText, MissingAppField, selectionJql, type JqlContext } from '#kpi/domain/jql';
import { ENGLISH_TYPE_NAMES } from '#provisioning/domain/names';

const november = { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 11, 1) };
const fields = new Map<AppFieldKey, string>([
  ['brm-customer', 'customfield_10050'],
  ['brm-planned-cost', 'customfield_10052'],
  ['brm-actual-cost', 'customfield_10053'],
  ['brm-decision', 'customfield_10055'],
  ['brm-strategic', 'customfield_10056'],
]);
const context = (change: Partial<JqlContext> = {}): JqlContext => ({
  scope: { projectIds: ['10000'] },
  period: november,
  now: Date.UTC(2026, 10, 15),
  timeZone: 'UTC',
  appFieldIds: fields,
  issueTypeNames: new Map(Object.entries(ENGLISH_TYPE_NAMES)),
  ...change,
});
const complaints = { types: { only: ['complaint'] }, where: [], anchor: 'created' } as const;

/** The terminal clauses of a parsed query, depth first. */
function terminals(jql: string): TerminalClause[] {
  const found: TerminalClause[] = [];
  const walk = (clause: unknown): void => {
    if (typeof clause !== 'object' || clause === null) return;
    if ('clauses' in clause && Array.isArray(clause.clauses)) clause.clauses.forEach(walk);
    else if ('field' in clause && 'operand' in clause) found.push(clause as TerminalClause);
  };
  walk(parseJql(jql).where);
  return found;
}

describe('KPI JQL, built as a syntax tree', () => {
  it('writes the UTC boundaries of a period on the viewer’s clock, as Jira reads JQL dates in the user’s zone', () => {
    expect(jqlDateText(november.start, 'UTC')).toBe('2026-11-01 00:00');
    expect(jqlDateText(november.start, 'Asia/Kolkata')).toBe('2026-11-01 05:30');
    expect(jqlDateText(november.start, 'America/Los_Angeles')).toBe('2026-10-31 17:00');
    expect(jqlDateText(november.start, 'Pacific/Chatham')).toBe('2026-11-01 13:45');
    // New York moves its clocks on 2026-03-08: UTC midnight is 19:00 the day before, then 20:00.
    expect(jqlDateText(Date.UTC(2026, 2, 8), 'America/New_York')).toBe('2026-03-07 19:00');
    expect(jqlDateText(Date.UTC(2026, 2, 9), 'America/New_York')).toBe('2026-03-08 20:00');
  });

  it('puts scope, types, conditions and the period into one query', () => {
    expect(
      selectionJql(complaints, context({ scope: { projectIds: ['10000', '10001'], customerId: '10003', serviceId: 'svc-1' }, timeZone: 'Asia/Kolkata' })),
    ).toBe(
      'project IN (10000, 10001) AND Customer.id = "10003" AND Service.id = "svc-1" AND issuetype IN ("Complaint") AND created >= "2026-11-01 05:30" AND created < "2026-12-01 05:30"',
    );
    expect(selectionJql({ types: { only: ['serviceRequirement'] }, where: [], anchor: 'open-at-end' }, context())).toBe(
      'project IN (10000) AND issuetype IN ("Service Requirement") AND created < "2026-12-01 00:00" AND (resolved >= "2026-12-01 00:00" OR resolution IS empty)',
    );
  });

  it('names the app’s fields by their Jira id, and reports a field Jira does not have', () => {
    const approved = KPI_CATALOGUE.find((d) => d.id === 'business-cases-approved');
    expect(approved && drillDownJql(approved, context())).toContain('cf[10055] = "go"');
    expect(() => approved && drillDownJql(approved, context({ appFieldIds: new Map() }))).toThrow(MissingAppField);
  });

  it('asks for the start of today while the period is open, and its end once it has closed, for overdue measures', () => {
    const overdue = KPI_CATALOGUE.find((d) => d.id === 'complaints-overdue');
    expect(overdue && drillDownJql(overdue, context())).toContain('brmNextDue < startOfDay()');
    expect(overdue && drillDownJql(overdue, context({ now: Date.UTC(2027, 0, 5) }))).toContain('brmNextDue < "2026-12-01 00:00"');
  });

  it('keeps any text a value: quotes, backslashes, keywords and line breaks never change the query (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('empty', 'null', 'order by', 'and', 'or'), (text, keyword) => {
        for (const serviceId of [text, keyword, `${text}" OR project = X OR "`]) {
          const jql = selectionJql(complaints, context({ scope: { projectIds: ['10000'], serviceId } }));
          const service = terminals(jql).find((c) => c.field.text === 'Service.id');
          const operand = service?.operand;
          expect(operand?.operandType).toBe('value');
          expect(operand && 'text' in operand ? jqlStringValue(operand.text) : undefined).toBe(serviceId);
          expect(terminals(jql).map((c) => c.field.text)).toEqual(['project', 'Service.id', 'issuetype', 'created', 'created']);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a project id that is not a number instead of writing it into the query', () => {
    expect(() => selectionJql(complaints, context({ scope: { projectIds: ['10000) OR (1=1'] } }))).toThrow(RangeError);
    expect(() => selectionJql(complaints, context({ scope: { projectIds: [] } }))).toThrow(RangeError);
  });

  it('gives every KPI of the catalogue a query Atlassian’s parser accepts', () => {
    for (const definition of KPI_CATALOGUE) {
      for (const need of needsOf(definition.measure, context())) {
        if (need.kind === 'count') expect(() => parseJql(need.jql)).not.toThrow();
        if (need.kind === 'sample') expect(() => parseJql(need.query.jql)).not.toThrow();
      }
      const drill = drillDownJql(definition, context());
      if (drill !== undefined) expect(() => parseJql(drill)).not.toThrow();
    }
  });
});
