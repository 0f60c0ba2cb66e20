import { describeCounts } from '../questionnaire/answer-counts.ts';
import type { Band } from '../questionnaire/schema.ts';
import type { SectionResult } from '../scoring/types.ts';
import { roundScore } from '../scoring/round-score.ts';

const ROW = 34;
const LABEL_WIDTH = 260;
const BAR_WIDTH = 400;
const SCORE_WIDTH = 60;

/**
 * Section scores as horizontal bars, with the band thresholds marked. The
 * SVG is decorative for assistive technology: the table beside it carries
 * the same numbers, and is what prints and what a phone shows: the chart
 * scaled to a phone's width would make its labels too small to read.
 */
export function SectionChart({ sections, bands, caption }: { sections: SectionResult[]; bands: readonly Band[]; caption: string }) {
  const shown = sections.filter((section) => section.visible);
  const height = shown.length * ROW + 24;
  const thresholds = bands.map((band) => band.from).filter((from) => from > 0);
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + SCORE_WIDTH} ${height}`}
        width="100%"
        aria-hidden="true"
        focusable="false"
        className="chart-svg"
      >
        {shown.map((section, index) => {
          const y = index * ROW + 4;
          const width = section.score === null ? 0 : (BAR_WIDTH * section.score) / 100;
          return (
            <g key={section.id}>
              <text x={LABEL_WIDTH - 10} y={y + 19} textAnchor="end" className="chart-label">
                {section.title.length > 34 ? `${section.title.slice(0, 33)}…` : section.title}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={BAR_WIDTH} height={ROW - 12} className="chart-track" />
              <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 12} className="chart-bar" />
              <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={y + 19} className="chart-value">
                {section.score !== null ? roundScore(section.score) : section.assessed ? 'n/a' : 'not assessed'}
              </text>
            </g>
          );
        })}
        {thresholds.map((value) => (
          <line
            key={value}
            x1={LABEL_WIDTH + (BAR_WIDTH * value) / 100}
            x2={LABEL_WIDTH + (BAR_WIDTH * value) / 100}
            y1={0}
            y2={height - 18}
            className="chart-threshold"
          />
        ))}
        {[0, ...thresholds, 100].map((value) => (
          <text key={`tick-${value}`} x={LABEL_WIDTH + (BAR_WIDTH * value) / 100} y={height - 4} textAnchor="middle" className="chart-tick">
            {value}
          </text>
        ))}
      </svg>
      {/* Hidden by its wrapper: a table cannot be narrower than its words, so hiding the table itself left it widening the page. */}
      <div className="chart-table-wrap">
        <table className="table chart-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Score (0–100)</th>
              <th scope="col">Weight</th>
              <th scope="col">Questions</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((section) => (
              <tr key={section.id}>
                <th scope="row">{section.title}</th>
                <td>{section.score !== null ? roundScore(section.score) : section.assessed ? 'Not scored' : 'Not assessed'}</td>
                <td>{section.weight}</td>
                <td>{describeCounts(section.counts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
