import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '#scripts/build-static';

/**
 * The import boundaries of eslint.config.mjs, run through ESLint's own API on small files at the
 * paths where they would live: each wrong arrow of the layering is refused, and the arrows the
 * layering allows are not. If a change to the config stops a rule from firing, this fails.
 */

/** Each file's boundary problems, linted in one ESLint process (test/support/lint-files.mjs). */
function problemsOf(files: readonly { filePath: string; code: string }[]): string[][] {
  const out = execFileSync(process.execPath, [join(projectRoot, 'test', 'support', 'lint-files.mjs')], {
    cwd: projectRoot,
    input: JSON.stringify(files),
    encoding: 'utf8',
  });
  const parsed: unknown = JSON.parse(out);
  if (!Array.isArray(parsed)) throw new Error(`lint-files.mjs answered ${out}`);
  return parsed.map((problems: unknown) => (Array.isArray(problems) ? problems.map(String) : []));
}

const importing = (specifier: string): string => `import { x } from '${specifier}';\nexport const y = x;\n`;

const REFUSED: [file: string, specifier: string, why: RegExp][] = [
  ['src/kernel/ids.ts', '#platform/jira/client', /kernel imports nothing of ours/],
  ['src/kernel/ids.ts', 'node:crypto', /no I\/O/],
  ['src/feedback/domain/rules.ts', '#platform/jira/client', /domain is pure/],
  ['src/feedback/domain/rules.ts', '#catalogue/domain', /domain is pure/],
  ['src/feedback/domain/rules.ts', '../tag-feedback', /stay inside their folder/],
  ['src/catalogue/domain.ts', './service-store', /imports the kernel only/],
  ['src/feedback/contract.ts', './tag-feedback', /never its services or stores/],
  ['src/feedback/contract.ts', '#catalogue/domain', /contract imports the kernel/],
  ['src/feedback/tag-feedback.ts', '@forge/api', /Only src\/platform/],
  ['src/feedback/tag-feedback.ts', '@forge/kvs', /Only src\/platform/],
  ['src/feedback/tag-feedback.ts', '#ticket-fields/resolver', /composed by src\/surfaces/],
  ['src/feedback/tag-feedback.ts', '#surfaces/issue-resolver', /do not import surfaces/],
  ['src/feedback/tag-feedback.ts', '../catalogue/domain', /stay inside their folder/],
  ['src/feedback/tag-feedback.ts', '@brm/sandbox/sandbox', /Nothing imports the sandbox/],
  ['src/platform/jira/client.ts', '#feedback/contract', /never a feature/],
  ['src/surfaces/issue-contract.ts', '#feedback/resolver', /composes features' contracts/],
  ['src/surfaces/issue-resolver.ts', '@forge/resolver', /Only src\/platform/],
  ['src/triggers/on-issue-created.ts', '#feedback/resolver', /Triggers call services/],
  ['src/index.ts', '#feedback/tag-feedback', /nothing else/],
  ['static/app/src/issue-panel/App.tsx', '#feedback/tag-feedback', /UI imports contracts/],
  ['static/app/src/issue-panel/App.tsx', '#feedback/domain/feedback', /UI imports contracts/],
  ['static/app/src/issue-panel/App.tsx', '#platform/jira/client', /UI imports contracts/],
  ['static/app/src/issue-panel/App.tsx', '#surfaces/issue-resolver', /UI imports contracts/],
  ['static/app/src/issue-panel/App.tsx', '../../../../src/kernel/contract', /through the #aliases/],
  ['static/app/src/issue-panel/App.tsx', '@forge/api', /Only src\/platform/],
  ['static/app/src/issue-panel/App.tsx', '@brm/sandbox/seed/demo-users', /Nothing imports the sandbox/],
  ['sandbox/sandbox.ts', '#app', /does not import the app/],
  ['sandbox/server/start.ts', '../../scripts/build-static', /does not import the app/],
  ['sandbox/server/start.ts', '#feedback/contract', /does not import the app/],
];

const ALLOWED: [file: string, specifier: string][] = [
  ['src/kernel/contract.ts', './app-error'],
  ['src/feedback/domain/rules.ts', '#kernel/app-error'],
  ['src/feedback/domain/rules.ts', './description'],
  ['src/feedback/contract.ts', './domain/feedback'],
  ['src/feedback/contract.ts', '#catalogue/contract'],
  ['src/feedback/tag-feedback.ts', '#platform/jira/client'],
  ['src/feedback/tag-feedback.ts', '#ticket-fields/app-field-values'],
  ['src/platform/kvs/entity-store.ts', '@forge/kvs'],
  ['src/surfaces/issue-resolver.ts', '#feedback/resolver'],
  ['src/surfaces/issue-contract.ts', '#feedback/contract'],
  ['src/index.ts', '#surfaces/issue-resolver'],
  ['static/app/src/issue-panel/App.tsx', '#feedback/contract'],
  ['static/app/src/issue-panel/App.tsx', '#surfaces/issue-contract'],
  ['static/app/src/issue-panel/App.tsx', '#kernel/ref-field-value'],
  ['static/app/src/issue-panel/App.tsx', '../shared/bridge-client'],
  ['test/integration/tagging.test.ts', '@brm/sandbox/sandbox'],
];

const MOCKING_TEST = { filePath: 'test/integration/tagging.test.ts', code: "jest.mock('@forge/api');\n" };

let refused: string[][];
let allowed: string[][];
let mocking: string[];
beforeAll(() => {
  const results = problemsOf([
    ...REFUSED.map(([filePath, specifier]) => ({ filePath, code: importing(specifier) })),
    ...ALLOWED.map(([filePath, specifier]) => ({ filePath, code: importing(specifier) })),
    MOCKING_TEST,
  ]);
  refused = results.slice(0, REFUSED.length);
  allowed = results.slice(REFUSED.length, REFUSED.length + ALLOWED.length);
  mocking = results[results.length - 1] ?? [];
}, 60_000);

describe('import boundaries (eslint.config.mjs)', () => {
  test.each(REFUSED.map((c, i) => [...c, i] as const))('%s may not import %s', (_file, _specifier, why, index) => {
    const problems = refused[index] ?? [];
    expect(problems).toEqual([expect.stringMatching(why)]);
    expect(problems[0]).toMatch(/^no-restricted-imports: /);
  });

  test.each(ALLOWED.map((c, i) => [...c, i] as const))('%s may import %s', (_file, _specifier, index) => {
    expect(allowed[index]).toEqual([]);
  });

  test('an integration test may not jest.mock a Forge package', () => {
    expect(mocking).toEqual([expect.stringMatching(/^no-restricted-syntax: .*never jest.mock @forge/)]);
  });
});
