import api, { type Route } from '@forge/api';
import type { z } from 'zod';
import { JiraError, UnexpectedJiraResponse } from './jira-error';
import { delayBeforeRetry, isRetryableStatus, retryAfterMs, retryPolicy, type RetryPolicy } from './retry-policy';

/** Who a request runs as: the invoking user (Jira checks their permissions) or the app. */
export type Actor = 'user' | 'app';

interface JiraAnswer {
  status: number;
  text: string;
  headers: { get(name: string): string | null };
}

function parseErrorBody(text: string): { errorMessages: string[]; errors: Record<string, string> } {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return { errorMessages: [], errors: {} };
    const messages = 'errorMessages' in body && Array.isArray(body.errorMessages) ? body.errorMessages.filter((m): m is string => typeof m === 'string') : [];
    const errors: Record<string, string> = {};
    if ('errors' in body && typeof body.errors === 'object' && body.errors !== null) {
      for (const [key, value] of Object.entries(body.errors)) if (typeof value === 'string') errors[key] = value;
    }
    // servicedeskapi answers { errorMessage: "…", i18nErrorMessage: {…} }.
    if ('errorMessage' in body && typeof body.errorMessage === 'string') messages.push(body.errorMessage);
    return { errorMessages: messages, errors };
  } catch {
    return { errorMessages: text.trim() === '' ? [] : [text.trim().slice(0, 300)], errors: {} };
  }
}

/**
 * A typed client over Forge's `requestJira`. Every answer is parsed with a zod schema; error
 * statuses become `JiraError`; 429 and 503 are retried with backoff, honouring Retry-After.
 */
export class JiraClient {
  constructor(
    readonly actor: Actor,
    private readonly policy: RetryPolicy = retryPolicy(),
  ) {}

  async get<S extends z.ZodType>(path: Route, schema: S): Promise<z.output<S>> {
    return this.parse('GET', path, schema, await this.send('GET', path));
  }

  /** GET that answers undefined for 404 instead of throwing. */
  async find<S extends z.ZodType>(path: Route, schema: S): Promise<z.output<S> | undefined> {
    try {
      return await this.get(path, schema);
    } catch (error) {
      if (error instanceof JiraError && error.status === 404) return undefined;
      throw error;
    }
  }

  async post<S extends z.ZodType>(path: Route, body: unknown, schema: S): Promise<z.output<S>> {
    return this.parse('POST', path, schema, await this.send('POST', path, body));
  }

  /** A write whose answer body does not matter (204, or a body the caller does not need). */
  async write(method: 'POST' | 'PUT' | 'DELETE', path: Route, body?: unknown): Promise<void> {
    await this.send(method, path, body);
  }

  private parse<S extends z.ZodType>(method: string, path: Route, schema: S, answer: JiraAnswer): z.output<S> {
    let body: unknown;
    try {
      body = answer.text === '' ? undefined : JSON.parse(answer.text);
    } catch {
      throw new UnexpectedJiraResponse(method, path.value, 'the body is not JSON');
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UnexpectedJiraResponse(method, path.value, issue ? `${issue.path.join('.') || '(body)'}: ${issue.message}` : 'invalid');
    }
    return parsed.data;
  }

  private async send(method: string, path: Route, body?: unknown): Promise<JiraAnswer> {
    const init = {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        // Some servicedeskapi resources (organizations, request type creation) are marked experimental.
        ...(path.value.startsWith('/rest/servicedeskapi/') ? { 'X-ExperimentalApi': 'opt-in' } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
    for (let attempt = 1; ; attempt++) {
      const requester = this.actor === 'user' ? api.asUser() : api.asApp();
      const response = await requester.requestJira(path, init);
      const text = await response.text();
      if (response.ok) return { status: response.status, text, headers: response.headers };
      if (isRetryableStatus(response.status) && attempt < this.policy.maxAttempts) {
        const wait = delayBeforeRetry(this.policy, attempt, retryAfterMs(response.headers.get('retry-after')));
        if (wait <= this.policy.maxDelayMs) {
          await this.policy.sleep(wait);
          continue;
        }
      }
      const { errorMessages, errors } = parseErrorBody(text);
      throw new JiraError(response.status, method, path.value, errorMessages, errors);
    }
  }
}

export const asUserJira = (): JiraClient => new JiraClient('user');
export const asAppJira = (): JiraClient => new JiraClient('app');
