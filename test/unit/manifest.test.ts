import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '@forge/manifest';
import { JOB_QUEUE } from '#platform/jobs/job-queue';
import { projectRoot } from '#scripts/build-static';
import { appManifest } from '#test/support/app';

const manifestPath = join(projectRoot, 'manifest.yml');

describe('manifest.yml', () => {
  it("passes Atlassian's own validator with no errors", async () => {
    const result = await validate(false, manifestPath);
    const errors = (result.errors ?? []).filter((e) => e.level !== 'warning').map((e) => `line ${e.line}: ${e.message}`);
    expect(errors).toEqual([]);
  });

  it('names only handlers that src/index.ts exports as functions', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported: Record<string, unknown> = require('#app');
    const manifest = appManifest();
    const missing = manifest.functions.map((f) => f.handler.replace(/^index\./, '')).filter((name) => typeof exported[name] !== 'function');
    expect(missing).toEqual([]);
  });

  it('exports nothing from src/index.ts that the manifest does not name', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported: Record<string, unknown> = require('#app');
    const named = new Set(appManifest().functions.map((f) => f.handler.replace(/^index\./, '')));
    expect(Object.keys(exported).filter((k) => k !== '__esModule' && !named.has(k))).toEqual([]);
  });

  it('points every resource at a built folder with an index.html', () => {
    const manifest = appManifest();
    const paths = [...new Set(manifest.modules.flatMap((m) => (m.resourcePath ? [m.resourcePath] : [])))];
    expect(paths.length).toBeGreaterThan(0);
    const missing = paths.filter((p) => !existsSync(join(projectRoot, p, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('shows the issue panel, action and context only in service projects (display condition projectType)', () => {
    const issueModules = appManifest().modules.filter((m) => ['jira:issuePanel', 'jira:issueAction', 'jira:issueContext'].includes(m.type));
    expect(issueModules.length).toBe(4);
    for (const module of issueModules) expect(module.raw.displayConditions).toEqual({ projectType: 'service_desk' });
  });

  it("shows every UI module, a custom field's view and edit too, from the app's one resource", () => {
    const manifest = appManifest();
    const ui = manifest.modules.filter((m) => m.resourceKey !== undefined);
    const keys = new Set(ui.flatMap((m) => [m.resourceKey, m.raw.view?.resource, m.raw.edit?.resource]).filter((key) => key !== undefined));
    expect([...keys]).toEqual(['app']);
    const icons = ui.flatMap((m) => (typeof m.raw.icon === 'string' ? [m.raw.icon] : []));
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const [resource, file] = icon.replace(/^resource:/, '').split(';');
      expect(resource).toBe('app');
      expect(existsSync(join(projectRoot, 'static', 'app', 'public', file ?? ''))).toBe(true);
    }
  });

  it('resolves every UI module to a resolver function the manifest declares', () => {
    const manifest = appManifest();
    const functionKeys = new Set(manifest.functions.map((f) => f.key));
    const dangling = manifest.modules.filter((m) => m.resolverFunction && !functionKeys.has(m.resolverFunction)).map((m) => m.key);
    expect(dangling).toEqual([]);
  });

  it("delivers the job runner's queue to one consumer function, runJobs, whose time limit fits several steps and the reserve", () => {
    const manifest = appManifest();
    const consumers = manifest.consumers.filter((c) => c.queue === JOB_QUEUE);
    expect(consumers.map((c) => c.functionKey)).toEqual(['job-runner']);
    const fn = manifest.functions.find((f) => f.key === 'job-runner');
    expect(fn?.handler).toBe('index.runJobs');
    // Forge: 1 to 900 s for a function only consumers use; the runner keeps 60 s per step and 15 s in reserve.
    expect(fn?.timeoutSeconds).toBeLessThanOrEqual(900);
    expect((fn?.timeoutSeconds ?? 0) * 1000).toBeGreaterThan(3 * (60_000 + 15_000));
    expect(manifest.modules.some((m) => m.resolverFunction === 'job-runner') || manifest.triggers.some((t) => t.functionKey === 'job-runner')).toBe(false);
  });
});
