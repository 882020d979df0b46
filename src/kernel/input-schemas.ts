import { z } from 'zod';
import { KERNEL_ENGLISH } from './kernel-english';
import { formatMessage } from './message-format';

/** Building blocks every feature's contract shares. Messages finish the sentence "<field>: …". */

/**
 * The wording of the basic checks, defined once. "is required" is for a value that is absent, null
 * or blank; a value of the wrong type says which type it must be.
 */
const english = KERNEL_ENGLISH;
export const INPUT_MESSAGES = {
  required: english['input.required'],
  string: english['input.string'],
  number: english['input.number'],
  boolean: english['input.boolean'],
  object: english['input.object'],
} as const;

/** "must be at most 2000 characters" (the number as digits, as the limit is written elsewhere). */
export const maxLengthMessage = (max: number): string => formatMessage(english['input.maxLength'], { max: String(max) }, 'en');

/** The message for a value of the wrong type, or "is required" when there is no value at all. */
const typeMessage = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? INPUT_MESSAGES.required : message;

/** A string; a number, a list or an object "must be a string". */
export const stringValue = () => z.string({ error: typeMessage(INPUT_MESSAGES.string) });
/** A finite number; text "must be a number". */
export const numberValue = () => z.number({ error: typeMessage(INPUT_MESSAGES.number) });
export const booleanValue = () => z.boolean({ error: typeMessage(INPUT_MESSAGES.boolean) });

/** Trimmed text of 1 to `max` characters. */
export const requiredText = (max: number) =>
  stringValue()
    .trim()
    .min(1, { error: INPUT_MESSAGES.required })
    .max(max, { error: maxLengthMessage(max) });

/** Trimmed text of at most `max` characters (may be empty). */
export const optionalText = (max: number) =>
  stringValue()
    .trim()
    .max(max, { error: maxLengthMessage(max) });

/** A Jira issue key, such as `ACME-12`. */
export const issueKey = stringValue()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/, { error: english['input.issueKey'] });

/** Jira and JSM ids are decimal numbers sent as strings. */
export const numericId = (what: string) =>
  stringValue()
    .trim()
    .regex(/^\d{1,18}$/, { error: `must be ${what} id (digits only)` });

export const namedRef = z.object({ id: z.string(), name: z.string() });
export type NamedRef = z.infer<typeof namedRef>;

export const emptyInput = z.object({});
