import { z } from 'zod';
import { UnmappedOperationError } from '../runtime/scopes/scope-guard';
import { HttpError, readForm, readJson, redirect, send, sendJson } from './http-io';
import type { Router } from './router';
import type { ServerServices } from './server';
import { requestCaller, sessionCookie } from './session';

const invokeBody = z.object({
  moduleKey: z.string().min(1),
  functionKey: z.string().min(1),
  payload: z.unknown().optional(),
  extension: z.record(z.string(), z.unknown()).optional(),
  localId: z.string().optional(),
});

const sessionBody = z.union([z.object({ accountId: z.string().min(1) }), z.object({ email: z.string().min(1) })]);

/** A frame's `requestJira(path, init)` as the bridge sends it on (`fetchProduct`). */
const productBody = z.object({
  product: z.literal('jira'),
  restPath: z.string().startsWith('/rest/'),
  method: z.string().min(1),
  headers: z.array(z.tuple([z.string(), z.string()])).default([]),
  body: z.string().optional(),
});

const gadgetConfigBody = z.object({ dashboardId: z.string().min(1), gadgetId: z.string().min(1), config: z.record(z.string(), z.unknown()) });

/** A local path to go back to after signing in; anything else goes home. */
const safeReturn = (value: string | null): string => (value && value.startsWith('/') && !value.startsWith('//') ? value : '/');

/** The bridge's backend and the sandbox's own endpoints, all under `/__sandbox/`. */
export function registerBridgeRoutes(router: Router, services: ServerServices): void {
  const { sandbox, users, assets } = services;

  // `invoke` from @forge/bridge: runs the module's resolver as the signed-in user, as Forge does.
  router.post('/__sandbox/invoke', async ({ req, res }) => {
    const parsed = invokeBody.safeParse(await readJson(req));
    if (!parsed.success) throw new HttpError(400, `Not a resolver call: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    const caller = requestCaller(req, users, services.signer);
    if (!caller) throw new HttpError(401, 'The credentials are not valid.');
    const call = parsed.data;
    const outcome = await sandbox.invoke({
      moduleKey: call.moduleKey,
      functionKey: call.functionKey,
      payload: call.payload ?? {},
      accountId: caller.kind === 'user' ? caller.accountId : undefined,
      extension: call.extension ?? {},
    });
    sendJson(res, 200, outcome.ok ? { ok: true, value: outcome.value } : { ok: false, error: outcome.error });
  });

  // `requestJira` from a Custom UI frame: as the signed-in user, and only where the app's scopes
  // allow it, as Forge checks a frontend product call against the manifest's permissions.scopes.
  router.post('/__sandbox/product', async ({ req, res }) => {
    const parsed = productBody.safeParse(await readJson(req));
    if (!parsed.success) throw new HttpError(400, `Not a product request: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    const caller = requestCaller(req, users, services.signer);
    if (!caller) throw new HttpError(401, 'The credentials are not valid.');
    const call = parsed.data;
    const method = call.method.toUpperCase();
    let answer;
    try {
      answer =
        sandbox.runtime.scopeGuard?.checkProduct(method, call.restPath) ??
        (await sandbox.jira.handle({
          method,
          path: call.restPath,
          headers: Object.fromEntries(call.headers.map(([k, v]) => [k.toLowerCase(), v])),
          body: call.body,
          caller,
        }));
    } catch (error) {
      if (error instanceof UnmappedOperationError) throw new HttpError(500, error.message);
      throw error;
    }
    const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    const headers = { 'content-type': 'application/json;charset=UTF-8', ...answer.headers };
    sendJson(res, 200, { status: answer.status, headers, body });
  });

  // The user switcher (a form) and scripts (JSON) sign in as a user of the tenant.
  router.post('/__sandbox/session', async ({ req, res }) => {
    const isForm = (req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded');
    const form = isForm ? await readForm(req) : undefined;
    const parsed = sessionBody.safeParse(form ? Object.fromEntries(form) : await readJson(req));
    if (!parsed.success) throw new HttpError(400, 'Name the user by accountId or email.');
    const user = 'accountId' in parsed.data ? users.user(parsed.data.accountId) : users.userByEmail(parsed.data.email);
    if (!user?.active) throw new HttpError(404, 'There is no active user by that name.');
    const setCookie = sessionCookie(services.signer, user.accountId);
    if (form) redirect(res, safeReturn(form.get('returnTo')), { 'set-cookie': setCookie });
    else sendJson(res, 200, { accountId: user.accountId, displayName: user.displayName }, { 'set-cookie': setCookie });
  });

  router.get('/__sandbox/session', ({ req, res }) => {
    const caller = requestCaller(req, users, services.signer);
    const user = caller?.kind === 'user' ? users.user(caller.accountId) : undefined;
    sendJson(res, 200, user ? { accountId: user.accountId, displayName: user.displayName, kind: user.kind } : { accountId: null });
  });

  // A dashboard gadget's edit view saved its configuration with view.submit().
  router.post('/__sandbox/gadget-config', async ({ req, res }) => {
    const parsed = gadgetConfigBody.safeParse(await readJson(req));
    if (!parsed.success) throw new HttpError(400, 'A gadget configuration must be an object.');
    const caller = requestCaller(req, users, services.signer);
    if (caller?.kind !== 'user') throw new HttpError(401, 'Sign in to configure gadgets.');
    if (!services.dashboards.configure(parsed.data.dashboardId, parsed.data.gadgetId, parsed.data.config))
      throw new HttpError(404, 'There is no such gadget on that dashboard.');
    sendJson(res, 200, { saved: true });
  });

  router.get('/__sandbox/assets/:name', async ({ params, res }) => {
    const javascript = { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' };
    const css = { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' };
    switch (params.name) {
      case 'host.js':
        return send(res, 200, await assets.script('host'), javascript);
      case 'iframe-bridge.js':
        return send(res, 200, await assets.script('iframe-bridge'), javascript);
      case 'tokens.css':
        return send(res, 200, assets.tokensCss(), css);
      case 'host.css':
        return send(res, 200, assets.hostCss(), css);
      default:
        throw new HttpError(404, `No asset ${params.name ?? ''}.`);
    }
  });

  router.get('/favicon.ico', ({ res }) => send(res, 204, ''));
}
