import { useEffect, useState } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import { messageOf, plural } from '../../questionnaire/wording.ts';
import type { AssessmentSummary } from '../../storage/assessment-store.ts';
import type { QuestionnaireMigration } from '../../storage/assessment.ts';
import type { StoredQuestionnaire } from '../../storage/questionnaire-store.ts';
import { loadQuestionnaire } from '../../state/load-questionnaire.ts';
import { moveAssessments, previewMove } from '../../state/move-assessments.ts';

type Preview =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; questionnaire: Questionnaire; moves: Move[] };

interface Move {
  summary: AssessmentSummary;
  migration: QuestionnaireMigration | null;
}

function MoveDetails({ move }: { move: Move }) {
  const migration = move.migration;
  if (!migration) return <li>{move.summary.project}: nothing to change.</li>;
  const kept =
    migration.dropped.length === 0
      ? 'every answer is kept'
      : plural(migration.dropped.length, 'answer cannot be kept', 'answers cannot be kept');
  return (
    <li>
      <strong>{move.summary.project}</strong>: {kept}
      {migration.newQuestions.length > 0 && `; ${plural(migration.newQuestions.length, 'question')} will then be waiting for an answer`}.
      {(migration.dropped.length > 0 || migration.newQuestions.length > 0) && (
        <ul>
          {migration.dropped.map((item) => (
            <li key={item}>{item}</li>
          ))}
          {migration.newQuestions.map((item) => (
            <li key={item}>To answer: {item}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * Offers to move the assessments made on an older version of a loaded
 * questionnaire to a newer one, by question id, listing what would change
 * first. Nothing moves until the person says so.
 */
export function MigrationOffer({
  from,
  to,
  assessments,
  onMoved,
}: {
  from: StoredQuestionnaire;
  to: StoredQuestionnaire;
  assessments: AssessmentSummary[];
  onMoved: (message: string) => void;
}) {
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });
  const ids = assessments.map((summary) => summary.id).join(',');
  const { id, version, contentHash } = to.summary;
  useEffect(() => {
    let live = true;
    loadQuestionnaire({ id, version, contentHash }).then(
      (questionnaire) => {
        if (!live) return;
        if (!questionnaire) {
          setPreview({ status: 'failed', message: `Version ${version} is no longer in this browser.` });
          return;
        }
        const moves = ids
          .split(',')
          .filter(Boolean)
          .map((assessmentId) => ({
            summary: assessments.find((summary) => summary.id === assessmentId) as AssessmentSummary,
            migration: previewMove(assessmentId, questionnaire),
          }));
        setPreview({ status: 'ready', questionnaire, moves });
      },
      (error: unknown) => live && setPreview({ status: 'failed', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
    // `assessments` is read for the ids listed in `ids`, which stands for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, version, contentHash, ids]);

  const headingId = `move-${from.summary.id}-${from.summary.version}`.replace(/\./g, '-');
  const changes = preview.status === 'ready' ? (preview.moves.find((move) => move.migration)?.migration?.changes ?? []) : [];
  return (
    <section className="notice-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {plural(assessments.length, 'assessment uses', 'assessments use')} version {from.summary.version} of “{from.summary.title}”; version{' '}
        {to.summary.version} is loaded
      </h3>
      <p>
        You can move {assessments.length === 1 ? 'it' : 'them'} to version {to.summary.version}. Answers are kept by question: an answer to
        a question that still exists stays, and anything that cannot be kept is listed here and kept in the assessment&apos;s record. Or
        leave {assessments.length === 1 ? 'it' : 'them'} on version {from.summary.version}, which stays in this browser while used.
      </p>
      {preview.status === 'loading' && <p role="status">Working out what would change…</p>}
      {preview.status === 'failed' && (
        <p className="field-error" role="alert">
          {preview.message}
        </p>
      )}
      {preview.status === 'ready' && (
        <>
          <h4>What changed in the questionnaire</h4>
          {changes.length > 0 ? (
            <ul>
              {changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          ) : (
            <p>
              The file of version {to.summary.version} has no changelog entry since {from.summary.version}.
            </p>
          )}
          <h4>What happens to each assessment</h4>
          <ul>
            {preview.moves.map((move) => (
              <MoveDetails key={move.summary.id} move={move} />
            ))}
          </ul>
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                const moved = moveAssessments(
                  preview.moves.map((move) => move.summary.id),
                  preview.questionnaire,
                );
                onMoved(
                  `Moved ${plural(moved, 'assessment', 'assessments')} to version ${to.summary.version} of “${to.summary.title}”. Each shows what changed when you open it.`,
                );
              }}
            >
              Move {plural(assessments.length, 'assessment', 'assessments')} to version {to.summary.version}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
