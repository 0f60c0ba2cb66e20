import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { flushSaves, readAssessment } from '../../state/assessment-repository.ts';
import { bestAnswers, bundled, seedAssessment } from '../../state/seed-assessment.test-support.ts';
import { ResultsPage } from './results-page.tsx';

// The report's worker cannot run here; the report has tests of its own. These
// tests are about what the panel asks for before any PDF is made.
vi.mock('../../report/runtime/prepare-report.ts', () => ({
  prepareReport: () => Promise.reject(new Error('no report maker in component tests')),
}));

describe('the report panel', () => {
  it('asks for every answer and the whole declaration before a final report, each problem linked to its field', async () => {
    await seedAssessment('quick-check');
    const user = userEvent.setup();
    render(<ResultsPage assessmentId="test-assessment" />);
    await user.click(await screen.findByLabelText(/^Final report, revision 1/));
    await user.clear(screen.getByLabelText('Full name'));
    await user.click(screen.getByRole('button', { name: 'Download the final report' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary).getByRole('link', { name: /questions are still to answer: a final report needs every question answered/ }),
    ).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Enter the name of the person making the declaration' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Confirm that the answers are true to the best of your knowledge' })).toBeTruthy();
    await user.click(within(summary).getByRole('link', { name: 'Enter the name of the person making the declaration' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Full name'));
  });

  it('starts the declaration from the assessor and today, and keeps it as it is typed', async () => {
    const questionnaire = await bundled('quick-check');
    await seedAssessment('quick-check', { answers: bestAnswers(questionnaire) });
    const user = userEvent.setup();
    render(<ResultsPage assessmentId="test-assessment" />);
    await user.click(await screen.findByLabelText(/^Final report, revision 1/));
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Sam Reed');
    await user.clear(screen.getByLabelText('Full name'));
    await user.type(screen.getByLabelText('Full name'), 'Ada Lovelace');
    await user.clear(screen.getByLabelText('Role', { exact: true }));
    await user.type(screen.getByLabelText('Role', { exact: true }), 'Head of product');
    await user.click(screen.getByLabelText('I declare that the answers in this assessment are true to the best of my knowledge.'));
    flushSaves();
    const saved = readAssessment('test-assessment');
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.assessment.declaration).toMatchObject({ name: 'Ada Lovelace', role: 'Head of product', affirmed: true });
    expect(saved.assessment.declaration.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('saves what the assessment leaves out, as it is typed', async () => {
    await seedAssessment('quick-check');
    const user = userEvent.setup();
    render(<ResultsPage assessmentId="test-assessment" />);
    await user.type(await screen.findByLabelText('What this assessment does not cover (optional)'), 'The export market.');
    flushSaves();
    const saved = readAssessment('test-assessment');
    expect(saved.ok && saved.assessment.limitations).toBe('The export market.');
  });
});
