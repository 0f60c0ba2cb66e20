import regularUrl from '../fonts/DejaVuSans-subset.ttf?url';
import boldUrl from '../fonts/DejaVuSans-Bold-subset.ttf?url';
import type { ReportFonts } from '../report-types.ts';

// Vite copies the two font files into the build and gives their URLs: they
// come from the app's own origin, and only when a report is made. They are
// subsets of DejaVu Sans cut to what the report can draw (about half the
// size, and half the work for jsPDF in every report): see
// scripts/generate-report-fonts.ts.
async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`The report font could not be loaded (${response.status} ${response.statusText}). Reload the page and try again.`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Loads the report fonts from the app's own origin. */
export async function loadReportFontsBrowser(): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]);
  return { regular, bold };
}
