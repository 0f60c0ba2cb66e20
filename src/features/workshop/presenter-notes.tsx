import { RichText } from '../../components/rich-text.tsx';
import type { Question, Section } from '../../questionnaire/model.ts';

/** The notes on the projected screen itself, under the question, when the facilitator shows them (P). */
export function PresenterNotes({ section, question, first }: { section: Section; question: Question; first: boolean }) {
  return (
    <aside id="presenter-notes" className="workshop-notes" aria-label="Presenter notes">
      <h2>Presenter notes</h2>
      {first && section.intro && (
        <p>
          <RichText source={section.intro} />
        </p>
      )}
      {question.help ? (
        <p>
          <RichText source={question.help} />
        </p>
      ) : (
        <p className="muted">No notes for this question.</p>
      )}
    </aside>
  );
}
