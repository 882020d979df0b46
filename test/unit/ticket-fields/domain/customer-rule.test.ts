import fc from 'fast-check';
import { allowedCustomers, customerCorrectionReason, defaultCustomer, judgeCustomer, type TicketParties } from '#ticket-fields/domain/customer-rule';

const desk = ['1', '2', '3', '4'];
const customer = (...own: string[]): TicketParties => ({ reporterIsCustomer: true, reporterOrganizationIds: own, projectOrganizationIds: desk });
const agentTicket: TicketParties = { reporterIsCustomer: false, reporterOrganizationIds: [], projectOrganizationIds: desk };
const name = (id: string) => `org${id}`;

describe('the Customer rule', () => {
  it('allows a customer’s ticket only their own organizations of the desk', () => {
    expect(allowedCustomers(customer('2', '9'))).toEqual(['2']);
    expect(judgeCustomer('2', customer('2'))).toEqual({ ok: true });
    expect(judgeCustomer('3', customer('2'))).toEqual({ ok: false, problem: 'not-reporter-organization', replacement: '2', basis: 'one' });
  });

  it('clears a refused value when the reporter has several or none of the desk’s organizations', () => {
    expect(judgeCustomer('4', customer('1', '2'))).toEqual({ ok: false, problem: 'not-reporter-organization', replacement: null, basis: 'several' });
    expect(judgeCustomer('4', customer('9'))).toEqual({ ok: false, problem: 'not-reporter-organization', replacement: null, basis: 'none' });
  });

  it('allows an agent’s ticket any organization of the desk, and none outside it', () => {
    for (const id of desk) expect(judgeCustomer(id, agentTicket)).toEqual({ ok: true });
    expect(judgeCustomer('9', agentTicket)).toEqual({ ok: false, problem: 'not-project-organization', replacement: null, basis: 'none' });
  });

  it('defaults to the reporter’s one organization of the desk', () => {
    expect(defaultCustomer(customer('3', '9'))).toEqual({ kind: 'one', organizationId: '3' });
    expect(defaultCustomer(customer('1', '3'))).toEqual({ kind: 'several' });
    expect(defaultCustomer(agentTicket)).toEqual({ kind: 'none' });
  });

  it('always replaces a refused value with one it allows, or clears it; and accepts what it would set', () => {
    const ids = fc.constantFrom('1', '2', '3', '4', '8', '9');
    const parties = fc.record({
      reporterIsCustomer: fc.boolean(),
      reporterOrganizationIds: fc.uniqueArray(ids, { maxLength: 4 }),
      projectOrganizationIds: fc.uniqueArray(ids, { maxLength: 6 }),
    });
    fc.assert(
      fc.property(parties, ids, (p, value) => {
        const verdict = judgeCustomer(value, p);
        expect(verdict.ok).toBe(allowedCustomers(p).includes(value));
        if (!verdict.ok && verdict.replacement !== null) expect(judgeCustomer(verdict.replacement, p)).toEqual({ ok: true });
        const fallback = defaultCustomer(p);
        if (fallback.kind === 'one') expect(judgeCustomer(fallback.organizationId, p)).toEqual({ ok: true });
      }),
    );
  });

  it('says why in a sentence that names the organizations', () => {
    const refused = (value: string, parties: TicketParties) => {
      const verdict = judgeCustomer(value, parties);
      if (verdict.ok) throw new Error('expected a refusal');
      return customerCorrectionReason(value, verdict, name);
    };
    expect(refused('3', customer('2'))).toBe(
      "org3 is not an organization of the reporter, who raised this ticket as a customer; the reporter's organization org2 was set instead.",
    );
    expect(refused('4', customer('1', '2'))).toContain("cleared for an agent to choose among the reporter's organizations");
    expect(refused('9', agentTicket)).toBe("org9 is not an organization of this project's service desk; it was cleared for an agent to choose.");
  });
});
