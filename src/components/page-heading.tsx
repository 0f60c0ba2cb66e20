import { useEffect, useRef } from 'react';

/**
 * The page's h1. On arrival it takes focus and sets the document title, so a
 * screen reader announces the new page after a hash navigation just as after
 * a full page load.
 */
export function PageHeading({ title, caption }: { title: string; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Oversight`;
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
    </>
  );
}
