import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bestAnswers, bundled, seedAssessment } from '../../state/seed-assessment.test-support.ts';
import { CheckAnswersPage } from './check-answers-page.tsx';

describe('check your answers', () => {
  it('marks unanswered questions and links each to its place in the section', async () => {
    await seedAssessment('quick-check');
    render(<CheckAnswersPage assessmentId="test-assessment" />);
    expect(await screen.findByRole('heading', { level: 1, name: /Check your answers/ })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/marked as a draft/);
    const answerLink = screen.getByRole('link', { name: 'Answer question 1.1' });
    expect(answerLink.getAttribute('href')).toBe('#/assessments/test-assessment/sections/context/questions/deployer-type/from-check');
    expect(screen.getAllByText(/^Not answered/).length).toBeGreaterThan(1);
  });

  it('shows the chosen option in words and offers to change it', async () => {
    await seedAssessment('quick-check', { answers: { 'deployer-type': { value: 'public-authority' } } });
    render(<CheckAnswersPage assessmentId="test-assessment" />);
    const change = await screen.findByRole('link', { name: 'Change question 1.1' });
    const row = change.closest('.summary-row') as HTMLElement;
    expect(within(row).getByText(/A public authority/)).toBeTruthy();
  });

  it('says nothing is left to answer when every question is answered, and leads to the results', async () => {
    const questionnaire = await bundled('quick-check');
    await seedAssessment('quick-check', { answers: bestAnswers(questionnaire) });
    render(<CheckAnswersPage assessmentId="test-assessment" />);
    expect(await screen.findByText(/nothing is left to answer/)).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByRole('link', { name: 'See your results' }).getAttribute('href')).toBe('#/assessments/test-assessment/results');
  });

  it('shows the context with a way to change each part', async () => {
    await seedAssessment('quick-check', { project: 'Crop planner' });
    render(<CheckAnswersPage assessmentId="test-assessment" />);
    expect(await screen.findByRole('link', { name: 'Change project or product' })).toBeTruthy();
    expect(screen.getByText('Crop planner', { selector: 'dd' })).toBeTruthy();
  });
});
