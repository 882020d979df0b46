import { frameUrl, injectBridge, parseFrameQuery } from '#sandbox/server/app-frames';
import type { FrameConfig } from '#sandbox/server/browser/protocol';

const config: FrameConfig = {
  context: {
    accountId: 'a-1',
    cloudId: 'c',
    localId: 'l',
    moduleKey: 'm',
    siteUrl: 'http://localhost:8080',
    environmentId: 'e',
    environmentType: 'DEVELOPMENT',
    locale: 'en_US',
    timezone: 'UTC',
    theme: { colorMode: 'dark', light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' },
    extension: { issue: { key: '</script><script>alert(1)</script>' } },
  },
  closable: false,
  historyPath: '/',
};

test('the bridge is injected at the top of <head>, before the module bundle, and the context cannot break out of its script', () => {
  const page =
    '<!doctype html><html><head><meta charset="utf-8"><script type="module" crossorigin src="./assets/index.js"></script></head><body><div id="root"></div></body></html>';
  const out = injectBridge(page, config, 'globalThis.__bridge = { callBridge() {} };');
  const configAt = out.indexOf('__forgeSandboxFrame');
  const bridgeAt = out.indexOf('globalThis.__bridge');
  const bundleAt = out.indexOf('./assets/index.js');
  expect(configAt).toBeGreaterThan(out.indexOf('<head>'));
  expect(configAt).toBeLessThan(bridgeAt);
  expect(bridgeAt).toBeLessThan(bundleAt);
  expect(out.match(/<\/script>/g)).toHaveLength(3);
});

test('a frame URL carries the module and its extension and reads back the same', () => {
  const extension = { issue: { id: '10001', key: 'ACME-1' }, project: { id: '10000', key: 'ACME' } };
  const url = new URL(frameUrl({ resourceKey: 'issue-panel', moduleKey: 'brm-issue-panel', extension, closable: true, historyPath: '/x' }), 'http://localhost');
  expect(url.pathname).toBe('/__app/issue-panel/');
  expect(parseFrameQuery(url, 'issue-panel')).toEqual({
    resourceKey: 'issue-panel',
    moduleKey: 'brm-issue-panel',
    extension,
    closable: true,
    historyPath: '/x',
    localId: undefined,
  });
});

test('a frame URL without a module or with broken extension JSON is refused with a reason', () => {
  expect(parseFrameQuery(new URL('http://h/__app/x/'), 'x')).toHaveProperty('error');
  expect(parseFrameQuery(new URL('http://h/__app/x/?moduleKey=m&ext=%7Bnope'), 'x')).toEqual({ error: 'ext is not JSON' });
});
