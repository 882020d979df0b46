/**
 * Built-ins used on the per-issue path, bound once. Naming a global (`Date`, `Array`, `Number`)
 * looks it up on the global object every time; inside a vm context, as under Jest, that lookup
 * costs more than the rest of a clause. Module bindings do not pay it.
 */
export const isArray: (value: unknown) => value is unknown[] = Array.isArray;
export const parseDate = Date.parse;
export const isFiniteNumber = Number.isFinite;
export const toNumber = Number;
export const toText = String;
export const getProperty = Reflect.get;
export const isNaNNumber = Number.isNaN;
