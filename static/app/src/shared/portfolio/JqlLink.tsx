import { router } from '@forge/bridge';
import type { MouseEvent, ReactNode } from 'react';

/** The issue navigator's address for a JQL query, as Jira Cloud serves it. */
export const jqlHref = (jql: string): string => `/issues/?jql=${encodeURIComponent(jql)}`;

/**
 * A link to the issues behind a number: the issue navigator with the JQL that counted them. App
 * frames are served from another origin than Jira, so the link asks the host to navigate (a new
 * tab with a modifier key or the middle button).
 */
export function JqlLink({ jql, children, label, testId }: { jql: string; children: ReactNode; label?: string; testId?: string }) {
  const href = jqlHref(jql);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const newTab = event.metaKey || event.ctrlKey || event.shiftKey || event.button === 1;
    void (newTab ? router.open(href) : router.navigate(href)).catch(() => undefined);
  };
  return (
    <a href={href} onClick={onClick} onAuxClick={onClick} aria-label={label} data-testid={testId} data-jql={jql}>
      {children}
    </a>
  );
}
