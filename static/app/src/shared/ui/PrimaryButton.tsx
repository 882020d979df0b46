import './primary-button.css';
import type { ButtonHTMLAttributes } from 'react';

/**
 * The main action of a light frame (sending the portal survey), styled by primary-button.css like
 * Atlaskit's primary button, as a plain `<button>`: Atlaskit's Button brings its analytics and
 * loading machinery into the frame's first paint. While `pending`, it says so and ignores clicks
 * (it stays focusable, so a screen reader keeps its place).
 */
export function PrimaryButton({
  testId,
  pending = false,
  pendingLabel,
  children,
  type = 'button',
  onClick,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { testId?: string; pending?: boolean; pendingLabel?: string }) {
  return (
    <button
      {...props}
      type={type}
      className="brm-primary-button"
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
        else onClick?.(event);
      }}
      data-testid={testId}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
