import { Filter, FilterConditions, ForgeKvsAPIError, kvs, MetadataField, Sort, WhereConditions } from '@forge/kvs';
import fc from 'fast-check';
import { installKvs, type KvsTestSetup } from './harness';

interface Employee {
  surname?: string;
  team?: string;
  age?: number;
  rating?: number;
  active?: boolean;
  tags?: unknown;
}

const employees = () => kvs.entity<Employee>('employee');

const staff: [string, Employee][] = [
  ['e01', { surname: 'Adams', team: 'ops', age: 30, rating: 4.1, active: true, tags: ['oncall'] }],
  ['e02', { surname: 'Baker', team: 'ops', age: 25, rating: 3.2, active: false }],
  ['e03', { surname: 'Clark', team: 'dev', age: 41, rating: 4.8, active: true, tags: ['lead', 'oncall'] }],
  ['e04', { surname: 'Davis', team: 'ops', age: 30, rating: 2.5, active: true }],
  ['e05', { surname: 'Evans', team: 'dev', age: 35, active: true }],
  ['e06', { surname: 'Smith', team: 'ops', age: 52, rating: 3.9, active: false, tags: ['lead'] }],
  ['e07', { surname: 'Stone', age: 47, rating: 4.4 }],
  ['e08', { team: 'ops', age: 19 }],
];

async function keysOf(query: { getMany(): Promise<{ results: { key: string }[] }> }): Promise<string[]> {
  return (await query.getMany()).results.map((result) => result.key);
}

let setup: KvsTestSetup;
beforeEach(async () => {
  setup = installKvs();
  for (const [key, value] of staff) await employees().set(key, value);
});

describe('entity queries on an index', () => {
  it('a string index sorts by its attribute and leaves out entities without it', async () => {
    expect(await keysOf(employees().query().index('surname'))).toEqual(['e01', 'e02', 'e03', 'e04', 'e05', 'e06', 'e07']);
  });

  it('narrows by a range condition on the indexed attribute', async () => {
    expect(await keysOf(employees().query().index('surname').where(WhereConditions.beginsWith('S')))).toEqual(['e06', 'e07']);
    expect(await keysOf(employees().query().index('surname').where(WhereConditions.between('B', 'D')))).toEqual(['e02', 'e03']);
    expect(await keysOf(employees().query().index('surname').where(WhereConditions.equalTo('Clark')))).toEqual(['e03']);
    expect(await keysOf(employees().query().index('by-rating').where(WhereConditions.greaterThan(4.1)))).toEqual(['e07', 'e03']);
    expect(await keysOf(employees().query().index('by-rating').where(WhereConditions.greaterThanEqualTo(4.1)))).toEqual(['e01', 'e07', 'e03']);
    expect(await keysOf(employees().query().index('by-rating').where(WhereConditions.lessThan(3.2)))).toEqual(['e04']);
    expect(await keysOf(employees().query().index('by-rating').where(WhereConditions.lessThanEqualTo(3.2)))).toEqual(['e04', 'e02']);
  });

  it('a partitioned index returns one partition, sorted by its range (ties by key), either way', async () => {
    const ops = () =>
      employees()
        .query()
        .index('by-team-age', { partition: ['ops'] });
    expect(await keysOf(ops())).toEqual(['e08', 'e02', 'e01', 'e04', 'e06']);
    expect(await keysOf(ops().sort(Sort.DESC))).toEqual(['e06', 'e04', 'e01', 'e02', 'e08']);
    expect(await keysOf(ops().where(WhereConditions.between(25, 30)))).toEqual(['e02', 'e01', 'e04']);
    expect(
      await keysOf(
        employees()
          .query()
          .index('by-team-age', { partition: ['dev'] }),
      ),
    ).toEqual(['e05', 'e03']);
    expect(
      await keysOf(
        employees()
          .query()
          .index('by-team-age', { partition: ['sales'] }),
      ),
    ).toEqual([]);
  });

  it('filters on any attribute with and / or', async () => {
    const opsOver = new Filter<Employee>().and('active', FilterConditions.equalTo(true)).and('age', FilterConditions.greaterThanEqualTo(30));
    expect(
      await keysOf(
        employees()
          .query()
          .index('by-team-age', { partition: ['ops'] })
          .filters(opsOver),
      ),
    ).toEqual(['e01', 'e04']);
    const leadsOrYoung = new Filter<Employee>().or('tags', FilterConditions.contains('lead')).or('age', FilterConditions.lessThan(26));
    expect(await keysOf(employees().query().index('surname').filters(leadsOrYoung))).toEqual(['e02', 'e03', 'e06']);
  });

  it('supports every filter condition', async () => {
    const run = (filter: ReturnType<Filter<Employee>['and']>) => keysOf(employees().query().index('surname').filters(filter));
    const filter = () => new Filter<Employee>();
    expect(await run(filter().and('rating', FilterConditions.notExists()))).toEqual(['e05']);
    expect(await run(filter().and('tags', FilterConditions.exists()))).toEqual(['e01', 'e03', 'e06']);
    expect(await run(filter().and('surname', FilterConditions.contains('av')))).toEqual(['e04']);
    expect(await run(filter().and('tags', FilterConditions.notContains('oncall')))).toEqual(['e02', 'e04', 'e05', 'e06', 'e07']);
    expect(await run(filter().and('team', FilterConditions.notEqualTo('ops')))).toEqual(['e03', 'e05', 'e07']);
    expect(await run(filter().and('surname', FilterConditions.beginsWith('St')))).toEqual(['e07']);
    expect(await run(filter().and('age', FilterConditions.between(35, 47)))).toEqual(['e03', 'e05', 'e07']);
    expect(await run(filter().and('rating', FilterConditions.lessThanEqualTo(3.2)))).toEqual(['e02', 'e04']);
    expect(await run(filter().and('rating', FilterConditions.greaterThan(4.4)))).toEqual(['e03']);
  });

  it('the built-in by-key index walks every entity in key order', async () => {
    expect(await keysOf(employees().query().index('by-key').where(WhereConditions.beginsWith('e0')).limit(3))).toEqual(['e01', 'e02', 'e03']);
    expect(await keysOf(employees().query().index('by-key').sort(Sort.DESC).limit(2))).toEqual(['e08', 'e07']);
  });

  it('returns values and the metadata the query asks for', async () => {
    const created = setup.clock.now().getTime();
    const first = await employees()
      .query({ metadataFields: [MetadataField.CREATED_AT] })
      .index('surname')
      .getOne();
    expect(first).toEqual({ key: 'e01', value: staff[0]?.[1], createdAt: created });
  });

  it('pages with cursors in both directions', async () => {
    const pagesOf = async (sort: Sort, limit: number): Promise<string[][]> => {
      const pages: string[][] = [];
      let cursor: string | undefined;
      do {
        let query = employees()
          .query()
          .index('by-team-age', { partition: ['ops'] })
          .sort(sort)
          .limit(limit);
        if (cursor !== undefined) query = query.cursor(cursor);
        const page = await query.getMany();
        pages.push(page.results.map((result) => result.key));
        cursor = page.nextCursor;
      } while (cursor !== undefined);
      return pages;
    };
    expect(await pagesOf(Sort.ASC, 2)).toEqual([['e08', 'e02'], ['e01', 'e04'], ['e06']]);
    expect(await pagesOf(Sort.DESC, 2)).toEqual([['e06', 'e04'], ['e01', 'e02'], ['e08']]);
  });

  it('sees updates and deletes, and leaves an entity out of an index once it loses the indexed attribute', async () => {
    await employees().set('e02', { surname: 'Baker', team: 'dev', age: 26 });
    await employees().delete('e04');
    await employees().set('e01', { team: 'ops', age: 30 });
    expect(
      await keysOf(
        employees()
          .query()
          .index('by-team-age', { partition: ['ops'] }),
      ),
    ).toEqual(['e08', 'e01', 'e06']);
    expect(await keysOf(employees().query().index('surname').where(WhereConditions.lessThan('C')))).toEqual(['e02']);
  });

  it('paging a filtered partition with any limit returns every match exactly once, in order', async () => {
    const filter = new Filter<Employee>().and('active', FilterConditions.notEqualTo(false));
    const everything = await employees()
      .query()
      .index('by-team-age', { partition: ['ops'] })
      .filters(filter)
      .limit(100)
      .getMany();
    const expected = everything.results.map((result) => result.key);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.constantFrom(Sort.ASC, Sort.DESC), async (limit, sort) => {
        const seen: string[] = [];
        let cursor: string | undefined;
        do {
          let query = employees()
            .query()
            .index('by-team-age', { partition: ['ops'] })
            .filters(filter)
            .sort(sort)
            .limit(limit);
          if (cursor !== undefined) query = query.cursor(cursor);
          const page = await query.getMany();
          expect(page.results.length).toBeLessThanOrEqual(limit);
          seen.push(...page.results.map((result) => result.key));
          cursor = page.nextCursor;
        } while (cursor !== undefined);
        expect(seen).toEqual(sort === Sort.ASC ? expected : [...expected].reverse());
      }),
      { numRuns: 30 },
    );
  });
});

describe('entity query refusals', () => {
  async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ForgeKvsAPIError) return { status: error.responseDetails.status, code: error.code };
      throw error;
    }
    throw new Error('Expected the query to be refused.');
  }

  it('refuses an index the entity does not declare', async () => {
    expect(await refusal(employees().query().index('by-age').getMany())).toEqual({ status: 400, code: 'INVALID_ENTITY_INDEX' });
  });

  it('refuses a query on a partitioned index without its partition, and a partition on an unpartitioned index', async () => {
    expect((await refusal(employees().query().index('by-team-age').getMany())).status).toBe(400);
    expect(
      (
        await refusal(
          employees()
            .query()
            .index('surname', { partition: ['ops'] })
            .getMany(),
        )
      ).status,
    ).toBe(400);
  });

  it('refuses a page size outside 1..100', async () => {
    expect(await refusal(employees().query().index('surname').limit(101).getMany())).toEqual({ status: 400, code: 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE' });
  });

  it('refuses a cursor from another index', async () => {
    const page = await employees().query().index('surname').limit(1).getMany();
    const cursor = page.nextCursor;
    if (cursor === undefined) throw new Error('Expected a cursor.');
    expect(await refusal(employees().query().index('by-rating').cursor(cursor).getMany())).toEqual({ status: 400, code: 'INVALID_CURSOR' });
  });

  it('refuses filters with both operators, an empty operator, and BETWEEN with one value', () => {
    const query = { entityName: 'employee', indexName: 'surname' };
    const item = { property: 'age', condition: 'EXISTS', values: [true] };
    expect(setup.kvs.handle('entity/query', { ...query, filters: { and: [item], or: [item] } }).body).toMatchObject({
      code: 'INVALID_FILTER_OPERATORS_COMBINATION',
    });
    expect(setup.kvs.handle('entity/query', { ...query, filters: { and: [] } }).body).toMatchObject({ code: 'EMPTY_FILTER_OPERATOR' });
    expect(setup.kvs.handle('entity/query', { ...query, range: { condition: 'BETWEEN', values: ['A'] } }).body).toMatchObject({
      code: 'INSUFFICIENT_FILTER_VALUES',
    });
  });
});
