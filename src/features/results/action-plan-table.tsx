import { ASSESSMENT_LIMITS, type Assessment, type ActionState } from '../../storage/assessment.ts';
import { commitmentFor, withCommitment } from '../../storage/action-commitments.ts';
import type { ActionItem } from '../../scoring/types.ts';
import { roundGain } from '../../scoring/round-score.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { RichText } from '../../components/rich-text.tsx';
import { hrefFor } from '../../config/routes.ts';
import { noun, plural } from '../../questionnaire/wording.ts';

const PRIORITY_LABEL = { high: 'High', medium: 'Medium', low: 'Low' } as const;
const PRIORITY_TAG = { high: 'tag-red', medium: 'tag-blue', low: 'tag-grey' } as const;
const URGENCY_NOTE = {
  blocking: 'Blocks launch',
  'must-have': 'Must-have not met',
  'section-floor': 'Section under the floor',
  improvement: null,
} as const;
export const ACTION_STATE_LABEL: Record<ActionState, string> = {
  open: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  'not-needed': 'Not needed',
};

type Commit = (item: ActionItem, change: Parameters<typeof withCommitment>[3], rerender: boolean) => void;

function QuestionsCell({ assessmentId, item }: { assessmentId: string; item: ActionItem }) {
  const href = (questionId: string) => hrefFor({ name: 'section', assessmentId, sectionId: item.sectionId, questionId });
  const [lead, ...others] = item.questions;
  return (
    <td>
      {item.title && <strong className="block">{item.title}</strong>}
      <a href={href(item.questionId)}>{item.number}</a> <span className="small">{item.text}</span>
      <span className="block small muted">
        Now: {lead?.answerLabels?.join('; ') ?? 'not answered'}. Best: {item.bestLabels.join('; ') || '—'}.
      </span>
      {others.length > 0 && (
        <span className="block small">
          Also answers {noun(others.length, 'question')} {others.map((question) => question.number).join(', ')}.
        </span>
      )}
    </td>
  );
}

function StateCell({ item, assessment, commit }: { item: ActionItem; assessment: Assessment; commit: Commit }) {
  const commitment = commitmentFor(
    assessment.actionPlan,
    item.id,
    item.questions.map((question) => question.questionId),
  );
  return (
    <td>
      <label className="visually-hidden" htmlFor={`state-${item.id}`}>
        Status of the action for question {item.number}
      </label>
      <select
        id={`state-${item.id}`}
        value={commitment.state}
        onChange={(event) => commit(item, { state: event.target.value as ActionState }, true)}
      >
        {Object.entries(ACTION_STATE_LABEL).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {commitment.state === 'not-needed' && (
        <>
          <label className="block small" htmlFor={`reason-${item.id}`}>
            Why is it not needed? (question {item.number})
          </label>
          <textarea
            id={`reason-${item.id}`}
            rows={2}
            maxLength={ASSESSMENT_LIMITS.longText}
            defaultValue={commitment.reason}
            aria-invalid={commitment.reason.trim() === ''}
            onChange={(event) => commit(item, { reason: event.target.value }, false)}
          />
        </>
      )}
      {commitment.state === 'done' && (
        <span className="block small muted">Update the answer to question {item.number} so the score shows it.</span>
      )}
    </td>
  );
}

function ActionRow({ item, assessment, commit }: { item: ActionItem; assessment: Assessment; commit: Commit }) {
  const commitment = commitmentFor(
    assessment.actionPlan,
    item.id,
    item.questions.map((question) => question.questionId),
  );
  const note = URGENCY_NOTE[item.urgency];
  return (
    <tr className={item.isRedFlag ? 'row-flagged' : undefined}>
      <td>
        <span className={`tag ${PRIORITY_TAG[item.priority]}`}>{PRIORITY_LABEL[item.priority]}</span>
        {note && <span className="block small danger-text">{note}</span>}
      </td>
      <QuestionsCell assessmentId={assessment.id} item={item} />
      <td>
        <RichText source={item.action} />
        {item.gain > 0 && <span className="block small muted">Up to +{roundGain(item.gain)} points overall</span>}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`owner-${item.id}`}>
          Owner for question {item.number}
        </label>
        <input
          id={`owner-${item.id}`}
          type="text"
          className="input-small"
          maxLength={ASSESSMENT_LIMITS.shortText}
          defaultValue={commitment.owner}
          onChange={(event) => commit(item, { owner: event.target.value }, false)}
        />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`due-${item.id}`}>
          Due date for question {item.number}
        </label>
        <input
          id={`due-${item.id}`}
          type="date"
          defaultValue={commitment.due}
          onChange={(event) => commit(item, { due: event.target.value }, false)}
        />
      </td>
      <StateCell item={item} assessment={assessment} commit={commit} />
    </tr>
  );
}

function PlanTable({
  caption,
  items,
  assessment,
  commit,
}: {
  caption: string;
  items: ActionItem[];
  assessment: Assessment;
  commit: Commit;
}) {
  return (
    <div className="table-wrap">
      <table className="table action-plan">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Priority</th>
            <th scope="col">Question</th>
            <th scope="col">Recommended action</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <ActionRow key={item.id} item={item} assessment={assessment} commit={commit} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The action plan, with an owner, a due date and a status the team fills in.
 * Low-priority improvements fold away so the plan reads in a few minutes.
 */
export function ActionPlanTable({ assessment, items, update }: { assessment: Assessment; items: ActionItem[]; update: UpdateAssessment }) {
  const commit: Commit = (item, change, rerender) =>
    update(
      (latest) => ({
        ...latest,
        actionPlan: withCommitment(
          latest.actionPlan,
          item.id,
          item.questions.map((question) => question.questionId),
          change,
        ),
      }),
      { rerender },
    );
  const urgent = items.filter((item) => item.priority !== 'low' || item.urgency !== 'improvement');
  // A plan of only small improvements is shown whole: nothing would be left to read first.
  const main = urgent.length > 0 ? urgent : items;
  const minor = items.filter((item) => !main.includes(item));
  return (
    <>
      <PlanTable caption="Recommended actions, highest priority first" items={main} assessment={assessment} commit={commit} />
      {minor.length > 0 && (
        <details className="minor-actions">
          <summary>{plural(minor.length, 'smaller improvement')} (low priority)</summary>
          <PlanTable caption="Smaller improvements, low priority" items={minor} assessment={assessment} commit={commit} />
        </details>
      )}
    </>
  );
}
