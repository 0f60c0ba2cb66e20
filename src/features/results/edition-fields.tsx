import type { ReportStatus } from '../../report/report-edition.ts';
import { ASSESSMENT_LIMITS, type Assessment, type DeclarationDraft } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { localDateIso } from '../../storage/local-date.ts';

type Problems = Partial<Record<keyof DeclarationDraft, string>>;

type Change = (field: Partial<DeclarationDraft>, rerender?: boolean) => void;

function StatusChoice({
  revision,
  status,
  onStatus,
}: {
  revision: number;
  status: ReportStatus;
  onStatus: (status: ReportStatus) => void;
}) {
  return (
    <fieldset className="paper">
      <legend>Which report</legend>
      <div className="choice">
        <input type="radio" id="report-status-draft" name="report-status" checked={status === 'draft'} onChange={() => onStatus('draft')} />
        <label htmlFor="report-status-draft">Draft: for the team, marked draft on every page</label>
      </div>
      <div className="choice">
        <input type="radio" id="report-status-final" name="report-status" checked={status === 'final'} onChange={() => onStatus('final')} />
        <label htmlFor="report-status-final">
          Final report, revision {revision}: every question answered, with the assessor’s declaration
        </label>
      </div>
    </fieldset>
  );
}

function TextLine({
  field,
  label,
  value,
  problem,
  change,
}: {
  field: 'name' | 'role';
  label: string;
  value: string;
  problem?: string;
  change: Change;
}) {
  const errorId = `declaration-${field}-error`;
  return (
    <div className={`field${problem ? ' field-with-error' : ''}`}>
      <label htmlFor={`declaration-${field}`}>{label}</label>
      {problem && (
        <p className="field-error" id={errorId}>
          {problem}
        </p>
      )}
      <input
        type="text"
        id={`declaration-${field}`}
        maxLength={ASSESSMENT_LIMITS.shortText}
        autoComplete={field === 'name' ? 'name' : 'organization-title'}
        defaultValue={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => change({ [field]: event.target.value })}
      />
    </div>
  );
}

function DeclarationFields({ declaration, problems, change }: { declaration: DeclarationDraft; problems: Problems; change: Change }) {
  return (
    <fieldset className="declaration">
      <legend>Assessor’s declaration</legend>
      <p className="hint">
        Printed on the final report above a line to sign. The person who declares vouches for the answers; a reviewer signs separately.
      </p>
      <TextLine field="name" label="Full name" value={declaration.name} problem={problems.name} change={change} />
      <TextLine field="role" label="Role" value={declaration.role} problem={problems.role} change={change} />
      <div className={`field${problems.date ? ' field-with-error' : ''}`}>
        <label htmlFor="declaration-date">Date of the declaration</label>
        {problems.date && (
          <p className="field-error" id="declaration-date-error">
            {problems.date}
          </p>
        )}
        <input
          type="date"
          id="declaration-date"
          defaultValue={declaration.date}
          aria-invalid={problems.date ? true : undefined}
          aria-describedby={problems.date ? 'declaration-date-error' : undefined}
          onChange={(event) => change({ date: event.target.value })}
        />
      </div>
      <div className={`choice${problems.affirmed ? ' field-with-error' : ''}`}>
        <input
          type="checkbox"
          id="declaration-affirmed"
          checked={declaration.affirmed}
          aria-invalid={problems.affirmed ? true : undefined}
          aria-describedby={problems.affirmed ? 'declaration-affirmed-error' : undefined}
          onChange={(event) => change({ affirmed: event.target.checked }, true)}
        />
        <label htmlFor="declaration-affirmed">I declare that the answers in this assessment are true to the best of my knowledge.</label>
      </div>
      {problems.affirmed && (
        <p className="field-error" id="declaration-affirmed-error">
          {problems.affirmed}
        </p>
      )}
    </fieldset>
  );
}

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
  const change: Change = (field, rerender = false) =>
    update((latest) => ({ ...latest, declaration: { ...latest.declaration, ...field } }), { rerender });
  return (
    <>
      <StatusChoice revision={revision} status={status} onStatus={onStatus} />
      {status === 'final' && <DeclarationFields declaration={assessment.declaration} problems={problems} change={change} />}
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
