import { useEffect, useRef } from 'react';

/**
 * The page's h1. On arrival it takes focus and sets the document title, so a
 * screen reader announces the new page after a hash navigation just as after
 * a full page load. `takeFocus` is false where the same page is only drawn
 * again (a section page's form taking over from its preview): the person is
 * not moved, and nothing is announced twice.
 */
export function PageHeading({ title, caption, takeFocus = true }: { title: string; caption?: string; takeFocus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Oversight`;
    if (takeFocus) ref.current?.focus({ preventScroll: false });
  }, [title, takeFocus]);
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
    </>
  );
}
