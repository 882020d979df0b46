import { view } from '@forge/bridge';
import type { FullContext } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { z } from 'zod';

/** The issue and project a Jira issue module (panel, action, context, field) is shown for. */
export const issueExtension = z.object({
  issue: z.object({ id: z.string(), key: z.string(), type: z.string().optional() }),
  project: z.object({ id: z.string(), key: z.string(), type: z.string().optional() }),
});
export type IssueExtension = z.infer<typeof issueExtension>;

/** The JSM organization an organization panel is shown for. */
export const organizationExtension = z.object({ organization: z.object({ id: z.string() }) });

/** The portal request a `jiraServiceManagement:portalRequestDetail` module is shown for. */
export const portalRequestExtension = z.object({
  request: z.object({ key: z.string(), typeId: z.union([z.string(), z.number()]).transform(String).optional() }),
  portal: z.object({ id: z.union([z.string(), z.number()]).transform(String) }).optional(),
});

/** A dashboard gadget's saved configuration. */
export const gadgetExtension = z.object({
  gadgetConfiguration: z.record(z.string(), z.unknown()).default({}),
  entryPoint: z.string().optional(),
});

/** Reads one surface's extension data from the context; `undefined` when it is not that surface. */
export function extensionOf<S extends z.ZodType>(context: FullContext | undefined, schema: S): z.output<S> | undefined {
  if (!context) return undefined;
  const parsed = schema.safeParse(context.extension);
  return parsed.success ? parsed.data : undefined;
}

export interface ContextState {
  context?: FullContext;
  failed: boolean;
}

/** The module's Forge context, read once from the host. */
export function useForgeContext(): ContextState {
  const [state, setState] = useState<ContextState>({ failed: false });
  useEffect(() => {
    let live = true;
    view.getContext().then(
      (context) => live && setState({ context, failed: false }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
