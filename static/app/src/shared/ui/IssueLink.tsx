import { router } from '@forge/bridge';
import type { MouseEvent } from 'react';

/**
 * A link to a Jira issue. App frames are served from another origin than Jira, so the link asks
 * the host to navigate (a new tab with a modifier key or the middle button); the `href` is there
 * for the status bar, copying and screen readers.
 */
export function IssueLink({ issueKey, testId }: { issueKey: string; testId?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const newTab = event.metaKey || event.ctrlKey || event.shiftKey || event.button === 1;
    void (newTab ? router.open({ target: 'issue', issueKey }) : router.navigate({ target: 'issue', issueKey })).catch(() => undefined);
  };
  return (
    <a href={`/browse/${encodeURIComponent(issueKey)}`} onClick={onClick} onAuxClick={onClick} data-testid={testId}>
      {issueKey}
    </a>
  );
}
