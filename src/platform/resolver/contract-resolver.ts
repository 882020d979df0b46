import Resolver from '@forge/resolver';
import { z } from 'zod';
import { INPUT_MESSAGES } from '#kernel/input-schemas';
import type { CallContext, CallError, CallHandlers, CallResult, Contract } from '#kernel/contract';
import { AppError } from '#kernel/app-error';
import { JiraError, UnexpectedJiraResponse } from '#platform/jira/jira-error';

export interface ResolverOptions {
  /** Runs before the payload is read; throws an AppError to refuse the caller. */
  guard?: (context: CallContext) => Promise<void>;
}

const forgeContext = z.object({
  accountId: z.string().optional(),
  moduleKey: z.string().optional(),
  extension: z.record(z.string(), z.unknown()).optional(),
});

function valueAt(payload: unknown, path: readonly PropertyKey[]): unknown {
  let value = payload;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/**
 * A bad payload, in sentences that name each field: "statement: must be at most 2000 characters".
 * A field that is absent "is required" (unless a rule of the call says more, such as "is required
 * for a complaint"); a payload that is not an object says so. Each sentence appears once.
 */
export function inputError(error: z.ZodError, payload: unknown): CallError {
  const pathOf = (issue: z.core.$ZodIssue): string => issue.path.map(String).join('.');
  // A value of the wrong type is all there is to say about it: zod still runs later checks on it
  // (an array has a length), whose messages would only confuse.
  const wrongType = new Set(error.issues.filter((issue) => issue.code === 'invalid_type').map(pathOf));
  const issues = error.issues.filter((issue) => issue.code === 'invalid_type' || !wrongType.has(pathOf(issue)));
  const messages = issues.map((issue) => {
    const field = pathOf(issue);
    if (field === '') return `The request is not valid: ${issue.code === 'invalid_type' ? INPUT_MESSAGES.object : issue.message}`;
    const absent = valueAt(payload, issue.path) === undefined && issue.code !== 'custom';
    return `${field}: ${absent ? INPUT_MESSAGES.required : issue.message}`;
  });
  const first = issues[0] ? pathOf(issues[0]) : undefined;
  return { code: 'INVALID_INPUT', message: [...new Set(messages)].join('; '), ...(first ? { field: first } : {}) };
}

/** Any failure as the envelope's error. Unexpected ones are logged and described without internals. */
export function errorOf(error: unknown): CallError {
  if (error instanceof AppError) return { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) };
  if (error instanceof JiraError) {
    if (error.status === 401 || error.status === 403) return { code: 'FORBIDDEN', message: `Jira refused this: ${error.reason}` };
    if (error.status === 404) return { code: 'NOT_FOUND', message: `Jira could not find what this needs: ${error.reason}` };
    if (error.status === 429) return { code: 'UPSTREAM', message: 'Jira is busy right now. Wait a minute and try again.' };
    return { code: 'UPSTREAM', message: `Jira could not do this (${error.status}): ${error.reason}` };
  }
  if (error instanceof UnexpectedJiraResponse) {
    console.error(error);
    return { code: 'UPSTREAM', message: 'Jira answered in a way the app does not understand. Try again; if it persists, contact the app vendor.' };
  }
  console.error(error);
  return { code: 'INTERNAL', message: 'Something went wrong inside the app. Try again; if it persists, contact the app vendor.' };
}

/** `schema.safeParse`, keeping the schema's own output type for generic callers. */
const parseWith = <S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> => schema.safeParse(value);

/** One call of a contract, bound to its handler: parse, check, run, check the answer. */
function bindCall<C extends Contract, K extends keyof C & string>(key: K, call: C[K], handler: CallHandlers<C>[K], options: ResolverOptions) {
  return async (request: { payload?: unknown; context?: unknown }): Promise<CallResult<unknown>> => {
    try {
      const parsedContext = forgeContext.safeParse(request.context);
      const context: CallContext = parsedContext.success ? { ...parsedContext.data, extension: parsedContext.data.extension ?? {} } : { extension: {} };
      if (options.guard) await options.guard(context);
      const input = parseWith<C[K]['input']>(call.input, request.payload ?? {});
      if (!input.success) return { ok: false, error: inputError(input.error, request.payload) };
      const output = call.output.safeParse(await handler(input.data, context));
      if (!output.success) {
        console.error(`Resolver ${key} answered outside its contract`, output.error.issues);
        return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside the app. Try again; if it persists, contact the app vendor.' } };
      }
      return { ok: true, data: output.data };
    } catch (error) {
      return { ok: false, error: errorOf(error) };
    }
  };
}

/**
 * A Forge resolver for one surface, driven by its contract: each call's payload is parsed with its
 * input schema (a bad one never reaches a service), its handler runs, and the answer is checked
 * against the output schema. Every outcome is a `CallResult` envelope; nothing is thrown to Forge.
 */
export function contractResolver<C extends Contract>(contract: C, handlers: CallHandlers<C>, options: ResolverOptions = {}) {
  const resolver = new Resolver();
  for (const key in contract) {
    resolver.define<unknown, CallResult<unknown>>(key, bindCall(key, contract[key], handlers[key], options));
  }
  return resolver.getDefinitions();
}
