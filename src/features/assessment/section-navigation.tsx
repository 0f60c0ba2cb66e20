import type { Section } from '../../questionnaire/model.ts';
import { hrefFor, type Route } from '../../config/routes.ts';

/** Previous and next page within a long section. */
export function PagePager({
  section,
  page,
  pageCount,
  pageRoute,
}: {
  section: Section;
  page: number;
  pageCount: number;
  pageRoute: (to: number) => Route;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={`Pages of section ${section.number}`}>
      {page > 1 && (
        <a href={hrefFor(pageRoute(page - 1))} rel="prev" id="previous-page">
          Previous page<span className="visually-hidden"> of this section</span>
        </a>
      )}
      {page < pageCount && (
        <a href={hrefFor(pageRoute(page + 1))} rel="next" id="next-page">
          Next page<span className="visually-hidden"> of this section</span>
        </a>
      )}
    </nav>
  );
}

/** Previous and next visible section, and the way to check the answers. */
export function SectionPager({
  assessmentId,
  previous,
  next,
}: {
  assessmentId: string;
  previous: Section | undefined;
  next: Section | undefined;
}) {
  return (
    <nav className="pager" aria-label="Sections">
      {previous && (
        <a href={hrefFor({ name: 'section', assessmentId, sectionId: previous.id })} rel="prev" id="previous-section">
          Previous section<span className="visually-hidden">: {previous.title}</span>
        </a>
      )}
      {next && (
        <a href={hrefFor({ name: 'section', assessmentId, sectionId: next.id })} rel="next" id="next-section">
          Next section<span className="visually-hidden">: {next.title}</span>
        </a>
      )}
      <a href={hrefFor({ name: 'check', assessmentId })} id="check-your-answers">
        Check your answers
      </a>
    </nav>
  );
}
