import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { assessmentStore } from '../../state/assessment-repository.ts';
import { bestAnswers, bundled, seedAssessment } from '../../state/seed-assessment.test-support.ts';
import { serializeAnswersFile } from '../../storage/answers-file.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { ComparePage } from './compare-page.tsx';

function answersFile(name: string, assessment: Assessment, assessorName: string): File {
  const named = { ...assessment, context: { ...assessment.context, assessorName } };
  return new File([serializeAnswersFile(named, new Date('2026-12-02T09:00:00Z'))], name, { type: 'application/json' });
}

describe('the compare page', () => {
  it('compares two answers files, puts the split must-have first and keeps what was loaded across a reload', async () => {
    const user = userEvent.setup();
    const questionnaire = await bundled('quick-check');
    const best = bestAnswers(questionnaire);
    const mustHave = questionnaire.sections.flatMap((section) => section.questions).find((question) => question.mustHave)!;
    const lowest = [...mustHave.options].sort((a, b) => a.score - b.score)[0]!;
    const { assessment } = await seedAssessment('quick-check', { id: 'team', project: 'Crop planner', answers: best });
    // seedAssessment saves it; this test is about files, so the saved copy goes.
    assessmentStore.remove('team');
    const first = render(<ComparePage />);
    await user.upload(screen.getByLabelText('Answers files or Oversight reports'), [
      answersFile('ada.json', assessment, 'Ada'),
      answersFile('ben.json', { ...assessment, answers: { ...best, [mustHave.id]: { value: lowest.value } } }, 'Ben'),
    ]);
    const discuss = await screen.findByRole('region', { name: 'Discuss these first' });
    const items = within(discuss).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(within(items[0]!).getByRole('heading', { level: 3 }).textContent).toBe(`${mustHave.number} ${mustHave.text}`);
    expect(within(items[0]!).getByText(/^Disagreement: Split on the minimum/)).toBeTruthy();
    await user.clear(screen.getByLabelText('Name of respondent 2'));
    await user.type(screen.getByLabelText('Name of respondent 2'), 'Team B');
    // The session is written a moment after the last change.
    await new Promise((resolve) => setTimeout(resolve, 400));
    first.unmount();

    render(<ComparePage />);
    expect(await screen.findByDisplayValue('Team B')).toBeTruthy();
    expect((screen.getByLabelText('Name of respondent 1') as HTMLInputElement).value).toBe('Ada');
    await user.click(screen.getByRole('button', { name: 'Start a new comparison' }));
    expect(screen.queryByRole('region', { name: 'Respondents' })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(window.localStorage.getItem('oversight:v1:comparison')).toBeNull();
  });
});
