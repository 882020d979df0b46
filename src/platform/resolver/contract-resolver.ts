import Resolver from '@forge/resolver';
import { z } from 'zod';
import { maxLengthMessage } from '#kernel/input-schemas';
import type { CallContext, CallError, CallHandlers, CallResult, Contract, ErrorCode } from '#kernel/contract';
import { AppError } from '#kernel/app-error';
import { KERNEL_TEXTS } from '#kernel/kernel-texts';
import { LOCALES } from '#kernel/locales';
import { aboutField, joinTexts, sentence, type Text } from '#kernel/texts';
import { jiraFailureText, JiraError, UnexpectedJiraResponse } from '#platform/jira/jira-error';
import { callerLocale } from '#platform/jira/locales';

/** A failure before it is written in the caller's language. */
export interface Failure {
  code: ErrorCode;
  text: Text;
  field?: string;
}

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
export function inputError(error: z.ZodError, payload: unknown): Failure {
  const pathOf = (issue: z.core.$ZodIssue): string => issue.path.map(String).join('.');
  // A value of the wrong type is all there is to say about it: zod still runs later checks on it
  // (an array has a length), whose messages would only confuse.
  const wrongType = new Set(error.issues.filter((issue) => issue.code === 'invalid_type').map(pathOf));
  const issues = error.issues.filter((issue) => issue.code === 'invalid_type' || !wrongType.has(pathOf(issue)));
  const messageOf = (issue: z.core.$ZodIssue): Text =>
    issue.code === 'too_big' && issue.origin === 'string' && issue.message === maxLengthMessage(Number(issue.maximum))
      ? KERNEL_TEXTS.text('input.maxLength', { max: String(issue.maximum) })
      : sentence(issue.message);
  const texts = issues.map((issue) => {
    const field = pathOf(issue);
    if (field === '') {
      const reason = issue.code === 'invalid_type' ? KERNEL_TEXTS.text('input.object') : messageOf(issue);
      return {
        english: KERNEL_TEXTS.in('en', 'input.invalidRequest', { reason: reason.english }),
        in: (locale) => KERNEL_TEXTS.in(locale, 'input.invalidRequest', { reason: reason.in(locale) }),
      } satisfies Text;
    }
    const absent = valueAt(payload, issue.path) === undefined && issue.code !== 'custom';
    return aboutField(field, absent ? KERNEL_TEXTS.text('input.required') : messageOf(issue));
  });
  const unique = [...new Map(texts.map((text) => [text.english, text])).values()];
  const first = issues[0] ? pathOf(issues[0]) : undefined;
  return { code: 'INVALID_INPUT', text: joinTexts(unique), ...(first ? { field: first } : {}) };
}

/** Any failure as the envelope's error. Unexpected ones are logged and described without internals. */
export function errorOf(error: unknown): Failure {
  if (error instanceof AppError) return { code: error.code, text: error.text, ...(error.field ? { field: error.field } : {}) };
  if (error instanceof JiraError) {
    const code = error.status === 401 || error.status === 403 ? 'FORBIDDEN' : error.status === 404 ? 'NOT_FOUND' : 'UPSTREAM';
    return { code, text: jiraFailureText(error) };
  }
  if (error instanceof UnexpectedJiraResponse) {
    console.error(error);
    return { code: 'UPSTREAM', text: jiraFailureText(error) };
  }
  console.error(error);
  return { code: 'INTERNAL', text: KERNEL_TEXTS.text('error.internal') };
}

/**
 * The failure in the caller's language: Jira says which (GET myself, one call, on failures only,
 * and none when the sentence reads the same in every language).
 */
export async function callErrorOf(failure: Failure): Promise<CallError> {
  const sameEverywhere = LOCALES.every((locale) => failure.text.in(locale) === failure.text.english);
  const message = sameEverywhere ? failure.text.english : failure.text.in(await callerLocale());
  return { code: failure.code, message, ...(failure.field ? { field: failure.field } : {}) };
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
      if (!input.success) return { ok: false, error: await callErrorOf(inputError(input.error, request.payload)) };
      const output = call.output.safeParse(await handler(input.data, context));
      if (!output.success) {
        console.error(`Resolver ${key} answered outside its contract`, output.error.issues);
        return { ok: false, error: await callErrorOf({ code: 'INTERNAL', text: KERNEL_TEXTS.text('error.internal') }) };
      }
      return { ok: true, data: output.data };
    } catch (error) {
      return { ok: false, error: await callErrorOf(errorOf(error)) };
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
