import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { flushSaves, readAssessment } from '../../state/assessment-repository.ts';
import { bestAnswers, bundled, seedAssessment } from '../../state/seed-assessment.test-support.ts';
import { startRound } from '../../state/start-round.ts';
import { SectionPage } from './section-page.tsx';

function savedAnswers(id: string) {
  flushSaves();
  const read = readAssessment(id);
  if (!read.ok) throw new Error(read.message);
  return read.assessment.answers;
}

describe('a section of questions', () => {
  it('shows the section as a heading and each question as a group', async () => {
    await seedAssessment('launch-ethics');
    render(<SectionPage assessmentId="test-assessment" sectionId="context" />);
    expect(await screen.findByRole('heading', { level: 1, name: /About the product/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: /What does the product do/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: /What stage is the product at/ })).toBeTruthy();
  });

  it('lists every unanswered question when the person saves too early, and marks the section for attention', async () => {
    const user = userEvent.setup();
    await seedAssessment('launch-ethics');
    render(<SectionPage assessmentId="test-assessment" sectionId="context" />);
    await user.click(await screen.findByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').length).toBeGreaterThan(1);
    flushSaves();
    const read = readAssessment('test-assessment');
    expect(read.ok && read.assessment.submittedSections).toEqual(['context']);
  });

  it('saves a typed answer and a picked option as they are made', async () => {
    const user = userEvent.setup();
    const { questionnaire } = await seedAssessment('launch-ethics');
    const stage = questionnaire.sections[0]?.questions.find((question) => question.id === 'deployment-stage');
    const prototype = stage?.options.find((option) => option.label === 'Prototype, not used with real people');
    render(<SectionPage assessmentId="test-assessment" sectionId="context" />);
    const purpose = within(await screen.findByRole('group', { name: /What does the product do/ })).getByRole('textbox', {
      name: 'Your answer',
    });
    await user.type(purpose, 'Plans crop rotations');
    await user.click(
      within(screen.getByRole('group', { name: /What stage is the product at/ })).getByRole('radio', {
        name: 'Prototype, not used with real people',
      }),
    );
    const answers = savedAnswers('test-assessment');
    expect(answers['product-purpose']?.value).toBe('Plans crop rotations');
    expect(prototype).toBeDefined();
    expect(answers['deployment-stage']?.value).toBe(prototype?.value);
  });

  it('says so when the section does not exist', async () => {
    await seedAssessment('launch-ethics');
    render(<SectionPage assessmentId="test-assessment" sectionId="no-such-section" />);
    expect(await screen.findByRole('heading', { name: 'Section not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the task list' })).toBeTruthy();
  });

  it('marks each answer carried over from the previous round until it is confirmed or changed', async () => {
    const user = userEvent.setup();
    const questionnaire = await bundled('quick-check');
    await seedAssessment('quick-check', { answers: bestAnswers(questionnaire) });
    const started = await startRound('test-assessment');
    if (!started.ok) throw new Error(started.message);
    const id = started.assessment.id;
    render(<SectionPage assessmentId={id} sectionId="people-affected" />);
    const section = questionnaire.sections.find((candidate) => candidate.id === 'people-affected');
    const [first, second] = section?.questions ?? [];
    expect(await screen.findAllByRole('group', { name: /^Review the answer to question/ })).toHaveLength(section?.questions.length ?? 0);

    // Changing an answer reviews it.
    const firstGroup = screen.getByRole('group', { name: new RegExp(`^${first?.number} `) });
    await user.click(within(firstGroup).getAllByRole('radio')[0] as HTMLElement);
    expect(screen.queryByRole('group', { name: `Review the answer to question ${first?.number}` })).toBeNull();

    // Confirming one keeps its answer and takes its mark away.
    await user.click(screen.getByRole('button', { name: `Confirm this answer to question ${second?.number}` }));
    expect(screen.getByText(`Answer to ${second?.number} confirmed for this round.`)).toBeTruthy();
    flushSaves();
    const read = readAssessment(id);
    expect(read.ok && read.assessment.round?.toReview.includes(first?.id ?? '')).toBe(false);
    expect(read.ok && read.assessment.round?.toReview.includes(second?.id ?? '')).toBe(false);
    expect(read.ok && read.assessment.answers[second?.id ?? '']).toEqual(bestAnswers(questionnaire)[second?.id ?? '']);
    expect(read.ok && read.assessment.round?.toReview.length).toBe(started.assessment.round!.toReview.length - 2);
  });
});
