import fc from 'fast-check';
import { compileJql, searchIssues } from '#sandbox/jira/jql/index';
import type { StoredIssue } from '#sandbox/jira/model';
import { environment, makeIssue, NOW, organizations, projects, statuses } from './fixture';

/**
 * Properties over generated issues and generated queries. Every generated clause comes with an
 * oracle, an independent reading of what it means, so the engine is checked against the meaning
 * of JQL and not only against itself.
 */

type Oracle = (issue: StoredIssue) => boolean;
interface Query {
  jql: string;
  oracle: Oracle;
}

const PROJECT_KEYS = projects.map((p) => p.key);
const projectId = (key: string) => projects.find((p) => p.key === key)?.id ?? '';
const USER_IDS = ['u-alice', 'u-bob', 'u-carol', 'u-dave'];
const LABELS = ['vip', 'billing', 'praise', 'strategic'];
const WORDS = ['printer', 'billing', 'invoice', 'portal', 'slow', 'outage', 'report'];
const DAY = 86_400_000;
const FIRST_DAY = Date.parse('2025-10-01T00:00:00.000Z');
const LAST_DAY = Date.parse('2026-04-01T00:00:00.000Z');
const CATEGORY_NAMES = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' } as const;

const plannedCost = (issue: StoredIssue): unknown => issue.customFields['customfield_10052'];
const surveyScore = (issue: StoredIssue): unknown => {
  const survey = issue.properties['brm-survey'];
  if (typeof survey !== 'object' || survey === null || !('score' in survey)) return undefined;
  const score = survey.score;
  return typeof score === 'object' && score !== null && 'overall' in score ? score.overall : undefined;
};
const keyNumber = (issue: StoredIssue) => Number(issue.key.split('-')[1]);

const issueShape = fc.record({
  project: fc.constantFrom(...PROJECT_KEYS),
  type: fc.constantFrom('1', '2', '3', '4', '5', '6'),
  status: fc.constantFrom(...statuses.map((s) => s.id)),
  resolution: fc.option(fc.constantFrom('1', '2', '3'), { nil: undefined }),
  created: fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  reporter: fc.option(fc.constantFrom(...USER_IDS), { nil: null }),
  assignee: fc.option(fc.constantFrom(...USER_IDS), { nil: null }),
  labels: fc.subarray(LABELS),
  orgs: fc.subarray(organizations.map((o) => o.id)),
  words: fc.array(fc.constantFrom(...WORDS, 'the', 'of', 'team'), { minLength: 1, maxLength: 4 }),
  cost: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
  score: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
});

const issuesArbitrary = fc.array(issueShape, { minLength: 0, maxLength: 40 }).map((shapes) => {
  const counters: Record<string, number> = {};
  return shapes.map((shape, index) => {
    const number = (counters[shape.project] = (counters[shape.project] ?? 0) + 1);
    return makeIssue({
      key: `${shape.project}-${number}`,
      id: String(30000 + index),
      type: shape.type,
      status: shape.status,
      resolution: shape.resolution,
      created: new Date(shape.created).toISOString(),
      resolved: shape.resolution ? new Date(shape.created + DAY).toISOString() : undefined,
      reporter: shape.reporter,
      assignee: shape.assignee,
      orgs: shape.orgs,
      labels: shape.labels,
      summary: shape.words.join(' '),
      custom: shape.cost === undefined ? {} : { customfield_10052: shape.cost },
      properties: shape.score === undefined ? {} : { 'brm-survey': { score: { overall: shape.score } } },
    });
  });
});

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const oneOf = <T>(values: readonly T[]) => fc.constantFrom(...values);

const atoms: fc.Arbitrary<Query>[] = [
  oneOf(PROJECT_KEYS).map((key) => ({ jql: `project = ${key}`, oracle: (i: StoredIssue) => i.projectId === projectId(key) })),
  oneOf(PROJECT_KEYS).map((key) => ({ jql: `project != ${quote(key)}`, oracle: (i: StoredIssue) => i.projectId !== projectId(key) })),
  fc.subarray(statuses, { minLength: 1 }).map((chosen) => ({
    jql: `status in (${chosen.map((s) => quote(s.name)).join(', ')})`,
    oracle: (i: StoredIssue) => chosen.some((s) => s.id === i.statusId),
  })),
  oneOf(statuses).map((status) => ({ jql: `status != ${quote(status.name)}`, oracle: (i: StoredIssue) => i.statusId !== status.id })),
  oneOf(['new', 'indeterminate', 'done'] as const).map((category) => ({
    jql: `statusCategory = ${quote(CATEGORY_NAMES[category])}`,
    oracle: (i: StoredIssue) => statuses.find((s) => s.id === i.statusId)?.categoryKey === category,
  })),
  fc.constant({ jql: 'resolution = Unresolved', oracle: (i: StoredIssue) => i.resolutionId === null }),
  fc.constant({ jql: 'resolution != Done', oracle: (i: StoredIssue) => i.resolutionId !== null && i.resolutionId !== '1' }),
  fc.constant({ jql: `resolution in ("Won't Do", Duplicate)`, oracle: (i: StoredIssue) => i.resolutionId === '2' || i.resolutionId === '3' }),
  oneOf(USER_IDS).map((id) => ({ jql: `assignee = ${id}`, oracle: (i: StoredIssue) => i.assigneeId === id })),
  oneOf(USER_IDS).map((id) => ({ jql: `assignee != ${id}`, oracle: (i: StoredIssue) => i.assigneeId !== null && i.assigneeId !== id })),
  fc.subarray(USER_IDS, { minLength: 1 }).map((ids) => ({
    jql: `assignee not in (${ids.join(', ')})`,
    oracle: (i: StoredIssue) => i.assigneeId !== null && !ids.includes(i.assigneeId),
  })),
  oneOf(USER_IDS).map((id) => ({ jql: `assignee in (EMPTY, ${id})`, oracle: (i: StoredIssue) => i.assigneeId === null || i.assigneeId === id })),
  fc.constant({ jql: 'assignee = currentUser()', oracle: (i: StoredIssue) => i.assigneeId === 'u-bob' }),
  fc.constant({ jql: 'reporter is not EMPTY', oracle: (i: StoredIssue) => i.reporterId !== null }),
  oneOf(LABELS).map((label) => ({ jql: `labels = ${label}`, oracle: (i: StoredIssue) => i.labels.includes(label) })),
  oneOf(LABELS).map((label) => ({ jql: `labels != ${label}`, oracle: (i: StoredIssue) => i.labels.length > 0 && !i.labels.includes(label) })),
  fc.constant({ jql: 'labels is EMPTY', oracle: (i: StoredIssue) => i.labels.length === 0 }),
  oneOf(organizations).map((org) => ({ jql: `organizations = ${quote(org.name)}`, oracle: (i: StoredIssue) => i.organizationIds.includes(org.id) })),
  fc.integer({ min: FIRST_DAY / DAY, max: LAST_DAY / DAY }).map((day) => {
    const date = new Date(day * DAY).toISOString().slice(0, 10);
    return { jql: `created >= ${quote(date)}`, oracle: (i: StoredIssue) => Date.parse(i.created) >= day * DAY };
  }),
  fc.integer({ min: 0, max: 200 }).map((days) => ({
    jql: `created > -${days}d`,
    oracle: (i: StoredIssue) => Date.parse(i.created) > NOW.getTime() - days * DAY,
  })),
  fc.integer({ min: 0, max: 200_000 }).map((n) => ({
    jql: `"Planned cost" > ${n}`,
    oracle: (i: StoredIssue) => {
      const cost = plannedCost(i);
      return typeof cost === 'number' && cost > n;
    },
  })),
  fc.constant({ jql: '"Planned cost" is EMPTY', oracle: (i: StoredIssue) => plannedCost(i) === undefined }),
  fc.integer({ min: 0, max: 10 }).map((n) => ({
    jql: `surveyScore >= ${n}`,
    oracle: (i: StoredIssue) => {
      const score = surveyScore(i);
      return typeof score === 'number' && score >= n;
    },
  })),
  oneOf(WORDS).map((word) => ({ jql: `summary ~ ${word}`, oracle: (i: StoredIssue) => i.summary.split(' ').includes(word) })),
  oneOf(WORDS).map((word) => ({ jql: `summary !~ ${quote(word)}`, oracle: (i: StoredIssue) => !i.summary.split(' ').includes(word) })),
  fc.tuple(oneOf(PROJECT_KEYS), fc.integer({ min: 1, max: 20 })).map(([key, n]) => ({
    jql: `key <= ${key}-${n}`,
    oracle: (i: StoredIssue) => i.projectId === projectId(key) && keyNumber(i) <= n,
  })),
];

const atom = fc.oneof(...atoms);

const queryArbitrary: fc.Arbitrary<Query> = fc.letrec<{ query: Query }>((tie) => ({
  query: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('query'), tie('query')).map(([a, b]) => ({ jql: `(${a.jql}) AND (${b.jql})`, oracle: (i: StoredIssue) => a.oracle(i) && b.oracle(i) })),
    fc.tuple(tie('query'), tie('query')).map(([a, b]) => ({ jql: `(${a.jql}) OR (${b.jql})`, oracle: (i: StoredIssue) => a.oracle(i) || b.oracle(i) })),
    tie('query').map((a) => ({ jql: `NOT (${a.jql})`, oracle: (i: StoredIssue) => !a.oracle(i) })),
  ),
})).query;

const env = environment();

function ids(jql: string, issues: readonly StoredIssue[]): Set<string> {
  const compiled = compileJql(jql, env);
  return new Set(issues.filter((issue) => compiled.matches(issue)).map((issue) => issue.id));
}

const sorted = (set: Set<string>) => [...set].sort();

describe('compileJql properties', () => {
  test('every generated query finds exactly the issues its meaning selects', () => {
    fc.assert(
      fc.property(issuesArbitrary, queryArbitrary, (issues, query) => {
        const expected = issues
          .filter(query.oracle)
          .map((issue) => issue.id)
          .sort();
        expect(sorted(ids(query.jql, issues))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('A AND B is within A, A OR B holds A, NOT A is the rest', () => {
    fc.assert(
      fc.property(issuesArbitrary, queryArbitrary, queryArbitrary, (issues, a, b) => {
        const inA = ids(a.jql, issues);
        const inB = ids(b.jql, issues);
        const both = ids(`(${a.jql}) AND (${b.jql})`, issues);
        const either = ids(`(${a.jql}) OR (${b.jql})`, issues);
        const notA = ids(`NOT (${a.jql})`, issues);
        for (const id of both) expect(inA.has(id) && inB.has(id)).toBe(true);
        for (const id of inA) expect(either.has(id)).toBe(true);
        expect(sorted(either)).toEqual(sorted(new Set([...inA, ...inB])));
        expect(sorted(notA)).toEqual(
          issues
            .map((issue) => issue.id)
            .filter((id) => !inA.has(id))
            .sort(),
        );
      }),
      { numRuns: 200 },
    );
  });

  test("De Morgan's laws hold", () => {
    fc.assert(
      fc.property(issuesArbitrary, queryArbitrary, queryArbitrary, (issues, a, b) => {
        expect(sorted(ids(`NOT ((${a.jql}) AND (${b.jql}))`, issues))).toEqual(sorted(ids(`NOT (${a.jql}) OR NOT (${b.jql})`, issues)));
        expect(sorted(ids(`NOT ((${a.jql}) OR (${b.jql}))`, issues))).toEqual(sorted(ids(`NOT (${a.jql}) AND NOT (${b.jql})`, issues)));
      }),
      { numRuns: 200 },
    );
  });

  test('F != v is F IS NOT EMPTY AND NOT F = v on single-valued fields', () => {
    const pairs = fc.oneof(
      oneOf(USER_IDS).map((id) => ['assignee', id] as const),
      oneOf(['Done', 'Duplicate']).map((name) => ['resolution', name] as const),
      fc.integer({ min: 0, max: 200_000 }).map((n) => ['"Planned cost"', String(n)] as const),
    );
    fc.assert(
      fc.property(issuesArbitrary, pairs, (issues, [field, value]) => {
        expect(sorted(ids(`${field} != ${value}`, issues))).toEqual(sorted(ids(`${field} is not EMPTY AND NOT ${field} = ${value}`, issues)));
      }),
      { numRuns: 200 },
    );
  });

  const SORTS: Array<{ clause: string; key: (issue: StoredIssue) => number | null }> = [
    { clause: 'created', key: (issue) => Date.parse(issue.created) },
    { clause: '"Planned cost"', key: (issue) => (typeof plannedCost(issue) === 'number' ? Number(plannedCost(issue)) : null) },
    { clause: 'surveyScore', key: (issue) => (typeof surveyScore(issue) === 'number' ? Number(surveyScore(issue)) : null) },
    {
      clause: 'key',
      key: (issue) =>
        PROJECT_KEYS.slice()
          .sort()
          .indexOf(issue.key.split('-')[0] ?? '') *
          1_000_000 +
        keyNumber(issue),
    },
  ];

  test('ORDER BY returns the same issues, sorted by the field (empty values last ascending, first descending)', () => {
    fc.assert(
      fc.property(issuesArbitrary, queryArbitrary, oneOf(SORTS), fc.boolean(), (issues, query, sort, descending) => {
        const jql = `${query.jql} ORDER BY ${sort.clause} ${descending ? 'DESC' : 'ASC'}`;
        const result = searchIssues(issues, compileJql(jql, env));
        expect(result.map((issue) => issue.id).sort()).toEqual(sorted(ids(query.jql, issues)));
        // Empty counts as larger than any value, as in Jira.
        const rank = (issue: StoredIssue) => sort.key(issue) ?? Number.POSITIVE_INFINITY;
        for (let index = 1; index < result.length; index += 1) {
          const before = result[index - 1];
          const after = result[index];
          if (!before || !after) continue;
          if (descending) expect(rank(before)).toBeGreaterThanOrEqual(rank(after));
          else expect(rank(before)).toBeLessThanOrEqual(rank(after));
        }
      }),
      { numRuns: 200 },
    );
  });
});
