import type { Assessment } from '../../storage/assessment.ts';
import type { ActionItem } from '../../scoring/types.ts';
import { roundGain } from '../../scoring/round-score.ts';
import type { UpdateAssessment } from '../../components/use-assessment.ts';
import { RichText } from '../../components/rich-text.tsx';
import { hrefFor } from '../../config/routes.ts';

const PRIORITY_LABEL = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/** The action plan, with an owner and a due date the team fills in. */
export function ActionPlanTable({ assessment, items, update }: { assessment: Assessment; items: ActionItem[]; update: UpdateAssessment }) {
  const commit = (questionId: string, field: 'owner' | 'due', value: string) =>
    update(
      (latest) => {
        const current = latest.actionPlan[questionId] ?? { owner: '', due: '' };
        return { ...latest, actionPlan: { ...latest.actionPlan, [questionId]: { ...current, [field]: value } } };
      },
      { rerender: false },
    );
  return (
    <div className="table-wrap">
      <table className="table action-plan">
        <caption className="visually-hidden">Recommended actions, highest priority first</caption>
        <thead>
          <tr>
            <th scope="col">Priority</th>
            <th scope="col">Question</th>
            <th scope="col">Recommended action</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const commitment = assessment.actionPlan[item.questionId];
            const href = hrefFor({ name: 'section', assessmentId: assessment.id, sectionId: item.sectionId, questionId: item.questionId });
            return (
              <tr key={item.questionId} className={item.isRedFlag ? 'row-flagged' : undefined}>
                <td>
                  <span className={`tag ${item.priority === 'high' ? 'tag-red' : item.priority === 'medium' ? 'tag-blue' : 'tag-grey'}`}>
                    {PRIORITY_LABEL[item.priority]}
                  </span>
                  {item.isRedFlag && <span className="block small danger-text">Red flag</span>}
                </td>
                <td>
                  <a href={href}>{item.number}</a> <span className="small">{item.text}</span>
                  <span className="block small muted">
                    Now: {item.answerLabels?.join('; ') ?? 'not answered'}. Best: {item.bestLabels.join('; ')}.
                  </span>
                </td>
                <td>
                  <RichText source={item.action} />
                  {item.gain > 0 && <span className="block small muted">Up to +{roundGain(item.gain)} points overall</span>}
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`owner-${item.questionId}`}>Owner for question {item.number}</label>
                  <input
                    id={`owner-${item.questionId}`}
                    type="text"
                    className="input-small"
                    defaultValue={commitment?.owner ?? ''}
                    onChange={(event) => commit(item.questionId, 'owner', event.target.value)}
                  />
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`due-${item.questionId}`}>Due date for question {item.number}</label>
                  <input
                    id={`due-${item.questionId}`}
                    type="date"
                    defaultValue={commitment?.due ?? ''}
                    onChange={(event) => commit(item.questionId, 'due', event.target.value)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
