import { readBody, send, sendJson } from './http-io';
import type { Router } from './router';
import type { ServerServices } from './server';
import { requestCaller } from './session';

/**
 * Jira's REST API over HTTP: every `/rest/…` request goes to the Jira emulator as the user named
 * by basic auth (email and any token) or the host pages' session cookie, else as anonymous.
 */
export function registerRestRoutes(router: Router, services: ServerServices): void {
  router.on(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'], '/rest/*', async ({ req, res, url }) => {
    const caller = requestCaller(req, services.users, services.signer);
    if (!caller) {
      sendJson(res, 401, { errorMessages: ['The email address or API token is not valid.'] }, { 'www-authenticate': 'Basic realm="Jira"' });
      return;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers[name.toLowerCase()] = value;
      else if (Array.isArray(value)) headers[name.toLowerCase()] = value.join(', ');
    }
    delete headers.authorization;
    delete headers.cookie;
    const method = (req.method ?? 'GET').toUpperCase();
    const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
    const answer = await services.sandbox.jira.handle({
      method: method === 'HEAD' ? 'GET' : method,
      path: `${url.pathname}${url.search}`,
      headers,
      body: body || undefined,
      caller,
    });
    const outHeaders: Record<string, string> = { ...answer.headers };
    if (answer.body === undefined || answer.status === 204) {
      res.writeHead(answer.status, outHeaders);
      res.end();
      return;
    }
    if (typeof answer.body === 'string') {
      send(res, answer.status, answer.body, { 'content-type': 'text/plain; charset=utf-8', ...outHeaders });
      return;
    }
    sendJson(res, answer.status, answer.body, outHeaders);
  });
}
