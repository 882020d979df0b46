import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';
import { JiraError } from './jira-error';

const PAGE = 200;

const createMetaPage = z.object({
  startAt: z.number().optional(),
  maxResults: z.number().optional(),
  total: z.number().optional(),
  fields: z.array(z.object({ fieldId: z.string() })),
});

/**
 * The fields an issue of this project and type can be created with (Get create field metadata for
 * a project and issue type id, GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}):
 * the create screen's fields in a company-managed project, the type's fields in a team-managed one.
 * Undefined when Jira does not know the type in that project (400).
 */
export async function createFieldIds(client: JiraClient, projectIdOrKey: string, issueTypeId: string): Promise<string[] | undefined> {
  const ids: string[] = [];
  for (let page = 0; page < 20; page++) {
    let answer: z.infer<typeof createMetaPage>;
    try {
      answer = await client.get(
        route`/rest/api/3/issue/createmeta/${projectIdOrKey}/issuetypes/${issueTypeId}?startAt=${ids.length}&maxResults=${PAGE}`,
        createMetaPage,
      );
    } catch (error) {
      if (error instanceof JiraError && (error.status === 400 || error.status === 404)) return undefined;
      throw error;
    }
    ids.push(...answer.fields.map((f) => f.fieldId));
    if (answer.fields.length === 0 || answer.total === undefined || ids.length >= answer.total) break;
  }
  return ids;
}
