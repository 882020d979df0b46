import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '#scripts/build-static';

/**
 * The rule that keeps words out of the UI's code (eslint.config.mjs): a person's text comes from
 * the i18n tables, so every language has it. Linted at the path of a UI component.
 */
function problemsOf(codes: readonly string[]): string[][] {
  const out = execFileSync(process.execPath, [join(projectRoot, 'test', 'support', 'lint-files.mjs')], {
    cwd: projectRoot,
    input: JSON.stringify(codes.map((code) => ({ filePath: 'static/app/src/issue-panel/Example.tsx', code }))),
    encoding: 'utf8',
  });
  const parsed: unknown = JSON.parse(out);
  return Array.isArray(parsed) ? parsed.map((problems: unknown) => (Array.isArray(problems) ? problems.map(String) : [])) : [];
}

const component = (jsx: string): string => `import { t } from '../shared/i18n';\nexport const Example = () => ${jsx};\n`;

const REFUSED: [what: string, jsx: string][] = [
  ['JSX text', '<p>Save changes</p>'],
  ['a label', '<input aria-label="Customer name" />'],
  ['a title in a template', '<span title={`Due ${t("common.none")}`} />'],
  ['a placeholder', '<input placeholder="Choose a service" />'],
];
const ALLOWED = '<p data-testid="save-button" className="row" title={t("common.close")}>{t("common.retry")} · 42 →</p>';

let results: string[][] = [];
beforeAll(() => {
  results = problemsOf([...REFUSED.map(([, jsx]) => component(jsx)), component(ALLOWED)]);
}, 60_000);

describe('words in the UI come from the i18n tables', () => {
  test.each(REFUSED.map(([what], i) => [what, i] as const))('refuses %s', (_what, index) => {
    expect(results[index]).toEqual([expect.stringMatching(/^no-restricted-syntax: Words a person reads come from the i18n tables/)]);
  });

  test('allows strings from t(), punctuation and symbols, and code attributes', () => {
    expect(results[REFUSED.length]).toEqual([]);
  });
});
