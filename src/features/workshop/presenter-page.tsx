import { useEffect, useState } from 'react';
import { PageHeading } from '../../components/page-heading.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { openChannel, type Slide } from './workshop-channel.ts';
// Styles of this screen only: they load with it, not before every first question.
import './workshop.css';

type State = { status: 'waiting' } | { status: 'unsupported' } | { status: 'following'; slide: Slide };

/**
 * The presenter window: the current question's help as notes, and what comes
 * next, following the workshop screen over a BroadcastChannel. It only
 * listens: it never saves, so it cannot overwrite the answers being given
 * in the other window.
 */
export function PresenterPage({ assessmentId }: { assessmentId: string }) {
  const [state, setState] = useState<State>({ status: 'waiting' });
  useEffect(() => {
    const channel = openChannel(assessmentId, (message) => {
      if (message.type === 'slide') setState({ status: 'following', slide: message });
    });
    if (!channel) {
      setState({ status: 'unsupported' });
      return;
    }
    channel.postMessage({ type: 'where-are-we' });
    return () => channel.close();
  }, [assessmentId]);

  useEffect(() => {
    if (state.status === 'following') document.title = `Notes: ${state.slide.number} – Presenter – Oversight`;
  }, [state]);

  if (state.status === 'unsupported') {
    return (
      <>
        <PageHeading title="Presenter notes" />
        <p>This browser cannot link two windows of the app. Close this window and use “Show presenter notes” on the workshop screen.</p>
      </>
    );
  }
  if (state.status === 'waiting') {
    return (
      <>
        <PageHeading title="Presenter notes" />
        <p role="status">Waiting for the workshop screen. Keep the workshop open in the other window and move to a question.</p>
      </>
    );
  }
  const { slide } = state;
  return (
    <div className="workshop workshop-presenter">
      <PageHeading title="Presenter notes" caption={slide.project} />
      <p className="workshop-where" role="status">
        {slide.section} · {slide.where}
      </p>
      <h2>
        <span className="question-number">{slide.number}</span> {slide.text}
      </h2>
      <section className="workshop-notes" aria-label="Notes for this question">
        {slide.intro && (
          <p>
            <RichText source={slide.intro} />
          </p>
        )}
        {slide.help ? (
          <p>
            <RichText source={slide.help} />
          </p>
        ) : (
          <p className="muted">No notes for this question.</p>
        )}
      </section>
      <p className="muted">{slide.next ? `Next: ${slide.next}` : 'This is the last question.'}</p>
    </div>
  );
}
