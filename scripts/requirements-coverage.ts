import { readFileSync } from 'node:fs';
import { formatPath } from '../src/questionnaire/format-path.ts';
import type { Questionnaire } from '../src/questionnaire/model.ts';
import { parseQuestionnaireYaml } from '../src/questionnaire/parse-questionnaire-yaml.ts';
import {
  checkRequirements,
  coverageTable,
  parseRequirementsData,
  type CoverageTable,
  type RequirementsMap,
} from '../src/questionnaire/requirements.ts';
import { readYamlSource } from '../src/questionnaire/yaml-source.ts';

export const REQUIREMENTS_PATH = 'questions/requirements.yaml';
export const QUESTIONNAIRE_PATH = 'questions/launch-ethics.yaml';
export const COVERAGE_DOC_PATH = 'docs/coverage.md';

export type CoverageLoad =
  | { ok: true; map: RequirementsMap; questionnaire: Questionnaire; table: CoverageTable; problems: string[] }
  | { ok: false; problems: string[] };

function readText(file: string): { text: string } | { problem: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { problem: `${file}:1: (root): cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

/**
 * Reads the requirements map and the questionnaire (with the real parser),
 * and cross-checks them. Every problem is a `file:line: path: message` line;
 * `ok` is false when the table cannot be made at all.
 */
export async function loadCoverage(requirementsPath = REQUIREMENTS_PATH, questionnairePath = QUESTIONNAIRE_PATH): Promise<CoverageLoad> {
  const requirementsText = readText(requirementsPath);
  const questionnaireText = readText(questionnairePath);
  if ('problem' in requirementsText || 'problem' in questionnaireText) {
    return { ok: false, problems: [requirementsText, questionnaireText].flatMap((read) => ('problem' in read ? [read.problem] : [])) };
  }
  const read = readYamlSource(requirementsText.text);
  if (!read.ok) {
    return { ok: false, problems: read.issues.map((issue) => `${requirementsPath}:${issue.line}: (root): ${issue.message}`) };
  }
  const parsed = parseRequirementsData(read.source.data);
  if (!parsed.ok) {
    const located = parsed.issues.map((issue) => ({ ...issue, line: read.source.lineOf(issue.path) }));
    located.sort((a, b) => a.line - b.line);
    return {
      ok: false,
      problems: located.map((issue) => `${requirementsPath}:${issue.line}: ${formatPath(issue.path)}: ${issue.message}`),
    };
  }
  const questionnaire = await parseQuestionnaireYaml(questionnaireText.text);
  if (!questionnaire.ok) {
    const problems = questionnaire.issues.map((issue) => `${questionnairePath}:${issue.line}: ${formatPath(issue.path)}: ${issue.message}`);
    return { ok: false, problems: [...problems, `${questionnairePath}: invalid questionnaire; run npm run questions:check`] };
  }
  // The questionnaire parsed, so its YAML reads: this is only for line numbers.
  const questionnaireLines = readYamlSource(questionnaireText.text);
  const problems = checkRequirements(parsed.map, questionnaire.questionnaire).map((problem) => {
    const [file, line] =
      problem.file === 'requirements'
        ? [requirementsPath, read.source.lineOf(problem.path)]
        : [questionnairePath, questionnaireLines.ok ? questionnaireLines.source.lineOf(problem.path) : 1];
    return `${file}:${line}: ${formatPath(problem.path)}: ${problem.message}`;
  });
  const table = coverageTable(parsed.map, questionnaire.questionnaire);
  return { ok: true, map: parsed.map, questionnaire: questionnaire.questionnaire, table, problems };
}

const STATUS_WORDS = { full: 'full', partial: 'partial', 'out-of-scope': 'out of scope', none: 'not covered' } as const;

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((100 * part) / whole)}%`;
}

function questionList(row: CoverageTable['requirements'][number]): string {
  return row.questions.map((question) => `${question.number ?? '?'} ${question.id}`).join(', ');
}

/** The coverage table as plain text for the terminal: per source, a total, then what is not fully covered. */
export function coverageText(table: CoverageTable, questionnaire: Questionnaire): string {
  const header = ['Source', 'Requirements', 'Full', 'Partial', 'Out of scope', 'Full %'];
  const line = (name: string, row: CoverageTable['total']) => [
    name,
    String(row.total),
    String(row.full),
    String(row.partial),
    String(row.outOfScope),
    percent(row.full, row.total),
  ];
  const rows = [header, ...table.sources.map((row) => line(row.source, row)), line('Total', table.total)];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const render = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const body = rows.map(render);
  const notFull = table.requirements.filter((row) => row.status !== 'full');
  const statusWidth = Math.max(...notFull.map((row) => STATUS_WORDS[row.status].length), 0);
  const list = notFull.map((row) => {
    const what = row.status === 'partial' ? `questions ${questionList(row)}` : (row.outOfScope ?? 'no questions and no reason');
    return `  ${STATUS_WORDS[row.status].padEnd(statusWidth)}  ${row.id} (${row.source}): ${what}`;
  });
  return [
    `Coverage of ${table.total.total} requirements by ${questionnaire.id}@${questionnaire.version}`,
    '',
    body[0],
    rule,
    ...body.slice(1, -1),
    rule,
    body.at(-1),
    '',
    `Not fully covered (${notFull.length}):`,
    ...(list.length > 0 ? list : ['  none']),
  ].join('\n');
}

const START = '<!-- coverage:start (generated by `npm run questions:coverage -- --markdown`, from questions/requirements.yaml) -->';
const END = '<!-- coverage:end -->';

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The coverage table as Markdown, between the markers that `docs/coverage.md` keeps it in. */
export function coverageMarkdown(table: CoverageTable, questionnaire: Questionnaire): string {
  const sourceRows = table.sources.map((row) => {
    const name = row.url ? `[${row.source}](${row.url})` : row.source;
    return `| ${name} | ${cell(row.title)} | ${row.total} | ${row.full} | ${row.partial} | ${row.outOfScope} |`;
  });
  const t = table.total;
  const requirementRows = table.requirements.map(
    (row) =>
      `| ${row.id} | ${row.source} | ${STATUS_WORDS[row.status]} | ${cell(row.questions.map((q) => q.number ?? `? ${q.id}`).join(', '))} |`,
  );
  const notFull = table.requirements
    .filter((row) => row.status !== 'full')
    .map((row) => {
      const why =
        row.status === 'partial'
          ? `Partly covered by ${questionList(row)}.`
          : row.status === 'out-of-scope'
            ? `Out of scope: ${row.outOfScope ?? ''}`
            : 'Not covered: no questions and no reason.';
      return `- **${row.id}** (${row.source}): ${cell(row.text)} — ${cell(why)}`;
    });
  return [
    START,
    `For *${questionnaire.title}* (\`${questionnaire.id}@${questionnaire.version}\`): ${t.total} requirements, ${t.full} fully covered, ${t.partial} partly, ${t.outOfScope} out of scope.`,
    '',
    '| Source | What it is | Requirements | Full | Partial | Out of scope |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...sourceRows,
    `| **Total** | | ${t.total} | ${t.full} | ${t.partial} | ${t.outOfScope} |`,
    '',
    `### Not fully covered (${notFull.length})`,
    '',
    ...(notFull.length > 0 ? notFull : ['None.']),
    '',
    '### Every requirement',
    '',
    '| Requirement | Source | Coverage | Questions |',
    '| --- | --- | --- | --- |',
    ...requirementRows,
    END,
  ].join('\n');
}

const NEW_DOC = `# Requirements coverage

What the default checklist is grounded in, and how far its questions cover each source. The map is
\`questions/requirements.yaml\`; \`npm run questions:coverage\` checks it, and
\`npm run questions:coverage -- --markdown\` rewrites the part below. A unit test fails when this page and
the files disagree. Why the map exists: \`docs/decisions/008-requirements-map.md\`.

${START}
${END}
`;

/** The coverage document with its generated part replaced; a missing document (`null`) is started afresh. */
export function coverageDocument(current: string | null, markdown: string): string {
  const doc = current ?? NEW_DOC;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${COVERAGE_DOC_PATH} has no ${START} … ${END} markers`);
  return doc.slice(0, start) + markdown + doc.slice(end + END.length);
}
