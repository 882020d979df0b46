import { router } from '@forge/bridge';
import type { ReactNode } from 'react';
import { t } from '../shared/i18n';

/** Jira's issue search for a JQL query, as a path on the site. */
export const issueSearchPath = (jql: string): string => `/issues/?jql=${encodeURIComponent(jql)}`;

/**
 * A link to the issues a value counts, in Jira's issue search. The frame asks Jira to navigate
 * (`router.navigate`); the href is the same address on the site, for copying or opening elsewhere.
 */
export function DrillLink({
  jql,
  siteUrl,
  className,
  label,
  children,
}: {
  jql: string;
  siteUrl: string;
  className: string;
  label: string;
  children: ReactNode;
}) {
  const path = issueSearchPath(jql);
  return (
    <a
      className={className}
      href={`${siteUrl.replace(/\/$/, '')}${path}`}
      title={t('kpi.drillDown')}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        void router.navigate(path);
      }}
    >
      {children}
      {/* The link's name starts with what it shows (WCAG "label in name"), then says where it goes. */}
      <span className="kpi-visually-hidden">
        {' '}
        {label}: {t('kpi.drillDown')}
      </span>
    </a>
  );
}
