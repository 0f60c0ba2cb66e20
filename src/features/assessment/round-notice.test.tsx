import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../storage/create-assessment.ts';
import type { Assessment } from '../../storage/assessment.ts';
import { ReviewCountLine, RoundNotice } from './round-notice.tsx';

const questionnaire = { id: 'quick-check', version: '2.0.0', contentHash: 'h2', title: 'Quick pre-launch check' };
const context = { project: 'Crop planner', organisation: '', description: '', assessorName: '', assessorRole: '', date: '2027-03-01' };

function round(overrides: Partial<NonNullable<Assessment['round']>> = {}): Assessment {
  return {
    ...createAssessment({ id: 'r2', questionnaire, context, now: new Date('2027-03-01T10:00:00Z') }),
    round: {
      number: 2,
      previousRoundId: 'r1',
      previousProject: 'Crop planner',
      previousDate: '2026-12-01',
      previousVersion: '1.0.0',
      toReview: ['a', 'b'],
      notCarried: ['Question 2.1 no longer offers "bad", so that choice was removed.'],
      ...overrides,
    },
  };
}

describe('RoundNotice', () => {
  it('says where the round came from, how many answers are left to review and what could not be carried over', () => {
    render(<RoundNotice assessment={round()} toReview={2} />);
    const notice = screen.getByRole('region', { name: 'Round 2' });
    expect(notice.textContent).toContain('Started from round 1 (1 December 2026), answered on version 1.0.0.');
    expect(within(notice).getByText(/2 carried answers still to review/)).toBeTruthy();
    expect(within(notice).getByText('1 answer could not be carried over to this version of the questionnaire')).toBeTruthy();
    expect(within(notice).getByText('Question 2.1 no longer offers "bad", so that choice was removed.')).toBeTruthy();
    expect(within(notice).getByRole('link', { name: 'Compare this round with the earlier ones' }).getAttribute('href')).toBe(
      '#/assessments/r2/rounds',
    );
  });

  it('says when every carried answer has been reviewed, and shows nothing on a first assessment', () => {
    const { unmount } = render(<RoundNotice assessment={round({ toReview: [], notCarried: [] })} toReview={0} />);
    expect(screen.getByText('Every carried answer has been reviewed.')).toBeTruthy();
    expect(screen.queryByText(/could not be carried over/)).toBeNull();
    unmount();
    const first = createAssessment({ id: 'r1', questionnaire, context, now: new Date('2026-12-01T10:00:00Z') });
    const { container } = render(<RoundNotice assessment={first} toReview={0} />);
    expect(container.textContent).toBe('');
  });
});

describe('ReviewCountLine', () => {
  it('counts the answers still to review, and is silent when there are none', () => {
    const { unmount } = render(<ReviewCountLine assessment={round()} toReview={1} />);
    expect(screen.getByRole('note').textContent).toContain('1 answer carried over from round 1 (1 December 2026) is still to review.');
    unmount();
    const { container } = render(<ReviewCountLine assessment={round()} toReview={0} />);
    expect(container.textContent).toBe('');
  });
});
