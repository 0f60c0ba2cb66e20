import { ASSESSMENT_LIMITS, type Assessment } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';

/** What the assessment does not cover, in the team's words: printed under "Scope and limitations", saved as typed. */
export function LimitationsField({ assessment, update }: { assessment: Assessment; update: UpdateAssessment }) {
  return (
    <div className="field">
      <label htmlFor="report-limitations">What this assessment does not cover (optional)</label>
      <p className="hint" id="report-limitations-hint">
        For example a market, a feature or a group of users left for later, or a question you could not check yourself. The report adds the
        sections not asked and the answers marked “Not applicable”.
      </p>
      <textarea
        id="report-limitations"
        rows={3}
        maxLength={ASSESSMENT_LIMITS.limitations}
        aria-describedby="report-limitations-hint"
        defaultValue={assessment.limitations}
        onChange={(event) => update((latest) => ({ ...latest, limitations: event.target.value }), { rerender: false })}
      />
    </div>
  );
}
