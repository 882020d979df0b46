import { z } from 'zod';
import { applyFields } from '../issues/field-input';
import { saveIssueChange } from '../issues/issue-writes';
import { applyTransition, availableTransitions } from '../issues/workflow';
import { canWorkIssue, visibleIssue, workableIssue } from '../permissions';
import { badRequest, fieldErrors } from '../rest-error';
import { statusShape } from '../shapes/workflow';
import { callerLocale, noContent, ok, param, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

function listTransitions(ctx: RouteContext) {
  const issue = visibleIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'));
  const transitions = canWorkIssue(ctx.store, ctx.actor, issue) ? availableTransitions(issue) : [];
  return ok({
    expand: 'transitions',
    transitions: transitions.flatMap((t) => {
      const status = ctx.store.docs.statuses.get(t.toStatusId);
      if (!status) return [];
      return [
        {
          id: t.id,
          name: t.name,
          to: statusShape(ctx.baseUrl, status),
          hasScreen: false,
          isGlobal: true,
          isInitial: false,
          isAvailable: true,
          isConditional: false,
          isLooped: false,
        },
      ];
    }),
  });
}

const transitionBody = z.object({
  transition: z.object({ id: z.union([z.string(), z.number()]).transform(String) }),
  fields: z.record(z.string(), z.unknown()).optional(),
});

const resolutionRef = z.object({ id: z.string().optional(), name: z.string().optional() });

function doTransition(ctx: RouteContext) {
  const before = workableIssue(ctx.store, ctx.actor, param(ctx, 'issueIdOrKey'), 'transition');
  const body = readBody(ctx, transitionBody);
  const transition = availableTransitions(before).find((t) => t.id === body.transition.id);
  if (!transition) throw badRequest(`Transition id '${body.transition.id}' is not valid for this issue.`);
  const { resolution, ...otherFields } = body.fields ?? {};
  let resolutionId: string | undefined;
  if (resolution !== undefined) {
    const ref = resolutionRef.safeParse(resolution);
    const found = ref.success ? ctx.store.resolutions().find((r) => r.id === ref.data.id || r.name === ref.data.name) : undefined;
    if (!found) throw fieldErrors({ resolution: "Specify a valid 'id' or 'name' for Resolution" });
    resolutionId = found.id;
  }
  const moved = applyTransition(ctx.store, before, transition, resolutionId, ctx.now);
  // Transition issue (POST /rest/api/3/issue/{issueIdOrKey}/transitions) sets only fields of the
  // transition's screen; the emulator's transitions have none (`hasScreen: false`), so any field
  // other than the resolution, which its workflow sets itself, cannot be set.
  const result = applyFields(ctx.store, moved, otherFields, { mode: 'edit', screen: new Set(), locale: callerLocale(ctx) });
  if (Object.keys(result.errors).length > 0) throw fieldErrors(result.errors);
  saveIssueChange(ctx, before, result.issue);
  return noContent();
}

export const transitionRoutes: Route[] = [
  route('GET', '/rest/api/3/issue/{issueIdOrKey}/transitions', listTransitions),
  route('POST', '/rest/api/3/issue/{issueIdOrKey}/transitions', doTransition),
];
