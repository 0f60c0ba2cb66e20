import type { Band } from '../../questionnaire/schema.ts';
import type { ComparedRound, SectionSeries } from '../../compare/rounds-compare.ts';
import { ScrollBox } from './scroll-box.tsx';
import { clipText } from '../../questionnaire/wording.ts';

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { left: 40, right: 170, top: 16, bottom: 40 };
const LINE_CLASSES = ['series-1', 'series-2', 'series-3', 'series-4', 'series-5', 'series-6'];

/** A score in this round, or a gap in the line when the section had none. */
function pointsOf(values: readonly (number | null)[], x: (index: number) => number, y: (score: number) => number): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length > 0) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(index)},${y(value)}`);
  });
  if (run.length > 0) runs.push(run.join(' '));
  return runs;
}

/**
 * The overall score and each section's score over the rounds, as lines on
 * the band zones. Decorative for assistive technology: the table beside it
 * carries every number and band, and is what a phone and a printout show.
 */
export function RoundsChart({
  rounds,
  sections,
  bands,
}: {
  rounds: readonly ComparedRound[];
  sections: readonly SectionSeries[];
  bands: readonly Band[];
}) {
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (rounds.length === 1 ? plotWidth / 2 : (plotWidth * index) / (rounds.length - 1));
  const y = (score: number) => PAD.top + plotHeight * (1 - score / 100);
  const lines = [
    { id: 'overall', title: 'Overall', values: rounds.map((round) => round.score), className: 'series-overall' },
    ...sections.map((section, index) => ({
      id: section.id,
      title: `${section.number}. ${section.title}`,
      values: section.points.map((point) => point.score),
      className: LINE_CLASSES[index % LINE_CLASSES.length] ?? 'series-1',
    })),
  ];
  return (
    <figure className="chart rounds-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" aria-hidden="true" focusable="false" className="chart-svg">
        {bands
          .filter((band) => band.from > 0)
          .map((band) => (
            <g key={band.label}>
              <line x1={PAD.left} x2={PAD.left + plotWidth} y1={y(band.from)} y2={y(band.from)} className="chart-threshold" />
              <text x={PAD.left - 6} y={y(band.from) + 4} textAnchor="end" className="chart-tick">
                {band.from}
              </text>
            </g>
          ))}
        <line x1={PAD.left} x2={PAD.left + plotWidth} y1={y(0)} y2={y(0)} className="chart-axis" />
        {[0, 100].map((value) => (
          <text key={`tick-${value}`} x={PAD.left - 6} y={y(value) + 4} textAnchor="end" className="chart-tick">
            {value}
          </text>
        ))}
        {rounds.map((round, index) => (
          <text key={round.id} x={x(index)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" className="chart-tick">
            {round.label}
          </text>
        ))}
        {lines.map((line) => (
          <g key={line.id} className={`chart-series ${line.className}`}>
            {pointsOf(line.values, x, y).map((points) => (
              <polyline key={points} points={points} fill="none" />
            ))}
            {line.values.map((value, index) =>
              value === null ? null : (
                <circle key={`${line.id}-${index}`} cx={x(index)} cy={y(value)} r={line.id === 'overall' ? 4.5 : 3} />
              ),
            )}
          </g>
        ))}
        {lines.map((line, index) => (
          <g key={`legend-${line.id}`} className={`chart-series ${line.className}`}>
            <line x1={WIDTH - PAD.right + 14} x2={WIDTH - PAD.right + 30} y1={PAD.top + 6 + index * 18} y2={PAD.top + 6 + index * 18} />
            <text x={WIDTH - PAD.right + 36} y={PAD.top + 10 + index * 18} className="chart-label chart-legend">
              {clipText(line.title, 20)}
            </text>
          </g>
        ))}
      </svg>
      <ScrollBox className="chart-table-wrap rounds-table-wrap" label="Scores of each round">
        <table className="table chart-table">
          <caption>Score (out of 100) and band of each section in each round</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              {rounds.map((round) => (
                <th scope="col" key={round.id}>
                  {round.label}
                  <span className="block small muted">{round.date}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Overall</th>
              {rounds.map((round) => (
                <td key={round.id}>
                  {round.score ?? 'Not scored'}
                  {round.band && <span className="block small">{round.band}</span>}
                  {round.isDraft && <span className="block small muted">draft</span>}
                </td>
              ))}
            </tr>
            {sections.map((section) => (
              <tr key={section.id}>
                <th scope="row">
                  {section.number}. {section.title}
                </th>
                {section.points.map((point) => (
                  <td key={point.roundId}>
                    {point.score ?? 'Not scored'}
                    {point.band && <span className="block small">{point.band}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </figure>
  );
}
