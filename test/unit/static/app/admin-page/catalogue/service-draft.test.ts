import fc from 'fast-check';
import { SERVICE_DESCRIPTION_MAX_LENGTH, SERVICE_NAME_MAX_LENGTH, saveServiceInput } from '#catalogue/contract';
import { draftOf, saveInputOf, serviceDraftProblems, sortServices } from '../../../../../../static/app/src/admin-page/catalogue/service-draft';

const service = (name: string, status: 'active' | 'archived', id = name) => ({
  id,
  name,
  description: '',
  status,
  ownerAccountId: 'owner-1',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('a service draft', () => {
  it('is saved exactly when the backend’s schema accepts it', () => {
    fc.assert(
      fc.property(
        fc.record({
          id: fc.option(fc.stringMatching(/^[a-z0-9-]{1,20}$/), { nil: undefined }),
          name: fc.oneof(fc.string({ maxLength: 30 }), fc.string({ minLength: SERVICE_NAME_MAX_LENGTH - 1, maxLength: SERVICE_NAME_MAX_LENGTH + 3 })),
          description: fc.oneof(
            fc.string({ maxLength: 30 }),
            fc.string({ minLength: SERVICE_DESCRIPTION_MAX_LENGTH - 1, maxLength: SERVICE_DESCRIPTION_MAX_LENGTH + 3 }),
          ),
          ownerAccountId: fc.option(fc.constant('712020:abc'), { nil: null }),
        }),
        (draft) => {
          const problems = serviceDraftProblems(draft);
          const accepted = saveServiceInput.safeParse(saveInputOf(draft)).success;
          expect(Object.keys(problems).length === 0).toBe(accepted);
        },
      ),
    );
  });

  it('keeps the owner and the id of the service it edits', () => {
    expect(saveInputOf(draftOf(service('Service desk', 'active', 'svc-1')))).toEqual({
      id: 'svc-1',
      name: 'Service desk',
      description: '',
      ownerAccountId: 'owner-1',
    });
    expect(saveInputOf({ ...draftOf(), name: '  Network  ' })).toEqual({ name: 'Network', description: '', ownerAccountId: null });
  });
});

describe('sortServices', () => {
  it('lists active services first, each group by name regardless of case', () => {
    const sorted = sortServices([service('zeta', 'active'), service('Alpha', 'archived'), service('beta', 'active'), service('Gamma', 'active')]);
    expect(sorted.map((s) => s.name)).toEqual(['beta', 'Gamma', 'zeta', 'Alpha']);
  });
});
