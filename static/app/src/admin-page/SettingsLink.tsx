import { router } from '@forge/bridge';
import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { settingsPagePath, settingsPageUrl, type SettingsLink as Link } from '#kernel/settings-pages';
import { t } from '../shared/i18n';

/** The site the admin page runs on (`siteUrl` of its Forge context), for links to Jira's own pages. */
export const SiteUrl = createContext<string | undefined>(undefined);

/** The words of a link to a settings page. */
export function linkLabel(link: Link): string {
  switch (link.page) {
    case 'issueTypes':
      return t('admin.link.issueTypes', { project: link.projectKey });
    case 'issueTypeFields':
      return t('admin.link.issueTypeFields');
    case 'screens':
      return t('admin.link.screens', { project: link.projectKey });
    case 'requestTypes':
      return t('admin.link.requestTypes', { project: link.projectKey });
  }
}

/**
 * A link to one of Jira's project settings pages, built from the site URL, opened by the host in a
 * new tab (an app frame cannot navigate the page itself), so the admin can come back and check again.
 */
export function SettingsLink({ link, children, testId }: { link: Link; children?: ReactNode; testId?: string }) {
  const siteUrl = useContext(SiteUrl);
  const url = siteUrl === undefined ? settingsPagePath(link) : settingsPageUrl(siteUrl, link);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void router.open(url).catch(() => undefined);
  };
  return (
    <a href={url} target="_blank" rel="noreferrer" onClick={onClick} data-testid={testId}>
      {children ?? linkLabel(link)}
      <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>
        {' '}
        {t('admin.link.newTab')}
      </span>
    </a>
  );
}
