/**
 * `npm run bench [-- --issues N]`: the sandbox's latency over a tenant of N issues (default
 * 100,000), then what each app screen costs in platform calls at 1,000 and at N issues. Prints
 * Markdown for docs/benchmarks.md.
 */
import { emulatorLatency } from './emulator-latency';
import { screenCalls } from './screen-calls';

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--issues');
  const issues = flag > 0 ? Number(process.argv[flag + 1]) : 100_000;
  if (!Number.isInteger(issues) || issues < 1) throw new Error('--issues needs a whole number of at least 1.');
  const out = (lines: string[]) => process.stdout.write(`${lines.join('\n')}\n\n`);
  out(['## Jira emulator latency', '', ...(await emulatorLatency(issues))]);
  out(['## Platform calls per screen', '', ...(await screenCalls(issues === 1000 ? [1000] : [1000, issues]))]);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
