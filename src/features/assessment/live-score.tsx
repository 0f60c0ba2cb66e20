import { useMemo } from 'react';
import type { Questionnaire } from '../../questionnaire/model.ts';
import type { Answers } from '../../questionnaire/answers.ts';
import { scoreAssessment } from '../../scoring/score-assessment.ts';
import { roundScore } from '../../scoring/round-score.ts';
import { plural } from '../../questionnaire/wording.ts';

/** The engine's result for the answers as they stand, visibility included. */
export function LiveScore({ questionnaire, answers }: { questionnaire: Questionnaire; answers: Answers }) {
  const result = useMemo(() => scoreAssessment(questionnaire, answers), [questionnaire, answers]);
  const flags = result.redFlags.length;
  return (
    <p className="live-score">
      Current score: <strong>{result.score === null ? 'not scored yet' : `${roundScore(result.score)} of 100`}</strong>
      {result.band && <> · {result.band.label}</>}
      {flags > 0 && (
        <>
          {' '}
          · <span className="danger-text">{plural(flags, 'red flag')}</span>
        </>
      )}
      {result.isDraft && <> · draft</>}
    </p>
  );
}
