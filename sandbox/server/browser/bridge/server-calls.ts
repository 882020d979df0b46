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

/** `requestJira(path, init)`: only Jira, only REST paths; answered in @forge/bridge's response shape. */
export async function fetchProduct(payload: unknown): Promise<unknown> {
  const request = isRecord(payload) ? payload : {};
  if (request.product !== 'jira') throw new Error(`The sandbox hosts Jira only; '${String(request.product)}' requests are not available.`);
  const restPath = stringOr(request.restPath, '');
  if (!restPath.startsWith('/rest/')) throw new Error(`requestJira needs a path under /rest/, not '${restPath}'.`);
  const init = isRecord(request.fetchRequestInit) ? request.fetchRequestInit : {};
  const headers = new Headers();
  if (Array.isArray(init.headers)) {
    for (const pair of init.headers) if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') headers.append(pair[0], pair[1]);
  }
  const method = stringOr(init.method, 'GET').toUpperCase();
  const response = await fetch(restPath, {
    method,
    headers,
    credentials: 'same-origin',
    body: method === 'GET' || method === 'HEAD' || typeof init.body !== 'string' ? undefined : init.body,
  });
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    responseHeaders[key] = value;
  });
  return { body: await response.text(), headers: responseHeaders, status: response.status, statusText: response.statusText, isAttachment: false };
}
