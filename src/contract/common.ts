import { z } from 'zod';

/** Building blocks the surface contracts share. Messages finish the sentence "<field>: …". */

/** A Jira issue key, such as `ACME-12`. */
export const issueKey = z
  .string({ error: 'must be an issue key such as ACME-12' })
  .trim()
  .regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/, { error: 'must be an issue key such as ACME-12' });

/** Jira and JSM ids are decimal numbers sent as strings. */
export const numericId = (what: string) =>
  z.string({ error: `must be ${what} id` }).trim().regex(/^\d{1,18}$/, { error: `must be ${what} id (digits only)` });

export const serviceId = z.string({ error: 'must be a service id' }).trim().min(1, { error: 'must be a service id' }).max(64, { error: 'is not a service id' });

export const namedRef = z.object({ id: z.string(), name: z.string() });
export type NamedRef = z.infer<typeof namedRef>;

export const emptyInput = z.object({});

/** A service of the catalogue, as both the admin page and the issue surfaces show it. */
export const serviceView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(['active', 'archived']),
  ownerAccountId: z.string().nullable(),
  updatedAt: z.string(),
});
export type ServiceView = z.infer<typeof serviceView>;
