import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone scrolls on its own; the box takes
 * the keyboard focus so that it can be scrolled without a mouse.
 */
export function ScrollBox({ label, className = 'table-wrap', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
