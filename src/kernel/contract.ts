import { z } from 'zod';
import { ERROR_CODES } from './app-error';

/** One resolver call: what it takes and what it answers. */
export interface CallSchema<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** A surface's resolver calls by function key. */
export type Contract = Record<string, CallSchema>;

export type CallInput<C extends Contract, K extends keyof C> = z.input<C[K]['input']>;
export type CallOutput<C extends Contract, K extends keyof C> = z.output<C[K]['output']>;

/** Declares a contract while keeping each call's exact schema types. */
export const defineContract = <C extends Contract>(contract: C): C => contract;

/**
 * One surface's contract from the contracts of the features it offers. A call key may appear in
 * one of them only: Forge knows a resolver's calls by key alone.
 */
export function composeContracts<A extends Contract, B extends Contract>(a: A, b: B): A & B {
  const clash = Object.keys(a).filter((key) => Object.hasOwn(b, key));
  if (clash.length > 0) throw new Error(`Two features define the call ${clash.join(', ')} on one surface.`);
  return { ...a, ...b };
}

/** Why a call failed, in terms a UI can act on (kernel/app-error.ts lists the codes). */
export const errorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCode>;

export const callError = z.object({
  code: errorCode,
  /** A sentence a person understands. */
  message: z.string(),
  /** The input field the error is about, as a dotted path, when there is one. */
  field: z.string().optional(),
});
export type CallError = z.infer<typeof callError>;

/**
 * Every resolver answers this envelope rather than throwing: Forge turns a thrown error into an
 * opaque message, and the UI needs the code and the field.
 */
export const resultOf = <O extends z.ZodType>(output: O) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data: output }), z.object({ ok: z.literal(false), error: callError })]);

export type CallResult<T> = { ok: true; data: T } | { ok: false; error: CallError };

/** What a handler learns about its call from Forge. */
export interface CallContext {
  /** The calling user; absent for anonymous calls. */
  accountId?: string;
  moduleKey?: string;
  /** The surface's extension data (e.g. `issue: { key }` on issue modules). */
  extension: Record<string, unknown>;
}

/** A feature's handlers for the calls of its contract: each takes the parsed input and answers the output. */
export type CallHandlers<C extends Contract> = {
  [K in keyof C & string]: (input: z.output<C[K]['input']>, context: CallContext) => Promise<z.input<C[K]['output']>>;
};

/** Declares a feature's handlers against its contract (the types check each call's input and output). */
export const defineHandlers = <C extends Contract>(_contract: C, handlers: CallHandlers<C>): CallHandlers<C> => handlers;
