import fc from 'fast-check';
import { bySortKey, copyUsable, mergeServedPages, sortKeyOf, syncDue, type ServedOrganization } from '#portfolio/domain/served';

/** What a desk's index query answers: its organizations in order from `after` on (inclusive), `wanted` of them. */
const fromDesk = (desk: readonly ServedOrganization[], after: string | undefined, wanted: number) =>
  [...desk]
    .sort(bySortKey)
    .filter((o) => after === undefined || o.sortKey >= after)
    .slice(0, wanted);

/** Pages through the desks as the portfolio page does, and answers the pages. */
function pageThrough(desks: readonly (readonly ServedOrganization[])[], limit: number): ServedOrganization[][] {
  const pages: ServedOrganization[][] = [];
  let after: string | undefined;
  do {
    const page = mergeServedPages(
      desks.map((desk) => fromDesk(desk, after, limit + 2)),
      after,
      limit,
    );
    pages.push(page.items);
    after = page.next;
  } while (after !== undefined && pages.length < 1000);
  return pages;
}

const organization = (id: number, name: string): ServedOrganization => ({ organizationId: String(id), name, sortKey: sortKeyOf(name, String(id)) });

describe('an agent’s customers across their service desks', () => {
  it('orders by name, a name before the names it begins, and equal names by id', () => {
    const names = [organization(2, 'Ab c'), organization(3, 'ab'), organization(1, 'AB'), organization(4, 'Abacus')].sort(bySortKey);
    expect(names.map((o) => `${o.name}#${o.organizationId}`)).toEqual(['AB#1', 'ab#3', 'Ab c#2', 'Abacus#4']);
  });

  it('pages through every organization of every desk once, in order, in full pages but the last', () => {
    const desks = fc.array(
      fc.uniqueArray(
        fc.record({ id: fc.integer({ min: 1, max: 60 }), name: fc.constantFrom('Acme', 'acme', 'Beta', 'Beta Corp', 'Contoso', ' Delta', 'Éclair') }),
        { selector: (o) => o.id, maxLength: 40 },
      ),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(desks, fc.integer({ min: 1, max: 12 }), (raw, limit) => {
        // One organization has one name, whichever desk serves it.
        const names = new Map<number, string>();
        const served = raw.map((desk) =>
          desk.map((o) => {
            const name = names.get(o.id) ?? o.name;
            names.set(o.id, name);
            return organization(o.id, name);
          }),
        );
        const pages = pageThrough(served, limit);
        const listed = pages.flat();
        const expected = [...new Map(served.flat().map((o) => [o.organizationId, o])).values()].sort(bySortKey);
        expect(listed).toEqual(expected);
        for (const page of pages.slice(0, -1)) expect(page).toHaveLength(limit);
        expect(pages.at(-1)?.length ?? 0).toBeLessThanOrEqual(limit);
        if (expected.length > 0) expect(pages.at(-1)?.length).toBeGreaterThan(0);
      }),
    );
  });

  it('refreshes a copy older than an hour and stops using one older than a day', () => {
    const state = { syncedAt: '2026-12-01T08:00:00.000Z', projectIds: ['10000'] };
    const at = (time: string) => new Date(`2026-12-01T${time}:00.000Z`);
    expect(syncDue(undefined, at('09:00'))).toBe(true);
    expect(syncDue(state, at('08:59'))).toBe(false);
    expect(syncDue(state, at('09:00'))).toBe(true);
    expect(copyUsable(undefined, at('09:00'))).toBe(false);
    expect(copyUsable(state, new Date('2026-12-02T07:59:00.000Z'))).toBe(true);
    expect(copyUsable(state, new Date('2026-12-02T08:00:00.000Z'))).toBe(false);
  });
});
