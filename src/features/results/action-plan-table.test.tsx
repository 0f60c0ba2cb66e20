import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../scoring/score-assessment.ts';
import { commitmentFor } from '../../storage/action-commitments.ts';
import type { Assessment } from '../../storage/assessment.ts';
import type { UpdateAssessment } from '../../state/use-assessment.ts';
import { seedAssessment } from '../../state/seed-assessment.test-support.ts';
import { ActionPlanTable } from './action-plan-table.tsx';

/** The table with an update function that keeps the assessment in React state, as the app's hook does. */
async function renderPlan() {
  const { assessment: start, questionnaire } = await seedAssessment('quick-check');
  const items = scoreAssessment(questionnaire, start.answers).actionPlan;
  let latest = start;
  function Harness() {
    const [assessment, setAssessment] = useState<Assessment>(start);
    const update: UpdateAssessment = (change, options) => {
      latest = change(latest);
      if (options?.rerender !== false) setAssessment(latest);
    };
    return <ActionPlanTable assessment={assessment} items={items} update={update} />;
  }
  render(<Harness />);
  const first = items[0]!;
  const commitment = () =>
    commitmentFor(
      latest.actionPlan,
      first.id,
      first.questions.map((question) => question.questionId),
    );
  return { items, first, commitment };
}

describe('the action plan', () => {
  it('lists the most urgent actions in a table with a link to each question', async () => {
    const { first } = await renderPlan();
    const table = screen.getByRole('table', { name: 'Recommended actions, highest priority first' });
    const link = within(table).getByRole('link', { name: first.number });
    expect(link.getAttribute('href')).toBe(`#/assessments/test-assessment/sections/${first.sectionId}/questions/${first.questionId}`);
  });

  it('records an owner and a due date for an action', async () => {
    const user = userEvent.setup();
    const { first, commitment } = await renderPlan();
    await user.type(screen.getByRole('textbox', { name: `Owner for question ${first.number}` }), 'Priya');
    expect(commitment().owner).toBe('Priya');
  });

  it('asks why when an action is marked not needed', async () => {
    const user = userEvent.setup();
    const { first, commitment } = await renderPlan();
    const reasonLabel = `Why is it not needed? (question ${first.number})`;
    expect(screen.queryByRole('textbox', { name: reasonLabel })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: `Status of the action for question ${first.number}` }), 'Not needed');
    expect(commitment().state).toBe('not-needed');
    await user.type(screen.getByRole('textbox', { name: reasonLabel }), 'We do not use faces');
    expect(commitment().reason).toBe('We do not use faces');
  });
});
