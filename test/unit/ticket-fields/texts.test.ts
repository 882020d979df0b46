import { ticketFieldsContract } from '#ticket-fields/contract';
import { customerCorrectionReason, judgeCustomer, namedOrganization, unnamedOrganization, type TicketParties } from '#ticket-fields/domain/customer-rule';
import { appFieldValueProblemText, describeAppFieldValueProblem } from '#provisioning/domain/app-field-values';
import type { Locale } from '#kernel/locales';
import { inputError } from '#platform/resolver/contract-resolver';
import '#ticket-fields/domain/texts';

/** The Customer and Service fields in their reader's language. */

const names = new Map([
  ['2', 'Contoso Pharmaceuticals'],
  ['3', 'Fabrikam Logistics'],
]);
const nameOf = (id: string, locale: Locale) => {
  const name = names.get(id);
  return name === undefined ? unnamedOrganization(id, locale) : namedOrganization(name, locale);
};
const customerTicket: TicketParties = { reporterIsCustomer: true, reporterOrganizationIds: ['2'], projectOrganizationIds: ['2', '3', '9'] };

const reasonFor = (value: string, parties: TicketParties, locale?: Locale) => {
  const verdict = judgeCustomer(value, parties);
  if (verdict.ok) throw new Error('expected a refusal');
  return customerCorrectionReason(value, verdict, nameOf, locale);
};

describe('why the app changed a ticket’s Customer', () => {
  it('is written in the locale asked for, naming organizations in that locale’s quotation marks', () => {
    expect(reasonFor('3', customerTicket)).toBe(
      "“Fabrikam Logistics” is not an organization of the reporter, who raised this ticket as a customer; the reporter's organization “Contoso Pharmaceuticals” was set instead.",
    );
    expect(reasonFor('3', customerTicket, 'de')).toBe(
      '„Fabrikam Logistics“ ist keine Organisation des Autors, der dieses Ticket als Kunde erstellt hat; stattdessen wurde die Organisation des Autors, „Contoso Pharmaceuticals“, eingetragen.',
    );
    expect(reasonFor('3', customerTicket, 'zh-CN')).toBe(
      '“Fabrikam Logistics”不是报告人的组织，而报告人是以客户身份提交此工单的；已改为设置报告人的组织“Contoso Pharmaceuticals”。',
    );
    expect(reasonFor('7', { ...customerTicket, reporterIsCustomer: false, reporterOrganizationIds: [] }, 'es')).toBe(
      'la organización 7 no es una organización de este proyecto de servicio; se ha vaciado el campo para que un agente elija una.',
    );
  });
});

describe('the app field values the app refuses to write', () => {
  it('are named with the field in the caller’s language', () => {
    const problem = appFieldValueProblemText('brm-planned-cost', -5);
    if (!problem) throw new Error('expected a problem');
    const sentence = describeAppFieldValueProblem('brm-planned-cost', problem);
    expect(sentence.english).toBe('Planned cost must be 0 or more.');
    expect(sentence.in('de')).toBe('Planned cost muss 0 oder größer sein.');
    expect(sentence.in('zh-CN')).toBe('Planned cost 必须大于或等于 0。');
  });
});

describe('the Customer and Service calls’ checks', () => {
  it('are written in the caller’s language', () => {
    const payload = { issueKey: 'ACME-1', customerId: 'Contoso' };
    const parsed = ticketFieldsContract.setCustomer.input.safeParse(payload);
    if (parsed.success) throw new Error('expected a failure');
    const text = inputError(parsed.error, payload).text;
    expect(text.english).toBe('customerId: must be an organization id (digits only)');
    expect(text.in('de')).toBe('customerId: muss eine Organisations-ID sein (nur Ziffern)');
    expect(text.in('zh-CN')).toBe('customerId: 必须是组织 ID（仅限数字）');
  });
});
