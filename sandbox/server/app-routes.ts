import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AssetFiles, REVALIDATE } from './app-assets';
import { fileInside } from './app-resources';
import { frameConfig, injectBridge, parseFrameQuery } from './app-frames';
import { html } from './html';
import { HttpError, redirect, send, sendHtml } from './http-io';
import type { Router } from './router';
import type { ServerServices } from './server';
import { colorModeOf, cookieUser } from './session';

/**
 * The app's Custom UI, as Forge serves resources: `/__app/<resourceKey>/…` from the resource's
 * build folder. The page itself gets the frame's configuration and the bridge injected ahead of
 * the app's bundle; the other files are served with the CDN's caching and compression.
 */
export function registerAppRoutes(router: Router, services: ServerServices): void {
  const { sandbox, users, assets, resources } = services;
  const files = new AssetFiles();

  // Relative asset paths need the trailing slash.
  router.get('/__app/:resourceKey', ({ params, url, res }) => redirect(res, `/__app/${encodeURIComponent(params.resourceKey ?? '')}/${url.search}`));

  router.get('/__app/:resourceKey/*', async ({ params, url, req, res }) => {
    const resourceKey = params.resourceKey ?? '';
    const folder = resources.get(resourceKey);
    if (!folder) throw new HttpError(404, `manifest.yml declares no resource '${resourceKey}'.`);
    const rest = params.rest ?? '';
    if (rest === '' || rest === 'index.html') {
      const indexFile = join(folder, 'index.html');
      if (!existsSync(indexFile)) {
        sendHtml(res, 503, html`<!doctype html><p>The '${resourceKey}' UI is not built yet. Run <code>npm run build</code> and reload.</p>`);
        return;
      }
      const request = parseFrameQuery(url, resourceKey);
      if ('error' in request) throw new HttpError(400, `Not an app frame URL: ${request.error}`);
      const module = sandbox.manifest.modules.find((m) => m.key === request.moduleKey);
      if (!module) throw new HttpError(404, `manifest.yml declares no module '${request.moduleKey}'.`);
      const config = frameConfig(sandbox.runtime, module, request, cookieUser(req, users, services.signer), colorModeOf(req));
      const page = injectBridge(readFileSync(indexFile, 'utf8'), config, await assets.script('iframe-bridge'));
      // The entry page is revalidated on every use, as Forge's CDN serves it; the files it names
      // carry their content hash and are kept (app-assets.ts).
      send(res, 200, page, { 'content-type': 'text/html; charset=utf-8', 'cache-control': REVALIDATE });
      return;
    }
    const file = fileInside(folder, rest);
    if (!file || !existsSync(file) || !statSync(file).isFile()) throw new HttpError(404, `No file '${rest}' in resource '${resourceKey}'.`);
    const answer = files.respond(file, rest, { acceptEncoding: req.headers['accept-encoding'], ifNoneMatch: req.headers['if-none-match'] });
    if (answer.status === 304) {
      res.writeHead(304, answer.headers);
      res.end();
      return;
    }
    send(res, 200, answer.body, answer.headers);
  });
}
