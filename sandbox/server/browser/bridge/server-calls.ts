/**
 * The bridge calls the sandbox server answers, sent as the signed-in user (the session cookie):
 * `invoke` runs a resolver function, `requestJira` (fetchProduct) calls the Jira REST API.
 */
import type { FrameConfig } from '../protocol';
import { isRecord, stringOr } from '../values';

async function postJson(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/** `invoke(functionKey, payload)`: the resolver runs with this frame's module, local id and extension. */
export async function invoke(context: FrameConfig['context'], payload: unknown): Promise<unknown> {
  const call = isRecord(payload) ? payload : {};
  const answer = await postJson('/__sandbox/invoke', {
    moduleKey: context.moduleKey,
    localId: context.localId,
    functionKey: call.functionKey,
    payload: call.payload ?? {},
    extension: context.extension,
  });
  if (!isRecord(answer)) throw new Error('The sandbox answered the resolver call with nothing.');
  if (answer.ok !== true) throw new Error(stringOr(answer.error, 'The resolver call failed.'));
  // With metadata requested, Forge wraps the answer as { body, metadata }.
  return call.metadata === undefined ? answer.value : { body: answer.value, metadata: {} };
}

/**
 * `requestJira(path, init)`: only Jira, only REST paths; sent through the sandbox, which checks the
 * app's scopes as Forge does, and answered in @forge/bridge's response shape.
 */
export async function fetchProduct(payload: unknown): Promise<unknown> {
  const request = isRecord(payload) ? payload : {};
  if (request.product !== 'jira') throw new Error(`The sandbox hosts Jira only; '${String(request.product)}' requests are not available.`);
  const restPath = stringOr(request.restPath, '');
  if (!restPath.startsWith('/rest/')) throw new Error(`requestJira needs a path under /rest/, not '${restPath}'.`);
  const init = isRecord(request.fetchRequestInit) ? request.fetchRequestInit : {};
  const headers: [string, string][] = [];
  if (Array.isArray(init.headers)) {
    for (const pair of init.headers) if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') headers.push([pair[0], pair[1]]);
  }
  const method = stringOr(init.method, 'GET').toUpperCase();
  const body = method === 'GET' || method === 'HEAD' || typeof init.body !== 'string' ? undefined : init.body;
  const answer = await postJson('/__sandbox/product', { product: 'jira', restPath, method, headers, ...(body === undefined ? {} : { body }) });
  if (!isRecord(answer) || typeof answer.status !== 'number')
    throw new Error(`The sandbox could not call ${method} ${restPath}: ${isRecord(answer) ? JSON.stringify(answer) : 'no answer'}`);
  const responseHeaders: Record<string, string> = {};
  if (isRecord(answer.headers)) for (const [key, value] of Object.entries(answer.headers)) if (typeof value === 'string') responseHeaders[key] = value;
  return { body: stringOr(answer.body, ''), headers: responseHeaders, status: answer.status, statusText: '', isAttachment: false };
}
