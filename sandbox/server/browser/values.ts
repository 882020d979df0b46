/**
 * Checks on untrusted values, shared by the browser scripts: every postMessage and every bridge
 * call arrives as `unknown`, and these narrow it without casts.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value if it is a string, else the fallback. */
export const stringOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** The value if it is a string, else the empty string. */
export const text = (value: unknown): string => stringOr(value, '');

/** A callback the app handed the bridge (`events.on`, a modal's `onClose`). */
export const isCallback = (value: unknown): value is (argument: unknown) => unknown => typeof value === 'function';
