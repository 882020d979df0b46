import { aboutField, verbatim, type Text } from './texts';

/**
 * Why a use case refused or failed, in terms a caller can act on: the one list of error codes. The
 * call envelope's `errorCode` schema (kernel/contract.ts) and `AppErrorCode` derive from it.
 */
export const ERROR_CODES = ['FORBIDDEN', 'INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'UPSTREAM', 'INTERNAL'] as const;
export type AppErrorCode = (typeof ERROR_CODES)[number];

/**
 * A failure a use case reports on purpose: a code, a sentence for a person, and the input field
 * it is about (a dotted path such as `customerId` or `projectIds.1`) when there is one. The sentence
 * is a `Text`, which the resolver writes in the caller's language; `message` is its English.
 */
export class AppError extends Error {
  readonly text: Text;

  constructor(
    readonly code: AppErrorCode,
    message: Text | string,
    readonly field?: string,
  ) {
    const text = typeof message === 'string' ? verbatim(message) : message;
    super(text.english);
    this.text = text;
    this.name = 'AppError';
  }
}

export const forbidden = (message: Text | string, field?: string): AppError => new AppError('FORBIDDEN', message, field);
export const invalidInput = (field: string, message: Text | string): AppError =>
  new AppError('INVALID_INPUT', aboutField(field, typeof message === 'string' ? verbatim(message) : message), field);
export const notFound = (message: Text | string, field?: string): AppError => new AppError('NOT_FOUND', message, field);
export const conflict = (message: Text | string, field?: string): AppError => new AppError('CONFLICT', message, field);
