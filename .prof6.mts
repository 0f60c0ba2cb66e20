import { buildReport } from './src/report/build-report.ts';
import { readReportFontFiles } from './src/report/load-fonts-node.ts';
import { largeInput } from './src/report/test-fixtures.ts';
const fonts = readReportFontFiles();
for (const n of [40, 400]) { const input = largeInput(n); const ts: number[] = [];
for (let i = 0; i < 7; i++) { const t0 = performance.now(); await buildReport(input, { fonts }); ts.push(performance.now()-t0); }
ts.sort((a,b)=>a-b); console.log(n, ts.map(t=>t.toFixed(0)).join(' ')); }
