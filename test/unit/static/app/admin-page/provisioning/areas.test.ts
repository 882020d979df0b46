import fc from 'fast-check';
import { AREAS, countBy, groupByArea, issueTypeKeyOf, projectList } from '../../../../../../static/app/src/admin-page/provisioning/areas';

const item = fc.record({ id: fc.string({ maxLength: 12 }), area: fc.constantFrom(...AREAS), status: fc.constantFrom('inPlace', 'todo', 'blocked') });

describe('grouping plan and report items by area', () => {
  it('keeps every item once, in its own order, under its area, with areas in plan order and empty ones left out', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const groups = groupByArea(items);
        expect(groups.flatMap((g) => g.items)).toHaveLength(items.length);
        expect(groups.map((g) => g.area)).toEqual(AREAS.filter((area) => items.some((i) => i.area === area)));
        for (const group of groups) {
          expect(group.items.length).toBeGreaterThan(0);
          expect(group.items).toEqual(items.filter((i) => i.area === group.area));
        }
      }),
    );
  });

  it('counts items by status', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const counts = countBy(items, (i) => i.status);
        expect((counts.inPlace ?? 0) + (counts.todo ?? 0) + (counts.blocked ?? 0)).toBe(items.length);
        expect(counts.todo ?? 0).toBe(items.filter((i) => i.status === 'todo').length);
      }),
    );
  });
});

describe('issueTypeKeyOf', () => {
  it('reads the BRM type of shared and team-managed issue type items, and of nothing else', () => {
    expect(issueTypeKeyOf({ id: 'issuetype:complaint', area: 'issueType' })).toBe('complaint');
    expect(issueTypeKeyOf({ id: 'issuetype:10001:serviceRequirement', area: 'issueType' })).toBe('serviceRequirement');
    expect(issueTypeKeyOf({ id: 'scheme:10000', area: 'scheme' })).toBeUndefined();
  });
});

describe('projectList', () => {
  it('joins project keys as a sentence does', () => {
    expect(projectList([])).toBe('');
    expect(projectList(['ACME'])).toBe('ACME');
    expect(projectList(['ACME', 'FIELD'])).toBe('ACME and FIELD');
    expect(projectList(['ACME', 'FIELD', 'OPS'], 'und')).toBe('ACME, FIELD und OPS');
  });
});
