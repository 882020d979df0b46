import { agreementChange, readAgreementValue } from '#portfolio/domain/changes';
import type { StoredAgreement } from '#portfolio/domain/profile';

/** An agreement's line of history is read back into its parts, so that each reader sees it in their language. */
describe('an agreement in the history', () => {
  const agreement: StoredAgreement = {
    organizationId: '10001',
    agreementId: 'a1',
    agreementType: 'contract',
    name: 'Master, 2026 to 2027',
    reference: '',
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    serviceIds: [],
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('reads back the line it writes, whatever the name holds', () => {
    const [added] = agreementChange(undefined, agreement);
    expect(added).toEqual({ field: 'agreement', from: null, to: 'CONTRACT Master, 2026 to 2027, 2026-01-01 to 2027-12-31', subject: 'Master, 2026 to 2027' });
    expect(readAgreementValue(typeof added?.to === 'string' ? added.to : '')).toEqual({
      agreementType: 'contract',
      name: 'Master, 2026 to 2027',
      startDate: '2026-01-01',
      endDate: '2027-12-31',
    });
  });

  it('leaves a line written otherwise as it is', () => {
    expect(readAgreementValue('GOLD Support, 2026-01-01 to 2026-12-31')).toBeUndefined();
    expect(readAgreementValue('SLA Support')).toBeUndefined();
  });
});
