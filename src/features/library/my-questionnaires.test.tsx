import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { questionnaireKey } from '../../storage/storage-keys.ts';
import { MyQuestionnaires } from './my-questionnaires.tsx';

// happy-dom has no module workers: the same check the worker runs, on this thread.
vi.mock('../../questionnaire/runtime/check-in-worker.ts', () => import('../../questionnaire/runtime/check-directly.test-support.ts'));

const TEAM_CHECK = readFileSync('e2e/questions-custom/team-check.yaml', 'utf8');

function Listing() {
  const [version, setVersion] = useState(0);
  return <MyQuestionnaires version={version} onChanged={() => setVersion((current) => current + 1)} />;
}

function fileOf(name: string, text: string): File {
  return new File([text], name, { type: 'application/yaml' });
}

describe('your questionnaires', () => {
  it('loads a file that passes, lists it with its version and question count, and keeps it', async () => {
    const user = userEvent.setup();
    render(<Listing />);
    await user.upload(screen.getByLabelText('Load a questionnaire file'), fileOf('team-check.yaml', TEAM_CHECK));
    expect(await screen.findByText(/^Loaded “Team readiness check” version 1\.0\.0\./)).toBeTruthy();
    const card = within(screen.getByRole('list', { name: 'Your questionnaires' })).getByRole('listitem');
    expect(within(card).getByText('1.0.0')).toBeTruthy();
    expect(within(card).getByText('3 in 1 section')).toBeTruthy();
    expect(window.localStorage.getItem(questionnaireKey('team-check', '1.0.0'))).toContain('"source"');
  });

  it('shows markup in a file as text, never as markup', async () => {
    const user = userEvent.setup();
    render(<Listing />);
    const hostile = TEAM_CHECK.replace('title: Team readiness check', 'title: "<img src=x onerror=alert(1)> check"');
    await user.upload(screen.getByLabelText('Load a questionnaire file'), fileOf('hostile.yaml', hostile));
    const heading = await screen.findByRole('heading', { name: '<img src=x onerror=alert(1)> check' });
    expect(heading.querySelector('img')).toBeNull();
  });

  it('lists a damaged saved questionnaire with what is wrong, and deletes it on request', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(questionnaireKey('team-check', '1.0.0'), '{"format": "oversight-questionnaire", "version": 1}');
    render(<Listing />);
    const warning = screen.getByRole('alert');
    expect(within(warning).getByText(/This saved questionnaire is damaged: savedAt: is missing; fileName: is missing/)).toBeTruthy();
    await user.click(within(warning).getByRole('button', { name: 'Delete it' }));
    expect(window.localStorage.getItem(questionnaireKey('team-check', '1.0.0'))).toBeNull();
    expect(screen.getByText('Deleted the damaged questionnaire.')).toBeTruthy();
  });

  it('refuses the id of a bundled questionnaire, saying why, and stores nothing', async () => {
    const user = userEvent.setup();
    render(<Listing />);
    const clash = TEAM_CHECK.replace('id: team-check', 'id: quick-check');
    await user.upload(screen.getByLabelText('Load a questionnaire file'), fileOf('clash.yaml', clash));
    const problems = await screen.findByRole('alert');
    expect(within(problems).getByText(/The id “quick-check” belongs to a questionnaire that comes with Oversight/)).toBeTruthy();
    expect(document.activeElement).toBe(problems);
    expect(Object.keys(window.localStorage)).toEqual([]);
  });
});
