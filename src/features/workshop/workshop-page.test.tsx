import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flushSaves, readAssessment } from '../../state/assessment-repository.ts';
import { seedAssessment } from '../../state/seed-assessment.test-support.ts';
import { WorkshopPage } from './workshop-page.tsx';

const saved = () => {
  flushSaves();
  const read = readAssessment('test-assessment');
  if (!read.ok) throw new Error(read.message);
  return read.assessment;
};

describe('the workshop screen', () => {
  it('shows one question large, with its place, and saves a number key as the answer', async () => {
    const { questionnaire } = await seedAssessment('quick-check');
    const section = questionnaire.sections[0]!;
    const question = section.questions[0]!;
    render(<WorkshopPage assessmentId="test-assessment" sectionId={section.id} questionId={question.id} finished={false} />);
    const heading = await screen.findByRole('heading', { level: 1, name: `${question.number} ${question.text}` });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(`Section 1 of 4: ${section.title}`)).toBeTruthy();
    fireEvent.keyDown(document.body, { key: '3' });
    expect((screen.getByRole('radio', { name: question.options[2]!.label }) as HTMLInputElement).checked).toBe(true);
    expect(saved().answers[question.id]).toEqual({ value: question.options[2]!.value });
  });

  it('leaves keys typed into the notes alone, and Escape takes focus back to the question', async () => {
    const { questionnaire } = await seedAssessment('quick-check', { answers: { 'deployer-type': { value: 'public-authority' } } });
    const question = questionnaire.sections[0]!.questions[0]!;
    render(<WorkshopPage assessmentId="test-assessment" sectionId="context" questionId={question.id} finished={false} />);
    await screen.findByRole('heading', { level: 1, name: new RegExp(`^${question.number.replace('.', '\\.')} `) });
    fireEvent.keyDown(document.body, { key: 'n' });
    const notes = screen.getByRole('textbox', { name: /^Notes/ });
    expect(document.activeElement).toBe(notes);
    fireEvent.keyDown(notes, { key: '2' });
    fireEvent.change(notes, { target: { value: 'Shops in 2 towns' } });
    expect(saved().answers[question.id]).toEqual({ value: 'public-authority', notes: 'Shops in 2 towns' });
    fireEvent.keyDown(notes, { key: 'Escape' });
    expect(document.activeElement?.tagName).toBe('H1');
  });

  it('toggles the presenter notes with P and with its button', async () => {
    const { questionnaire } = await seedAssessment('quick-check');
    const question = questionnaire.sections[0]!.questions[0]!;
    render(<WorkshopPage assessmentId="test-assessment" sectionId="context" questionId={question.id} finished={false} />);
    const button = await screen.findByRole('button', { name: /Show presenter notes/ });
    expect(screen.queryByRole('complementary', { name: 'Presenter notes' })).toBeNull();
    fireEvent.keyDown(document.body, { key: 'p' });
    expect(screen.getByRole('complementary', { name: 'Presenter notes' }).textContent).toContain('not necessarily the one that built it');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button);
    expect(screen.queryByRole('complementary', { name: 'Presenter notes' })).toBeNull();
  });

  it('says when the question in the address is hidden by other answers, and links on', async () => {
    const { questionnaire } = await seedAssessment('quick-check', { answers: { 'processes-biometric-data': { value: 'no' } } });
    const hidden = questionnaire.sections[0]!.questions.find((candidate) => candidate.id === 'biometric-mode')!;
    render(<WorkshopPage assessmentId="test-assessment" sectionId="context" questionId={hidden.id} finished={false} />);
    expect(await screen.findByRole('heading', { level: 1, name: `Question ${hidden.number} is not asked` })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the next question' }).getAttribute('href')).toBe(
      '#/assessments/test-assessment/workshop/context/public-surveillance',
    );
  });

  it('asks for the reason an answer needs, and R goes to it', async () => {
    const { questionnaire } = await seedAssessment('quick-check');
    const question = questionnaire.sections
      .flatMap((section) => section.questions)
      .find((candidate) => candidate.id === 'impact-assessment')!;
    const index = question.options.findIndex((option) => option.requiresReason);
    const option = question.options[index]!;
    render(<WorkshopPage assessmentId="test-assessment" sectionId={question.sectionId} questionId={question.id} finished={false} />);
    await screen.findByRole('heading', { level: 1, name: new RegExp(`^${question.number.replace('.', '\\.')} `) });
    expect(screen.queryByRole('textbox', { name: /^Why is/ })).toBeNull();
    fireEvent.keyDown(document.body, { key: String(index + 1) });
    const reason = screen.getByRole('textbox', { name: new RegExp(`^Why is “${option.label}” the answer\\?`) });
    expect(screen.getByText(`Explain why “${option.label}” is the answer to question ${question.number}.`)).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'r' });
    expect(document.activeElement).toBe(reason);
    fireEvent.change(reason, { target: { value: 'Only counts of visitors, never images.' } });
    expect(saved().answers[question.id]).toEqual({ value: option.value, justification: 'Only counts of visitors, never images.' });
    expect(screen.queryByText(/^Explain why/)).toBeNull();
  });

  it('goes to the written answer with A on a text question', async () => {
    const { questionnaire } = await seedAssessment('launch-ethics');
    const question = questionnaire.sections[0]!.questions.find((candidate) => candidate.kind === 'text')!;
    render(<WorkshopPage assessmentId="test-assessment" sectionId={question.sectionId} questionId={question.id} finished={false} />);
    await screen.findByRole('heading', { level: 1, name: new RegExp(`^${question.number.replace('.', '\\.')} `) });
    fireEvent.keyDown(document.body, { key: 'a' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /^Your answer/ }));
    fireEvent.keyDown(document.body, { key: '1' });
    expect(screen.getByText('This question takes a written answer: press A to type it.')).toBeTruthy();
  });
});
