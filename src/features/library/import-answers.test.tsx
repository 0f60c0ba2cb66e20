import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { assessmentStore } from '../../state/assessment-repository.ts';
import { serializeAnswersFile } from '../../storage/answers-file.ts';
import { seedAssessment } from '../../state/seed-assessment.test-support.ts';
import { ImportAnswers } from './import-answers.tsx';

function jsonFile(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

describe('importing answers from a file', () => {
  it('adds the file as a new assessment and links to it', async () => {
    const user = userEvent.setup();
    const { assessment } = await seedAssessment('quick-check', { id: 'from-elsewhere', project: 'Crop planner' });
    const text = serializeAnswersFile(assessment, new Date('2026-12-02T09:00:00Z'));
    assessmentStore.remove('from-elsewhere');
    const onImported = vi.fn();
    render(<ImportAnswers onImported={onImported} />);
    await user.upload(screen.getByLabelText('Import answers'), jsonFile('crop-planner.json', text));
    const status = screen.getByRole('status');
    expect(await within(status).findByText('Imported “Crop planner”.')).toBeTruthy();
    expect(within(status).getByRole('link', { name: 'Open the imported assessment' }).getAttribute('href')).toBe(
      '#/assessments/from-elsewhere',
    );
    expect(onImported).toHaveBeenCalledOnce();
    expect(assessmentStore.load('from-elsewhere').ok).toBe(true);
  });

  it('never overwrites: an id already here gets a copy', async () => {
    const user = userEvent.setup();
    const { assessment } = await seedAssessment('quick-check', { id: 'kept', project: 'Crop planner' });
    render(<ImportAnswers onImported={() => undefined} />);
    await user.upload(screen.getByLabelText('Import answers'), jsonFile('again.json', serializeAnswersFile(assessment, new Date())));
    expect(await screen.findByText(/added as a copy; the existing one is unchanged/)).toBeTruthy();
    expect(assessmentStore.ids().size).toBe(2);
  });

  it('says in plain words why a file that is not an answers file was refused, and changes nothing', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    render(<ImportAnswers onImported={onImported} />);
    await user.upload(screen.getByLabelText('Import answers'), jsonFile('notes.json', '{"hello": "world"'));
    const alert = await screen.findByRole('alert', { name: '“notes.json” could not be imported' });
    expect(within(alert).getByText('Nothing was changed.')).toBeTruthy();
    expect(onImported).not.toHaveBeenCalled();
    expect(assessmentStore.ids().size).toBe(0);
  });
});
