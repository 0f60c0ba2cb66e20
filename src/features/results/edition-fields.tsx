import type { ReportStatus } from '../../report/report-edition.ts';
import type { Assessment, DeclarationDraft } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { localDateIso } from '../../storage/local-date.ts';

type Problems = Partial<Record<keyof DeclarationDraft, string>>;

/** Draft or final, and for a final report the assessor's declaration, saved as it is typed. */
export function EditionFields({
  assessment,
  status,
  onStatus,
  update,
  problems,
}: {
  assessment: Assessment;
  status: ReportStatus;
  onStatus: (status: ReportStatus) => void;
  update: UpdateAssessment;
  problems: Problems;
}) {
  const revision = (assessment.finalReports.at(-1)?.revision ?? 0) + 1;
  const declaration = assessment.declaration;
  const change = (field: Partial<DeclarationDraft>, rerender = false) =>
    update((latest) => ({ ...latest, declaration: { ...latest.declaration, ...field } }), { rerender });
  const described = (field: keyof DeclarationDraft) => (problems[field] ? `declaration-${field}-error` : undefined);
  return (
    <>
      <fieldset className="paper">
        <legend>Which report</legend>
        <div className="choice">
          <input type="radio" id="report-status-draft" name="report-status" checked={status === 'draft'} onChange={() => onStatus('draft')} />
          <label htmlFor="report-status-draft">Draft: for the team, marked draft on every page</label>
        </div>
        <div className="choice">
          <input type="radio" id="report-status-final" name="report-status" checked={status === 'final'} onChange={() => onStatus('final')} />
          <label htmlFor="report-status-final">Final report, revision {revision}: every question answered, with the assessor’s declaration</label>
        </div>
      </fieldset>
      {status === 'final' && (
        <fieldset className="declaration">
          <legend>Assessor’s declaration</legend>
          <p className="hint">
            Printed on the final report above a line to sign. The person who declares vouches for the answers; a reviewer signs
            separately.
          </p>
          {(['name', 'role'] as const).map((field) => (
            <div className={`field${problems[field] ? ' field-with-error' : ''}`} key={field}>
              <label htmlFor={`declaration-${field}`}>{field === 'name' ? 'Full name' : 'Role'}</label>
              {problems[field] && <p className="field-error" id={`declaration-${field}-error`}>{problems[field]}</p>}
              <input
                type="text"
                id={`declaration-${field}`}
                maxLength={200}
                autoComplete={field === 'name' ? 'name' : 'organization-title'}
                defaultValue={declaration[field]}
                aria-invalid={problems[field] ? true : undefined}
                aria-describedby={described(field)}
                onChange={(event) => change({ [field]: event.target.value })}
              />
            </div>
          ))}
          <div className={`field${problems.date ? ' field-with-error' : ''}`}>
            <label htmlFor="declaration-date">Date of the declaration</label>
            {problems.date && <p className="field-error" id="declaration-date-error">{problems.date}</p>}
            <input
              type="date"
              id="declaration-date"
              defaultValue={declaration.date}
              aria-invalid={problems.date ? true : undefined}
              aria-describedby={described('date')}
              onChange={(event) => change({ date: event.target.value })}
            />
          </div>
          <div className={`choice${problems.affirmed ? ' field-with-error' : ''}`}>
            <input
              type="checkbox"
              id="declaration-affirmed"
              checked={declaration.affirmed}
              aria-invalid={problems.affirmed ? true : undefined}
              aria-describedby={described('affirmed')}
              onChange={(event) => change({ affirmed: event.target.checked }, true)}
            />
            <label htmlFor="declaration-affirmed">I declare that the answers in this assessment are true to the best of my knowledge.</label>
          </div>
          {problems.affirmed && <p className="field-error" id="declaration-affirmed-error">{problems.affirmed}</p>}
        </fieldset>
      )}
    </>
  );
}

/** The declaration to start from: as typed before, else the assessor from "About this assessment", and today. */
export function declarationWithDefaults(assessment: Assessment, today: Date): DeclarationDraft {
  const declaration = assessment.declaration;
  return {
    name: declaration.name || assessment.context.assessorName,
    role: declaration.role || assessment.context.assessorRole,
    date: declaration.date || localDateIso(today),
    affirmed: declaration.affirmed,
  };
}
