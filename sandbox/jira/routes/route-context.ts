import type { z } from 'zod';
import type { ProductResponse } from '../../runtime/product-types';
import { SITE_DEFAULT_LOCALE } from '../constants';
import type { Actor } from '../permissions';
import { badRequest } from '../rest-error';
import type { JiraStore } from '../store/jira-store';

/** A product event a request caused; the emulator emits it once the request's writes are committed. */
export interface PendingEvent {
  eventType: string;
  event: Record<string, unknown>;
}

/** Everything a route handler gets for one request. */
export interface RouteContext {
  store: JiraStore;
  actor: Actor;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request body parsed as JSON; undefined when there was none. */
  body: unknown;
  now: Date;
  baseUrl: string;
  /**
   * The `schema.custom` prefix of the installed Forge app's own fields (its extension ARI up to the
   * module key); `asApp` requests are that app's. Undefined before an app is installed.
   */
  appFieldTypePrefix: string | undefined;
  /** Queues a product event for after the commit. */
  emit(event: PendingEvent): void;
}

/**
 * The language Jira answers a caller in, where an app's manifest gives a text in several (a Forge
 * field's description and validation message; Forge manifest reference, "Translations": a
 * translated text is shown in the user's Jira language): a user's Jira language, also when an app
 * calls as them (`asUser`); the site's default language (`GET /rest/api/3/serverInfo`,
 * `defaultLocale`) for the app itself (`asApp`) and anonymous callers.
 */
export const callerLocale = (ctx: Pick<RouteContext, 'actor'>): string => (ctx.actor.kind === 'user' ? ctx.actor.user.locale : SITE_DEFAULT_LOCALE);

export const ok = (body: unknown): ProductResponse => ({ status: 200, body });
export const created = (body?: unknown): ProductResponse => (body === undefined ? { status: 201 } : { status: 201, body });
export const noContent = (): ProductResponse => ({ status: 204 });

/** A path parameter the route's pattern guarantees. */
export function param(ctx: RouteContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined) throw new Error(`Route parameter '${name}' is missing from the route's pattern.`);
  return value;
}

/**
 * Parses the JSON body with a schema; a mismatch answers 400 naming the offending fields. A strict
 * schema (Atlassian's beans with `additionalProperties: false`) refuses unknown properties the way
 * Jira's JSON reader does: `Unrecognized field "<name>" (not marked as ignorable)`.
 */
export function readBody<S extends z.ZodType>(ctx: RouteContext, schema: S): z.output<S> {
  if (ctx.body === undefined) throw badRequest('No content to map to Object due to end of input');
  const parsed = schema.safeParse(ctx.body);
  if (parsed.success) return parsed.data;
  const errors: Record<string, string> = {};
  const messages: string[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      messages.push(...issue.keys.map((key) => `Unrecognized field "${path ? `${path}.` : ''}${key}" (not marked as ignorable)`));
    else if (path) errors[path] ??= issue.message;
    else messages.push(issue.message);
  }
  throw badRequest(messages, errors);
}

/** An integer query parameter, or its default when absent; anything else answers 400. */
export function intQuery(ctx: RouteContext, name: string, fallback: number): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw badRequest(`The '${name}' parameter must be a non-negative integer; got '${raw}'.`);
  return value;
}

/** A required query parameter. */
export function requiredQuery(ctx: RouteContext, name: string): string {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') throw badRequest(`The '${name}' parameter is required.`);
  return raw;
}
