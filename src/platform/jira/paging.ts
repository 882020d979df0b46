import { z } from 'zod';

/** Jira platform pages: `{ startAt, maxResults, total, isLast, values }`. */
export const jiraPage = <T extends z.ZodType>(item: T) =>
  z.object({
    startAt: z.number().optional(),
    maxResults: z.number().optional(),
    total: z.number().optional(),
    isLast: z.boolean().optional(),
    values: z.array(item),
  });

/** JSM pages: `{ size, start, limit, isLastPage, values }`. */
export const jsmPage = <T extends z.ZodType>(item: T) =>
  z.object({
    size: z.number().optional(),
    start: z.number().optional(),
    limit: z.number().optional(),
    isLastPage: z.boolean().optional(),
    values: z.array(item),
  });

/** Safety net against a server that never says "last page". */
const MAX_PAGES = 200;

/** Reads every page of a Jira platform list, `startAt` by `startAt`. */
export async function allJiraPages<T>(fetchPage: (startAt: number) => Promise<{ values: T[]; isLast?: boolean; total?: number }>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await fetchPage(all.length);
    all.push(...answer.values);
    const done = answer.isLast ?? (answer.total !== undefined ? all.length >= answer.total : true);
    if (done || answer.values.length === 0) break;
  }
  return all;
}

/** Reads every page of a JSM list, `start` by `start`. */
export async function allJsmPages<T>(fetchPage: (start: number) => Promise<{ values: T[]; isLastPage?: boolean }>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await fetchPage(all.length);
    all.push(...answer.values);
    if (answer.isLastPage !== false || answer.values.length === 0) break;
  }
  return all;
}
