import { jsPDF } from 'jspdf';
import type { Questionnaire } from '../questionnaire/model.ts';
import { roundScore } from '../scoring/round-score.ts';
import type { AssessmentResult } from '../scoring/types.ts';
import { commitmentFor } from '../storage/action-commitments.ts';
import type { Assessment } from '../storage/assessment.ts';
import { formatDateTime, formatIsoDate } from './format-date.ts';
import { frameFor, type Layout } from './page-layout.ts';
import { registerFonts } from './register-fonts.ts';
import type { PublicSummaryOptions, ReportDeps, ReportInput } from './report-types.ts';
import { drawLines, wrapFor } from './text-block.ts';
import { COLOR, lineHeight, TYPE, type TextStyle } from './theme.ts';
import { clipText } from '../questionnaire/wording.ts';

export const PUBLIC_SUMMARY_KIND = 'Ethical impact assessment: public summary';

/** One safeguard in place: a must-have met, in the questionnaire's words. */
export interface Safeguard {
  name: string;
  answer: string;
}

/** Open actions in one area (section) of the assessment. */
export interface OpenArea {
  area: string;
  open: number;
  urgent: number;
}

export interface PublicSummary {
  verdict: string;
  meaning: string;
  assessed: string[];
  safeguards: Safeguard[];
  openAreas: OpenArea[];
}

/**
 * What a team can show outside: the verdict, what was assessed, the must-haves
 * in place and how many actions are still open in each area. Never notes,
 * reasons, owners or dates: those are the team's working papers.
 */
export function publicSummaryOf(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers' | 'actionPlan'>,
  result: AssessmentResult,
): PublicSummary {
  const flagged = new Set([
    ...result.redFlags.map((flag) => flag.questionId),
    ...result.pendingMustHaves.map((pending) => pending.questionId),
  ]);
  const shown = new Map(result.questions.map((question) => [question.id, question]));
  const safeguards = questionnaire.sections
    .flatMap((section) => section.questions)
    .filter((question) => question.mustHave && shown.has(question.id) && !flagged.has(question.id))
    .flatMap((question) => {
      const labels = shown.get(question.id)?.answerLabels;
      return labels && labels.length > 0 ? [{ name: question.mustHave?.name ?? question.text, answer: labels.join('; ') }] : [];
    });
  const areas = new Map<string, OpenArea>();
  for (const item of result.actionPlan) {
    const state = commitmentFor(
      assessment.actionPlan,
      item.id,
      item.questions.map((question) => question.questionId),
    ).state;
    if (state === 'done' || state === 'not-needed') continue;
    const title = result.sections.find((section) => section.id === item.sectionId)?.title ?? item.sectionId;
    const area = areas.get(title) ?? { area: title, open: 0, urgent: 0 };
    area.open += 1;
    if (item.priority === 'high') area.urgent += 1;
    areas.set(title, area);
  }
  const scored = result.sections.filter((section) => section.visible && section.weight > 0);
  return {
    verdict: result.score === null ? 'No score' : `${result.band?.label ?? 'No band'}: ${roundScore(result.score)} out of 100`,
    meaning: result.band?.meaning ?? 'Every scored question is hidden or not applicable, so there is nothing to score.',
    assessed: scored.map((section) =>
      section.score === null ? `${section.title}: not scored` : `${section.title}: ${roundScore(section.score)} / 100`,
    ),
    safeguards,
    openAreas: result.sections.flatMap((section) => areas.get(section.title) ?? []),
  };
}

interface Block {
  lines: string[];
  style: TextStyle;
  after: number;
}

const H = { size: 11.5, bold: true, color: COLOR.accent } satisfies TextStyle;

function blockHeight(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + block.lines.length * lineHeight(block.style.size) + block.after, 0);
}

function list(doc: jsPDF, width: number, items: readonly string[], limit: number, more: (hidden: number) => string): Block[] {
  const kept = items.slice(0, limit);
  const hidden = items.length - kept.length;
  const lines = [...kept.map((item) => `• ${item}`), ...(hidden > 0 ? [more(hidden)] : [])];
  return lines.map((line, index) => ({
    lines: wrapFor(doc, TYPE.body, line, width),
    style: TYPE.body,
    after: index === lines.length - 1 ? 10 : 1.5,
  }));
}

/** The summary as blocks, its lists cut (and "and N more" said) until the page holds them. */
function layoutSummary(doc: jsPDF, width: number, room: number, input: ReportInput, options: PublicSummaryOptions): Block[] {
  const { questionnaire, assessment, result } = input;
  const summary = publicSummaryOf(questionnaire, assessment, result);
  const context = assessment.context;
  const heading = (text: string): Block => ({ lines: wrapFor(doc, H, text, width), style: H, after: 4 });
  const para = (text: string, style: TextStyle = TYPE.body, after = 8): Block => ({
    lines: wrapFor(doc, style, text, width),
    style,
    after,
  });
  const who = [
    context.organisation.trim(),
    options.includeNames ? [context.assessorName, context.assessorRole].filter((part) => part.trim()).join(', ') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const safeguards = summary.safeguards.map((safeguard) => `${safeguard.name}: ${safeguard.answer}`);
  const areas = summary.openAreas.map(
    (area) => `${area.area}: ${area.open} open${area.urgent > 0 ? ` (${area.urgent} high priority)` : ''}`,
  );
  for (let limit = Math.max(safeguards.length, areas.length, 1); ; limit -= 1) {
    const blocks: Block[] = [
      { lines: wrapFor(doc, TYPE.title, clipText(context.project, 120), width).slice(0, 3), style: { ...TYPE.title, size: 20 }, after: 4 },
      ...(who ? [para(clipText(who, 300), { size: 11, color: COLOR.muted }, 6)] : []),
      para(clipText(context.description, 400), TYPE.body, 10),
      heading('Verdict'),
      para(summary.verdict, { size: 13, bold: true }, 2),
      para(summary.meaning, TYPE.body, 10),
      heading('What was assessed'),
      para(
        `${questionnaire.title}, version ${questionnaire.version}: ${summary.assessed.length} areas, assessed on ${formatIsoDate(context.date)}.`,
        TYPE.body,
        3,
      ),
      ...list(doc, width, summary.assessed, Math.max(limit, 4), (hidden) => `and ${hidden} more`),
      heading('Must-have safeguards in place'),
      ...(safeguards.length === 0
        ? [para('None of the must-have safeguards is in place yet.')]
        : list(doc, width, safeguards, limit, (hidden) => `and ${hidden} more must-haves met`)),
      heading('Open actions by area'),
      ...(areas.length === 0
        ? [para('No action is open.')]
        : list(doc, width, areas, limit, (hidden) => `and open actions in ${hidden} more areas`)),
    ];
    if (blockHeight(blocks) <= room || limit <= 1) return blocks;
  }
}

/**
 * A one-page public summary (for customers or a transparency page): verdict,
 * what was assessed, the safeguards in place and the open actions by area.
 * It leaves out notes, reasons, owners and dates, and names people only when
 * the team asks for it. Data in, bytes out, like the full report.
 */
export function buildPublicSummary(input: ReportInput, deps: ReportDeps, options: PublicSummaryOptions): Uint8Array {
  const paper = input.paper ?? 'a4';
  // One page with no running header or footer rule: the text may use the page down to the footnote.
  const frame = { ...frameFor(paper), bottom: frameFor(paper).pageHeight - 24 };
  const doc = new jsPDF({ unit: 'pt', format: paper, compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, deps.fonts);
  doc.setCreationDate(input.generatedAt);
  const title = `${PUBLIC_SUMMARY_KIND}: ${input.assessment.context.project}`;
  doc.setProperties({
    title,
    subject: `${input.questionnaire.title} (${input.questionnaire.id}@${input.questionnaire.version})`,
    creator: 'Oversight',
  });
  doc.setLanguage(input.questionnaire.language as Parameters<jsPDF['setLanguage']>[0]);
  doc.viewerPreferences({ DisplayDocTitle: true });
  doc.setFillColor(...COLOR.accent);
  doc.rect(0, 0, frame.pageWidth, 8, 'F');
  const layout: Layout = { doc, frame, y: 48 };
  drawLines(layout, [PUBLIC_SUMMARY_KIND.toUpperCase()], { ...TYPE.label, color: COLOR.accent, size: 9 }, { after: 12 });
  const footer =
    `Made with Oversight on ${formatDateTime(input.generatedAt, input.timeZone)} from ${input.questionnaire.id} version ${input.questionnaire.version}. ` +
    'A summary for the public: the full report, with every answer and the evidence, is kept by the team.';
  const footerLines = wrapFor(doc, TYPE.small, footer, frame.width);
  const footerTop = frame.pageHeight - 36 - footerLines.length * lineHeight(TYPE.small.size);
  for (const block of layoutSummary(doc, frame.width, footerTop - 10 - layout.y, input, options))
    drawLines(layout, block.lines, block.style, { after: block.after });
  layout.y = footerTop;
  drawLines(layout, footerLines, TYPE.small);
  return new Uint8Array(doc.output('arraybuffer'));
}
