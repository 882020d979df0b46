/**
 * Why a use case refused or failed, in terms a caller can act on: the one list of error codes. The
 * call envelope's `errorCode` schema (kernel/contract.ts) and `AppErrorCode` derive from it.
 */
export const ERROR_CODES = ['FORBIDDEN', 'INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'UPSTREAM', 'INTERNAL'] as const;
export type AppErrorCode = (typeof ERROR_CODES)[number];

/**
 * A failure a use case reports on purpose: a code, a sentence for a person, and the input field
 * it is about (a dotted path such as `customerId` or `projectIds.1`) when there is one.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const forbidden = (message: string, field?: string): AppError => new AppError('FORBIDDEN', message, field);
export const invalidInput = (field: string, message: string): AppError => new AppError('INVALID_INPUT', `${field}: ${message}`, field);
export const notFound = (message: string, field?: string): AppError => new AppError('NOT_FOUND', message, field);
export const conflict = (message: string, field?: string): AppError => new AppError('CONFLICT', message, field);
