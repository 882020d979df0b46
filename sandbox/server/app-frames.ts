import { z } from 'zod';
import type { JiraUser } from '../jira/model';
import type { AppModule } from '../runtime/app-manifest';
import type { ForgeRuntime } from '../runtime/forge-runtime';
import type { ColorMode, FrameConfig } from './browser/protocol';
import { scriptJson } from './html';

/** What a host page puts in an app frame's URL: which module, for what, and how it may close. */
export interface FrameRequest {
  resourceKey: string;
  moduleKey: string;
  /** The surface's extension data (issue, project, organization, gadget configuration…). */
  extension: Record<string, unknown>;
  /** Modals and gadget editors may close themselves; panels may not. */
  closable?: boolean;
  /** For full-page modules: the sub-path `view.createHistory()` starts at. */
  historyPath?: string;
  localId?: string;
}

/** The URL of an app frame. The host script builds the same form for modals it opens (browser/host/frames.ts). */
export function frameUrl(request: FrameRequest): string {
  const query = new URLSearchParams({ moduleKey: request.moduleKey, ext: JSON.stringify(request.extension) });
  if (request.closable) query.set('closable', '1');
  if (request.historyPath) query.set('path', request.historyPath);
  if (request.localId) query.set('localId', request.localId);
  return `/__app/${encodeURIComponent(request.resourceKey)}/?${query.toString()}`;
}

const extensionJson = z
  .string()
  .transform((text, ctx) => {
    try {
      const value: unknown = JSON.parse(text);
      return value;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'ext is not JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.unknown()));

const frameQuery = z.object({
  moduleKey: z.string().min(1, { error: 'moduleKey is required' }),
  ext: extensionJson.optional(),
  closable: z.literal('1').optional(),
  path: z.string().optional(),
  localId: z.string().optional(),
});

/** Reads a frame URL's query; a message a developer understands when it is wrong. */
export function parseFrameQuery(url: URL, resourceKey: string): FrameRequest | { error: string } {
  const parsed = frameQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return { error: parsed.error.issues.map((i) => i.message).join('; ') };
  return {
    resourceKey,
    moduleKey: parsed.data.moduleKey,
    extension: parsed.data.ext ?? {},
    closable: parsed.data.closable === '1',
    historyPath: parsed.data.path,
    localId: parsed.data.localId,
  };
}

/** The Forge context of one frame, as Jira would hand it to `view.getContext()`. */
export function frameConfig(runtime: ForgeRuntime, module: AppModule, request: FrameRequest, user: JiraUser | undefined, colorMode: ColorMode): FrameConfig {
  return {
    context: {
      ...(user ? { accountId: user.accountId } : {}),
      cloudId: runtime.cloudId,
      localId: request.localId ?? `${module.key}-${request.resourceKey}`,
      moduleKey: module.key,
      siteUrl: runtime.siteUrl,
      environmentId: runtime.environmentId,
      environmentType: 'DEVELOPMENT',
      locale: (user?.locale ?? 'en_US').replace('-', '_'),
      timezone: user?.timeZone ?? 'UTC',
      theme: { colorMode, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' },
      extension: { ...request.extension, type: module.type },
    },
    closable: request.closable ?? false,
    historyPath: request.historyPath ?? '/',
  };
}

/**
 * The surface's index.html with the bridge in front of everything else in `<head>`: a script that
 * sets the frame's configuration, then the bridge itself, both classic scripts that run before
 * the app's (deferred, module) bundle.
 */
export function injectBridge(indexHtml: string, config: FrameConfig, bridgeScript: string): string {
  const injected = `<script>globalThis.__forgeSandboxFrame = ${scriptJson(config).value};</script>\n<script>${bridgeScript.replace(/<\/script/gi, '<\\/script')}</script>\n`;
  const head = /<head[^>]*>/i.exec(indexHtml);
  if (!head) return `${injected}${indexHtml}`;
  const at = head.index + head[0].length;
  return `${indexHtml.slice(0, at)}\n${injected}${indexHtml.slice(at)}`;
}
