import { z } from 'zod';

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

/** Why a call failed, in terms a UI can act on. */
export const errorCode = z.enum(['FORBIDDEN', 'INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'UPSTREAM', 'INTERNAL']);
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
