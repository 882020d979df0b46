import { judgeServiceValue, serviceCorrectionReason, type CatalogueService } from '#catalogue/domain';

const service = (status: CatalogueService['status']): CatalogueService => ({
  id: 's1',
  name: 'Email',
  description: '',
  status,
  ownerAccountId: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('the Service rule', () => {
  it('needs a catalogue service, and an active one when it is newly set', () => {
    expect(judgeServiceValue('s1', service('active'), true)).toEqual({ ok: true });
    expect(judgeServiceValue('nope', undefined, false)).toEqual({ ok: false, problem: 'not-in-catalogue' });
    expect(judgeServiceValue('s1', service('archived'), true)).toEqual({ ok: false, problem: 'archived' });
  });

  it('lets a ticket keep a service archived after it was set', () => {
    expect(judgeServiceValue('s1', service('archived'), false)).toEqual({ ok: true });
  });

  it('says why it was cleared', () => {
    expect(serviceCorrectionReason('nope', undefined, 'not-in-catalogue')).toContain('no service nope in the service catalogue');
    expect(serviceCorrectionReason('s1', service('archived'), 'archived')).toContain('the service Email is archived');
  });
});
