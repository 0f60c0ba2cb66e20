import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { assessmentStore } from '../../state/assessment-repository.ts';
import { seedAssessment } from '../../state/seed-assessment.test-support.ts';
import { MyAssessments } from './my-assessments.tsx';

/** The list as the home page holds it: a version that moves on every change. */
function Listing() {
  const [version, setVersion] = useState(0);
  return <MyAssessments version={version} onChanged={() => setVersion((current) => current + 1)} />;
}

function rowOf(project: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Assessments saved in this browser' });
  return within(table)
    .getByRole('rowheader', { name: new RegExp(project) })
    .closest('tr') as HTMLElement;
}

describe('my assessments', () => {
  it('says when there is nothing saved yet', () => {
    render(<Listing />);
    expect(screen.getByText(/You have no assessments in this browser yet/)).toBeTruthy();
  });

  it('lists each saved assessment with a link that opens it', async () => {
    await seedAssessment('quick-check', { project: 'Crop planner' });
    render(<Listing />);
    const link = within(rowOf('Crop planner')).getByRole('link', { name: 'Crop planner (open)' });
    expect(link.getAttribute('href')).toBe('#/assessments/test-assessment');
    expect(await within(rowOf('Crop planner')).findByText(/to answer/)).toBeTruthy();
  });

  it('renames an assessment, and refuses an empty name', async () => {
    const user = userEvent.setup();
    await seedAssessment('quick-check', { project: 'Crop planner' });
    render(<Listing />);
    await user.click(screen.getByRole('button', { name: 'Rename Crop planner' }));
    const field = screen.getByRole('textbox', { name: 'New name for Crop planner' });
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByText('Enter a name')).toBeTruthy();
    await user.type(field, 'Harvest planner');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(within(rowOf('Harvest planner')).getByRole('link', { name: 'Harvest planner (open)' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Renamed to “Harvest planner”.');
  });

  it('deletes only after the person confirms', async () => {
    const user = userEvent.setup();
    await seedAssessment('quick-check', { project: 'Crop planner' });
    render(<Listing />);
    await user.click(screen.getByRole('button', { name: 'Delete Crop planner' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deleting Crop planner' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(assessmentStore.ids().size).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Delete Crop planner' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete Crop planner' }));
    expect(assessmentStore.ids().size).toBe(0);
    expect(screen.getByText(/You have no assessments in this browser yet/)).toBeTruthy();
  });

  it('starts a new round from a saved assessment, with its answers to review, and opens it', async () => {
    const user = userEvent.setup();
    const { questionnaire } = await seedAssessment('quick-check', {
      project: 'Crop planner',
      answers: { 'people-told-ai': { value: 'no' } },
    });
    render(<Listing />);
    await user.click(screen.getByRole('button', { name: 'Start a new round from Crop planner' }));
    await vi.waitFor(() => expect(assessmentStore.ids().size).toBe(2));
    const newId = [...assessmentStore.ids()].find((id) => id !== 'test-assessment') ?? '';
    expect(window.location.hash).toBe(`#/assessments/${newId}`);
    const loaded = assessmentStore.load(newId);
    expect(loaded.ok && loaded.assessment.round).toMatchObject({
      number: 2,
      previousRoundId: 'test-assessment',
      toReview: ['people-told-ai'],
    });
    expect(loaded.ok && loaded.assessment.questionnaire.contentHash).toBe(questionnaire.contentHash);
    expect(loaded.ok && loaded.assessment.answers).toEqual({ 'people-told-ai': { value: 'no' } });
  });
});
