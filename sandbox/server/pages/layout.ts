import { THEME_ATTRIBUTE } from '../browser-assets';
import { html, type Html } from '../html';
import { languageName, SANDBOX_LANGUAGES } from '../../jira/languages';
import { avatar, moduleTitle, modulesOfType } from './components';
import type { PageContext } from './page-context';
import { HELP_CENTER } from './portal-paths';

export interface Crumb {
  label: string;
  href?: string;
}

export interface SidebarLink {
  label: string;
  href: string;
  current?: boolean;
}

export interface PageOptions {
  title: string;
  breadcrumbs?: Crumb[];
  /** The sidebar's heading and links; none for full-width pages (portal). */
  sidebar?: { heading: string; subheading?: string; links: SidebarLink[] };
  /** Which top-navigation item is current. */
  section?: 'home' | 'issues' | 'dashboards' | 'organizations' | 'portal' | 'apps';
  /** The customer portal has its own header, as in JSM. */
  portal?: boolean;
  body: Html;
}

const topNav: { section: NonNullable<PageOptions['section']>; label: string; href: string }[] = [
  { section: 'home', label: 'Your work', href: '/' },
  { section: 'issues', label: 'Issues', href: '/issues' },
  { section: 'dashboards', label: 'Dashboards', href: '/jira/dashboards/1' },
  { section: 'organizations', label: 'Organizations', href: '/jira/servicedesk/organizations' },
  { section: 'portal', label: 'Help center', href: HELP_CENTER },
  { section: 'apps', label: 'Apps', href: '/jira/settings/apps' },
];

function userSwitcher(ctx: PageContext): Html {
  const returnTo = `${ctx.url.pathname}${ctx.url.search}`;
  const known = ctx.switchableUsers.some((u) => u.accountId === ctx.user.accountId);
  const options = [...(known ? [] : [{ accountId: ctx.user.accountId, displayName: ctx.user.displayName, kind: ctx.user.kind }]), ...ctx.switchableUsers];
  return html`<form class="user-switcher" method="post" action="/__sandbox/session">
    <input type="hidden" name="returnTo" value="${returnTo}" />
    ${avatar(ctx.user.displayName)}
    <label class="visually-hidden" for="user-switcher">Signed in as</label>
    <select id="user-switcher" name="accountId" data-testid="user-switcher">
      ${options.map((u) => html`<option value="${u.accountId}" ${u.accountId === ctx.user.accountId ? html`selected` : ''}>${u.displayName} (${u.kind})</option>`)}
    </select>
    <noscript><button type="submit" class="button">Switch</button></noscript>
  </form>`;
}

/** The signed-in user's language, as Jira's profile keeps it; the app's frames get it as the context's locale. */
function languageSwitcher(ctx: PageContext): Html {
  const returnTo = `${ctx.url.pathname}${ctx.url.search}`;
  const current = ctx.user.locale;
  const known = SANDBOX_LANGUAGES.some((l) => l.locale === current);
  const options = [...(known ? [] : [{ locale: current, name: languageName(current) }]), ...SANDBOX_LANGUAGES];
  return html`<form class="language-switcher" method="post" action="/__sandbox/language">
    <input type="hidden" name="returnTo" value="${returnTo}" />
    <label class="visually-hidden" for="language-switcher">Language</label>
    <select id="language-switcher" name="locale" data-testid="language-switcher">
      ${options.map((l) => html`<option value="${l.locale}" ${l.locale === current ? html`selected` : ''}>${l.name}</option>`)}
    </select>
    <noscript><button type="submit" class="button">Change language</button></noscript>
  </form>`;
}

function header(ctx: PageOptions['section'], page: PageContext, portal: boolean): Html {
  return html`<header class="top-nav">
    <a class="product" href="${portal ? HELP_CENTER : '/'}">
      <span class="product-logo" aria-hidden="true"></span>
      <span class="product-name">${portal ? 'Help center' : 'Jira Service Management'}</span>
      <span class="sandbox-badge">sandbox</span>
    </a>
    <nav aria-label="Main" class="top-nav-links">
      ${portal ? '' : topNav.map((item) => html`<a href="${item.href}" ${item.section === ctx ? html`aria-current="page"` : ''}>${item.label}</a>`)}
    </nav>
    <div class="top-nav-end">
      <button type="button" id="theme-toggle" class="button button-subtle" aria-pressed="${String(page.colorMode === 'dark')}">${page.colorMode === 'dark' ? '☀ Light' : '☾ Dark'}</button>
      ${languageSwitcher(page)} ${userSwitcher(page)}
    </div>
  </header>`;
}

function sidebar(options: NonNullable<PageOptions['sidebar']>): Html {
  return html`<aside class="sidebar" aria-label="${options.heading}">
    <div class="sidebar-heading">
      <span class="project-avatar" aria-hidden="true"></span>
      <div><strong>${options.heading}</strong>${options.subheading ? html`<div class="subtle small">${options.subheading}</div>` : ''}</div>
    </div>
    <nav>
      ${options.links.map((link) => html`<a href="${link.href}" ${link.current ? html`aria-current="page"` : ''}>${link.label}</a>`)}
    </nav>
  </aside>`;
}

function breadcrumbs(crumbs: Crumb[]): Html {
  if (crumbs.length === 0) return html``;
  return html`<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>
    ${crumbs.map((c) => html`<li>${c.href ? html`<a href="${c.href}">${c.label}</a>` : c.label}</li>`)}
  </ol></nav>`;
}

/** The sidebar of the app's settings pages: one link per `jira:adminPage` module. */
export function appsSidebar(ctx: PageContext, currentKey?: string): NonNullable<PageOptions['sidebar']> {
  return {
    heading: 'Apps',
    subheading: 'Jira settings',
    links: [
      { label: 'Manage apps', href: '/jira/settings/apps', current: currentKey === undefined },
      ...modulesOfType(ctx.sandbox.manifest.modules, 'jira:adminPage').map((m) => ({
        label: moduleTitle(ctx, m),
        href: `/jira/settings/apps/${encodeURIComponent(m.key)}`,
        current: m.key === currentKey,
      })),
    ],
  };
}

/** A whole host page: the JSM chrome (header, sidebar, breadcrumbs) around `body`. */
export function renderPage(ctx: PageContext, options: PageOptions): Html {
  return html`<!doctype html>
<html lang="en" data-theme="${THEME_ATTRIBUTE}" data-color-mode="${ctx.colorMode}" style="color-scheme:${ctx.colorMode}">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${options.title} - ${options.portal ? 'Help center' : 'Jira Service Management'}</title>
  <link rel="stylesheet" href="/__sandbox/assets/tokens.css" />
  <link rel="stylesheet" href="/__sandbox/assets/host.css" />
  <script src="/__sandbox/assets/host.js" defer></script>
</head>
<body class="${options.portal ? 'portal' : ''}">
  <a class="skip-link" href="#main">Skip to content</a>
  ${header(options.section, ctx, options.portal ?? false)}
  <div class="page ${options.sidebar ? 'with-sidebar' : ''}">
    ${options.sidebar ? sidebar(options.sidebar) : ''}
    <main id="main" tabindex="-1">
      ${breadcrumbs(options.breadcrumbs ?? [])}
      ${options.body}
    </main>
  </div>
  <div id="flags" class="flags" aria-live="polite"></div>
</body>
</html>`;
}
