// Measures how long a report takes and how big it is, at 40 and 400
// questions, against bare jsPDF drawing the same text in the same fonts.
// Not a test: timings depend on the machine. Run: npx tsx src/report/measure-report.ts
import { jsPDF } from 'jspdf';
import { buildReport } from './build-report.ts';
import { readReportFontFiles } from './load-fonts-node.ts';
import { registerFonts } from './register-fonts.ts';
import { FONT_FAMILY, LINE_HEIGHT_FACTOR } from './theme.ts';
import { largeInput } from './test-fixtures.ts';

const RUNS = 5;

interface TextCall {
  page: number;
  text: string | string[];
  x: number;
  y: number;
  style: string;
  size: number;
  align: string | undefined;
}

// jsPDF tells plugins about every text call before drawing it; listening
// there records exactly what the report draws, to replay it bare.
let recording: TextCall[] | null = null;
jsPDF.API.events.push([
  'preProcessText',
  function (this: jsPDF, payload: { text: string | string[]; x: number; y: number; options: { align?: string } }) {
    recording?.push({
      page: this.getCurrentPageInfo().pageNumber,
      text: payload.text,
      x: payload.x,
      y: payload.y,
      style: this.getFont().fontStyle,
      size: this.getFontSize(),
      align: payload.options.align,
    });
  },
]);

function bareJsPdf(calls: readonly TextCall[], fonts: ReturnType<typeof readReportFontFiles> | null): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true, putOnlyUsedFonts: true });
  if (fonts) registerFonts(doc, fonts);
  for (const call of calls) {
    while (doc.getNumberOfPages() < call.page) doc.addPage();
    doc.setPage(call.page);
    doc.setFont(fonts ? FONT_FAMILY : 'helvetica', call.style);
    doc.setFontSize(call.size);
    doc.text(call.text, call.x, call.y, { align: call.align as 'left' | undefined, lineHeightFactor: LINE_HEIGHT_FACTOR });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function measure(run: () => Promise<Uint8Array> | Uint8Array): Promise<{ wall: number; cpu: number; bytes: number }> {
  await run(); // warm up: module loading and JIT are not what is measured
  const walls: number[] = [];
  const cpus: number[] = [];
  let bytes = 0;
  for (let index = 0; index < RUNS; index += 1) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    bytes = (await run()).length;
    walls.push(performance.now() - start);
    cpus.push(cpuMs(cpu));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { wall: median(walls), cpu: median(cpus), bytes };
}

const fonts = readReportFontFiles();
for (const count of [40, 400]) {
  const input = largeInput(count);
  recording = [];
  await buildReport(input, { fonts });
  const calls = recording;
  recording = null;
  const report = await measure(() => buildReport(input, { fonts }));
  const bare = await measure(() => bareJsPdf(calls, fonts));
  const standard = await measure(() => bareJsPdf(calls, null));
  const line = (name: string, m: { wall: number; cpu: number; bytes: number }) =>
    `  ${name.padEnd(34)} ${m.wall.toFixed(0).padStart(5)} ms wall  ${m.cpu.toFixed(0).padStart(5)} ms CPU  ${(m.bytes / 1024).toFixed(0).padStart(5)} KB`;
  console.log(`${count} questions (${calls.length} text calls), median of ${RUNS}:`);
  console.log(line('buildReport', report));
  console.log(line('bare jsPDF, same text, DejaVu', bare));
  console.log(line('bare jsPDF, same text, Helvetica', standard));
  console.log(`  ratio to bare jsPDF (DejaVu): ${(report.wall / bare.wall).toFixed(2)}× wall, ${(report.cpu / bare.cpu).toFixed(2)}× CPU`);
}
