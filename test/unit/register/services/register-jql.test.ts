import { JastBuilder, type Clause } from '@atlaskit/jql-ast';
import fc from 'fast-check';
import { registerFilterSchema, registerSortSchema } from '#register/domain/register-filter';
import { agedComplaintsJql, overdueComplaintsJql, registerCountJql, registerJql } from '#register/services/register-jql';

const filter = (input: Record<string, unknown>) => registerFilterSchema.parse(input);
const sort = (input: Record<string, unknown> = {}) => registerSortSchema.parse(input);

/** The terminal clauses of a parsed query, as field / operator / operand text. */
function terminals(jql: string): { field: string; operator: string; value: string }[] {
  const jast = new JastBuilder().build(jql);
  expect(jast.errors).toEqual([]);
  const out: { field: string; operator: string; value: string }[] = [];
  const walk = (clause: Clause | undefined): void => {
    if (!clause) return;
    if (clause.clauseType === 'compound') clause.clauses.forEach(walk);
    else if (clause.clauseType === 'terminal') {
      const operand = clause.operand;
      const value =
        operand && 'value' in operand && typeof operand.value === 'string'
          ? operand.value
          : operand && 'values' in operand
            ? operand.values.map((v) => ('value' in v ? String(v.value) : '')).join('|')
            : '';
      out.push({ field: clause.field.value, operator: clause.operator?.value ?? '', value });
    }
  };
  walk(jast.query?.where ?? undefined);
  return out;
}

describe('the register JQL', () => {
  it('turns every filter into its clause, after the Complaint type', () => {
    const jql = registerJql(
      filter({
        projectIds: ['10000', '10001'],
        customerId: '3',
        serviceId: 'svc-billing',
        category: 'cost',
        severity: 'high',
        status: 'open',
        measures: 'overdue',
        escalated: true,
        response: 'disputed',
        createdFrom: '2026-01-01',
        createdTo: '2026-03-31',
      }),
      sort({ key: 'nextDue', direction: 'asc' }),
      '2026-04-10',
      ['Complaint'],
    );
    expect(jql).toBe(
      'issuetype = "Complaint" and project in (10000, 10001) and Customer.id = "3" and Service.id = "svc-billing" and labels = "brm-category-cost" and labels = "brm-severity-high" and statusCategory != Done and brmNextDue < "2026-04-10" and brmEscalated = "yes" and brmResponse = "disputed" and created >= "2026-01-01" and created < "2026-04-01" ORDER BY brmNextDue ASC, key DESC',
    );
  });

  it('asks only for Complaints when nothing is filtered, newest first', () => {
    expect(registerJql(filter({}), sort(), '2026-04-10', ['Complaint'])).toBe('issuetype = "Complaint" ORDER BY created DESC, key DESC');
    expect(registerCountJql(filter({ measures: 'open-corrective' }), '2026-04-10', ['Complaint'])).toBe('issuetype = "Complaint" and brmOpenCorrective > 0');
  });

  it('keeps any service id a value: quotes, backslashes, OR, ORDER BY and parentheses never become JQL', () => {
    const tricky = fc.stringMatching(/^[a-z"\\ ()=,']{1,20}$/).map((s) => `${s} OR project = X ORDER BY key`);
    fc.assert(
      fc.property(
        fc
          .oneof(fc.string({ minLength: 1, maxLength: 64 }), tricky, fc.constantFrom('\\" OR 1=1', 'or', 'and', 'EMPTY', 'null', 'a\\'))
          .filter((s) => s.trim().length > 0),
        (serviceId) => {
          const parsed = filter({ serviceId });
          const clauses = terminals(registerCountJql(parsed, '2026-04-10', ['Complaint']));
          expect(clauses).toHaveLength(2);
          expect(clauses[1]).toEqual({ field: 'Service.id', operator: '=', value: parsed.serviceId });
        },
      ),
    );
  });

  it('finds Complaints by every name the type has in Jira, each quoted', () => {
    expect(registerCountJql(filter({}), '2026-04-10', ['Beschwerde'])).toBe('issuetype = "Beschwerde"');
    expect(registerCountJql(filter({ escalated: true }), '2026-04-10', ['投诉', 'Complaint'])).toBe(
      'issuetype in ("投诉", "Complaint") and brmEscalated = "yes"',
    );
  });

  it('finds the escalation run its overdue and aged complaints', () => {
    expect(overdueComplaintsJql('2026-04-10', ['Complaint'])).toBe(
      'issuetype = "Complaint" and statusCategory != Done and brmNextDue < "2026-04-10" ORDER BY created ASC, key ASC',
    );
    expect(agedComplaintsJql(2, ['Complaint'])).toBe('issuetype = "Complaint" and statusCategory != Done and created <= -2d ORDER BY created ASC, key ASC');
  });
});
