import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { bestAnswers, bundled, seedAssessment } from '../../state/seed-assessment.test-support.ts';
import { ResultsPage } from './results-page.tsx';

// The page starts loading the report maker in the background; its worker
// cannot run in the simulated browser, and the report has tests of its own.
vi.mock('../../report/runtime/prepare-report.ts', () => ({
  prepareReport: () => Promise.reject(new Error('no report maker in component tests')),
}));

describe('the results page', () => {
  it('marks the score of an unfinished assessment as a draft', async () => {
    await seedAssessment('quick-check');
    render(<ResultsPage assessmentId="test-assessment" />);
    const verdict = await screen.findByRole('region', { name: 'Overall result' });
    expect(within(verdict).getByText(/Draft: unanswered questions score 0/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Action plan' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Recommended actions, highest priority first' })).toBeTruthy();
  });

  it('gives the best answers a full score and an empty action plan', async () => {
    const questionnaire = await bundled('quick-check');
    await seedAssessment('quick-check', { answers: bestAnswers(questionnaire) });
    render(<ResultsPage assessmentId="test-assessment" />);
    const verdict = await screen.findByRole('region', { name: 'Overall result' });
    expect(within(verdict).getByText('100')).toBeTruthy();
    expect(within(verdict).getByText(/Complete: every question is answered/)).toBeTruthy();
    expect(screen.getByText('Nothing to do: every answer is the best one.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Red flags' })).toBeNull();
  });

  it('offers the way on from a quick check to the full review', async () => {
    await seedAssessment('quick-check');
    render(<ResultsPage assessmentId="test-assessment" />);
    expect(await screen.findByRole('button', { name: 'Continue with the full review' })).toBeTruthy();
  });

  it('leads back to the answers and to the report', async () => {
    await seedAssessment('quick-check');
    render(<ResultsPage assessmentId="test-assessment" />);
    expect((await screen.findByRole('link', { name: 'Check your answers' })).getAttribute('href')).toBe(
      '#/assessments/test-assessment/check',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Report' })).toBeTruthy();
  });
});
