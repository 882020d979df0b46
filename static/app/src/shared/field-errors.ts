import type { CallError } from '#kernel/contract';

/**
 * Where a failed call's error belongs on a form. The backend names the input field an error is
 * about (`error.field`, a dotted path such as `statement` or `projectIds.0`) and writes its
 * sentences as "<field>: <what is wrong>", several joined by "; ". Next to the field only the
 * "what is wrong" part is shown, since the label already names the field.
 */

const isAbout = (path: string, field: string): boolean => path === field || path.startsWith(`${field}.`);

/** The sentence for `field`, or `undefined` when the error is about another field or none. */
export function fieldMessage(error: CallError | undefined, field: string): string | undefined {
  if (!error?.field || !isAbout(error.field, field)) return undefined;
  const parts = error.message.split('; ');
  const own = parts.find((part) => {
    const colon = part.indexOf(': ');
    return colon > 0 && isAbout(part.slice(0, colon), field);
  });
  const sentence = own ?? parts[0] ?? error.message;
  const colon = sentence.indexOf(': ');
  const stripped = colon > 0 && isAbout(sentence.slice(0, colon), field) ? sentence.slice(colon + 2) : sentence;
  return capitalise(stripped.trim());
}

/** True when the error names one of `fields`, so the form shows it next to that field rather than above the form. */
export function isFieldError(error: CallError | undefined, fields: readonly string[]): boolean {
  return fields.some((field) => fieldMessage(error, field) !== undefined);
}

const capitalise = (text: string): string => (text === '' ? text : `${text.charAt(0).toLocaleUpperCase('en')}${text.slice(1)}`);
