/**
 * Frame sizing: the frame reports its content's height to the host page, which sizes the frame to
 * it, as Jira does for panels and context items. Reported again whenever the content changes size.
 */
import { postToHost } from './host-channel';

let reported = -1;

/**
 * The content's height is the bottom of the body's lowest child: the document's own scroll height
 * never drops below the frame's current height, so it could grow a frame but never shrink it.
 */
function reportSize(): void {
  const body = document.body;
  if (!body) return;
  let bottom = 0;
  for (const child of Array.from(body.children)) {
    if (child instanceof HTMLScriptElement || child instanceof HTMLStyleElement) continue;
    bottom = Math.max(bottom, child.getBoundingClientRect().bottom + window.scrollY);
  }
  const style = getComputedStyle(body);
  const height = Math.ceil(bottom + parseFloat(style.paddingBottom || '0') + parseFloat(style.marginBottom || '0'));
  if (height === reported) return;
  reported = height;
  postToHost({ type: 'resize', height });
}

function observeSize(): void {
  const resize = new ResizeObserver(reportSize);
  const watchChildren = (): void => {
    for (const child of Array.from(document.body.children)) resize.observe(child);
    reportSize();
  };
  new MutationObserver(watchChildren).observe(document.body, { childList: true });
  watchChildren();
}

/** Starts reporting once the body exists. */
export function reportFrameSize(): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', observeSize);
  else observeSize();
}
