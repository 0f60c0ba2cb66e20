// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdatePrompt } from './update-prompt.tsx';

afterEach(cleanup);

describe('UpdatePrompt', () => {
  it('says a new version is ready and reloads from the keyboard alone', async () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    render(<UpdatePrompt onReload={onReload} onDismiss={onDismiss} />);
    expect(screen.getByRole('status').textContent).toBe('A new version is ready.');
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reload' }));
    await user.keyboard('{Enter}');
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('is put off with Later or with Escape', async () => {
    const onDismiss = vi.fn();
    render(<UpdatePrompt onReload={() => undefined} onDismiss={onDismiss} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Later' }));
    screen.getByRole('button', { name: 'Reload' }).focus();
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });
});
