/**
 * `npm run bench [-- --issues N] [-- --only calls|latency|kpi|surveys|ui|register|portfolio] [-- --locale de_DE]`: the
 * sandbox's latency over a tenant of N issues (default 100,000), what each app screen costs in
 * platform calls at 1,000 and at N issues, what a render of the KPI gadget costs at both sizes, what
 * a survey submit and the rebuild of the survey aggregates cost over 1,000 and 10,000 responses, what
 * each screen's app frames cost the browser in JavaScript, the complaint register's first page and
 * full CSV export at 1,000 and 20,000 complaints, and the customer portfolio's panel and page.
 * `--locale` has the UI section's admin and agent read Jira in that language (English by default).
 * Prints Markdown for docs/benchmarks.md.
 */
import { emulatorLatency } from './emulator-latency';
import { kpiGadget } from './kpi-gadget';
import { portfolioCalls } from './portfolio-calls';
import { registerCost } from './register-cost';
import { screenCalls } from './screen-calls';
import { surveyCosts } from './survey-costs';
import { uiWeight } from './ui-weight';

const sections = ['latency', 'calls', 'kpi', 'surveys', 'ui', 'register', 'portfolio'] as const;
type Section = (typeof sections)[number];
const isSection = (value: string | undefined): value is Section => sections.some((s) => s === value);

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--issues');
  const issues = flag > 0 ? Number(process.argv[flag + 1]) : 100_000;
  if (!Number.isInteger(issues) || issues < 1) throw new Error('--issues needs a whole number of at least 1.');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
  if (onlyAt > 0 && !isSection(only)) throw new Error(`--only takes one of ${sections.join(', ')}.`);
  const localeAt = process.argv.indexOf('--locale');
  const locale = localeAt > 0 ? process.argv[localeAt + 1] : undefined;
  if (localeAt > 0 && !locale) throw new Error('--locale takes a Jira language such as de_DE.');
  const runs = (section: Section): boolean => only === undefined || only === section;
  const out = (lines: string[]) => process.stdout.write(`${lines.join('\n')}\n\n`);
  if (runs('latency')) out(['## Jira emulator latency', '', ...(await emulatorLatency(issues))]);
  if (runs('calls')) out(['## Platform calls per screen', '', ...(await screenCalls(issues === 1000 ? [1000] : [1000, issues]))]);
  if (runs('kpi')) out(['## KPI gadget renders', '', ...(await kpiGadget(issues === 1000 ? [1000] : [1000, issues]))]);
  if (runs('surveys')) out(['## Survey submit and aggregate rebuild', '', ...(await surveyCosts([1000, 10_000]))]);
  if (runs('ui'))
    out([`## App JavaScript per screen${locale ? ` (admin and agent reading ${locale})` : ''}`, '', ...(await uiWeight(locale ? { locale } : {}))]);
  if (runs('register')) out(['## The complaint register (1,000 and 20,000 complaints)', '', ...(await registerCost())]);
  if (runs('portfolio')) out(['## The customer portfolio', '', ...(await portfolioCalls())]);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
