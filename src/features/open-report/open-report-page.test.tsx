import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PDFDocument } from '@pdfme/pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { OpenReportPage } from './open-report-page.tsx';

// The report worker cannot run in the simulated browser: the page then reads
// the file itself, as it does wherever the report code cannot load.
vi.mock('../../report/runtime/prepare-report.ts', () => ({
  prepareReport: () => Promise.reject(new Error('no report maker in component tests')),
}));

async function plainPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  return pdf.save();
}

describe('opening a report', () => {
  it('explains that the page checks a report here, without uploading it', () => {
    render(<OpenReportPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Open a report' })).toBeTruthy();
    expect(screen.getByText(/never uploaded/)).toBeTruthy();
    expect(screen.getByLabelText('Report (PDF)')).toBeTruthy();
  });

  it('refuses a file that is not a PDF, in plain words', async () => {
    const user = userEvent.setup();
    render(<OpenReportPage />);
    await user.upload(screen.getByLabelText('Report (PDF)'), new File(['just some notes'], 'notes.pdf', { type: 'application/pdf' }));
    const alert = await screen.findByRole('alert', { name: '“notes.pdf” could not be opened' });
    expect(within(alert).getByText(/This file is not a PDF/)).toBeTruthy();
  });

  it('says when a PDF was not made by Oversight', async () => {
    const user = userEvent.setup();
    render(<OpenReportPage />);
    await user.upload(
      screen.getByLabelText('Report (PDF)'),
      new File([new Uint8Array(await plainPdf())], 'other.pdf', { type: 'application/pdf' }),
    );
    const alert = await screen.findByRole('alert', { name: '“other.pdf” could not be opened' }, { timeout: 5000 });
    expect(within(alert).getByText(/has no Oversight answers attached/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import as a new assessment' })).toBeNull();
  });

  it('refuses a public key file that is not one', async () => {
    const user = userEvent.setup();
    render(<OpenReportPage />);
    await user.upload(
      screen.getByLabelText('Public key file of the issuing organisation (optional)'),
      new File(['{"format": "something-else"}'], 'key.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/This file is not an Oversight public key file/)).toBeTruthy();
  });
});
