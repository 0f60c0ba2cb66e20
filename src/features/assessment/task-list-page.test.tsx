import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedAssessment } from '../../state/seed-assessment.test-support.ts';
import { TaskListPage } from './task-list-page.tsx';

describe('the task list', () => {
  it('names the project and links every section with its status', async () => {
    const { questionnaire } = await seedAssessment('quick-check', { project: 'Crop planner' });
    render(<TaskListPage assessmentId="test-assessment" />);
    expect(await screen.findByRole('heading', { level: 1, name: /Crop planner/ })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Sections' });
    const first = questionnaire.sections[0]!;
    const link = within(list).getByRole('link', { name: `${first.number}. ${first.title}` });
    expect(link.getAttribute('href')).toBe(`#/assessments/test-assessment/sections/${first.id}`);
    // The status is the link's description, so a screen reader says both together.
    expect(document.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Not started');
  });

  it('shows a section the person tried to leave unfinished as needing attention', async () => {
    const { questionnaire } = await seedAssessment('quick-check', { submittedSections: ['context'] });
    render(<TaskListPage assessmentId="test-assessment" />);
    const context = questionnaire.sections.find((section) => section.id === 'context')!;
    const link = await screen.findByRole('link', { name: `${context.number}. ${context.title}` });
    expect(document.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Needs attention');
  });

  it('says plainly when the assessment does not exist', async () => {
    render(<TaskListPage assessmentId="nobody" />);
    expect(await screen.findByRole('heading', { name: 'Assessment not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your assessments' })).toBeTruthy();
  });

  it('counts the answered questions on the progress bar', async () => {
    await seedAssessment('quick-check', { answers: { 'deployer-type': { value: 'public-authority' } } });
    render(<TaskListPage assessmentId="test-assessment" />);
    const bar = await screen.findByRole('progressbar', { name: 'Questions answered' });
    expect(Number(bar.getAttribute('value'))).toBe(1);
  });
});
