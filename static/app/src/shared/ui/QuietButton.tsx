import './quiet-button.css';
import type { ButtonHTMLAttributes } from 'react';

/**
 * A subtle, compact button for an action next to a value ("Edit"), styled by quiet-button.css
 * like Atlaskit's subtle button. A read-mostly frame shows it at first paint, so it is a plain
 * `<button>` rather than Atlaskit's Button with its analytics and loading machinery (about 8 KB
 * gzipped), which the frame loads only once someone edits.
 */
export function QuietButton({ testId, className, type = 'button', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { testId?: string }) {
  return <button {...props} type={type} className={['brm-quiet-button', className].filter(Boolean).join(' ')} data-testid={testId} />;
}
