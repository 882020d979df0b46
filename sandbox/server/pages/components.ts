import type { AppModule } from '../../runtime/app-manifest';
import { textIn, type LocalizedText } from '../../runtime/manifest-texts';
import { frameUrl, type FrameRequest } from '../app-frames';
import { html, type Html } from '../html';
import type { PageContext } from './page-context';

export type MessageAppearance = 'information' | 'warning' | 'error' | 'success';

/** Atlaskit's section message, server-rendered. */
export function sectionMessage(appearance: MessageAppearance, title: string, body: string | Html): Html {
  return html`<section class="section-message section-message-${appearance}" role="${appearance === 'error' || appearance === 'warning' ? 'alert' : 'status'}">
    <h2 class="section-message-title">${title}</h2>
    <div>${body}</div>
  </section>`;
}

/** A status lozenge coloured by Jira's status category. */
export function statusLozenge(name: string, categoryKey: string | undefined): Html {
  const appearance = categoryKey === 'done' ? 'success' : categoryKey === 'indeterminate' ? 'inprogress' : 'default';
  return html`<span class="lozenge lozenge-${appearance}">${name}</span>`;
}

export function avatar(name: string | undefined): Html {
  const initials = (name ?? '?')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
  return html`<span class="avatar" aria-hidden="true">${initials || '?'}</span>`;
}

export function person(user: { displayName?: string } | null | undefined, none = 'Unassigned'): Html {
  if (!user) return html`<span class="subtle">${none}</span>`;
  return html`<span class="person">${avatar(user.displayName)}<span>${user.displayName ?? ''}</span></span>`;
}

/** A field value as plain text, for fields the page renders without the app (names, ids, lists). */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plainValue).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    for (const key of ['displayName', 'name', 'value', 'label', 'key', 'id']) {
      if (key in value) {
        const inner: unknown = Reflect.get(value, key);
        if (typeof inner === 'string' || typeof inner === 'number') return String(inner);
      }
    }
    return JSON.stringify(value);
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- what is left (bigint, symbol) prints as JavaScript does
  return String(value);
}

export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
}

export interface FrameOptions {
  /** The frame's element id, for the host script (gadget edit) and tests. */
  id?: string;
  title: string;
  /** Context items load when first opened. */
  lazy?: boolean;
  role?: 'inline' | 'gadget-edit';
  /** Full-page modules: the page URL that `createHistory()` paths are relative to. */
  historyBase?: string;
  extraData?: Record<string, string>;
  minHeight?: number;
}

/** An app module's iframe, wired for the host script (sizing, modals, events). */
export function moduleFrame(module: AppModule, request: Omit<FrameRequest, 'moduleKey'>, options: FrameOptions): Html {
  const src = frameUrl({ ...request, moduleKey: module.key });
  const data = Object.entries({
    'module-key': module.key,
    'resource-key': request.resourceKey,
    extension: JSON.stringify(request.extension),
    role: options.role ?? 'inline',
    ...(options.historyBase ? { 'history-base': options.historyBase } : {}),
    ...options.extraData,
  }).map(([name, value]) => html` data-${name}="${value}"`);
  const style = options.minHeight ? `min-height:${options.minHeight}px` : '';
  return options.lazy
    ? html`<iframe class="forge-frame" title="${options.title}" data-lazy-src="${src}"${data} ${options.id ? html`id="${options.id}"` : ''} style="${style}"></iframe>`
    : html`<iframe class="forge-frame" title="${options.title}" src="${src}"${data} ${options.id ? html`id="${options.id}"` : ''} style="${style}"></iframe>`;
}

/**
 * A text of the app's manifest in the signed-in user's language (their Jira profile's, as the
 * frames' context locale), resolved as Forge resolves `{ i18n }` properties (runtime/manifest-texts.ts).
 */
export const inUserLanguage = (ctx: PageContext, text: LocalizedText): string => textIn(text, ctx.user.locale);

/** A module's title as Jira shows it to the signed-in user; its key when it has none. */
export const moduleTitle = (ctx: PageContext, module: AppModule): string => (module.title ? inUserLanguage(ctx, module.title) : module.key);

/** The modules of one type the app declares, in manifest order. */
export function modulesOfType(modules: readonly AppModule[], ...types: string[]): AppModule[] {
  return modules.filter((m) => types.includes(m.type));
}

export function emptyState(title: string, description: string): Html {
  return html`<div class="empty-state"><h3>${title}</h3><p>${description}</p></div>`;
}
