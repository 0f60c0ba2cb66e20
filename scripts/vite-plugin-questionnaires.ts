import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue, parseQuestionnaireBytes } from '../src/questionnaire/parse-questionnaire-yaml.ts';
import type { Questionnaire } from '../src/questionnaire/model.ts';
import { summarizeQuestionnaire } from '../src/questionnaire/summarize-questionnaire.ts';
import { outlinedPages, sectionOutline } from '../src/questionnaire/section-outline.ts';
import { isQuestionnaireFileName } from './questionnaire-files.ts';

const CATALOGUE_ID = 'virtual:questionnaires';
// The loaders alone, with no catalogue: the boot entry imports this, so it
// can start a questionnaire's download without pulling in anything else.
const LOADERS_ID = 'virtual:questionnaire-loaders';
const ONE_PREFIX = 'virtual:questionnaire/';
// Each file's text as written, comments and all, for "Start from a copy":
// a chunk per file, fetched only when a person asks for a copy.
const SOURCES_ID = 'virtual:questionnaire-sources';
const SOURCE_PREFIX = 'virtual:questionnaire-source/';
// One small chunk per page of each section: what a cold link to that page
// draws first (src/questionnaire/section-outline.ts). The name puts the
// questionnaire's id first, so the chunk's file says whose it is.
const OUTLINE_PREFIX = 'virtual:questionnaire-outline/';
const outlineModuleId = (id: string, sectionIndex: number, page: number) => `${OUTLINE_PREFIX}${id}--outline-${sectionIndex}-${page}`;
const OUTLINE_PATTERN = /^(.+)--outline-(\d+)-(\d+)$/;

/** `{ "<questionnaire>": { "<section>": [page 1's loader, …] } }`, as module source. */
function outlineLoaders(questionnaires: ReadonlyMap<string, Questionnaire>): string {
  const entries = [...questionnaires.values()].map((questionnaire) => {
    const sections = questionnaire.sections.map((section, sectionIndex) => {
      const pages = outlinedPages(questionnaire)
        .filter(({ sectionId }) => sectionId === section.id)
        .map(({ page }) => `() => import(${JSON.stringify(outlineModuleId(questionnaire.id, sectionIndex, page))})`);
      return `${JSON.stringify(section.id)}: [${pages.join(', ')}]`;
    });
    return `${JSON.stringify(questionnaire.id)}: {\n    ${sections.join(',\n    ')}\n  }`;
  });
  return `export const outlines = {\n  ${entries.join(',\n  ')}\n};\n`;
}

/** The outline module named by an id, or null. */
function outlineModule(questionnaires: ReadonlyMap<string, Questionnaire>, name: string): string | null {
  const match = OUTLINE_PATTERN.exec(name);
  const questionnaire = match ? questionnaires.get(match[1] ?? '') : undefined;
  const section = questionnaire?.sections[Number(match?.[2])];
  const outline = questionnaire && section ? sectionOutline(questionnaire, section.id, Number(match?.[3])) : null;
  return outline ? `export default JSON.parse(${JSON.stringify(JSON.stringify(outline))});\n` : null;
}

/**
 * Bundles questions/*.yaml (except the files in NOT_QUESTIONNAIRES, such as
 * the requirements map) as already-checked, normalised JSON. The YAML
 * parser and the checks run here, at build time, so they never reach the
 * browser for bundled questionnaires, and an invalid file stops the build
 * with the same `file:line: path: message` lines as `npm run questions:check`.
 * Each questionnaire is its own chunk; the home page only loads the catalogue.
 * `extraDirectories` adds more folders of questionnaires (the benchmark's
 * generated ones); each may be empty, and ids must be unique across all.
 */
export function questionnairesPlugin(directory = 'questions', extraDirectories: readonly string[] = []): Plugin {
  const directories = [directory, ...extraDirectories].map((folder) => ({ folder, root: resolve(folder) }));
  const roots = directories.map(({ root }) => root);
  let loaded = new Map<string, Questionnaire>();
  let sources = new Map<string, string>();

  async function loadAll(): Promise<{ problems: string[] }> {
    const problems: string[] = [];
    const next = new Map<string, Questionnaire>();
    const nextSources = new Map<string, string>();
    for (const [index, { folder, root }] of directories.entries()) {
      const files = readdirSync(root).filter(isQuestionnaireFileName).sort();
      for (const name of files) {
        const shown = join(folder, name);
        // The bytes, as `npm run questions:check` reads them: the same size limit and encoding checks.
        const bytes = readFileSync(join(root, name));
        const result = await parseQuestionnaireBytes(bytes);
        if (!result.ok) {
          problems.push(...result.issues.map((issue) => formatIssue(shown, issue)));
        } else if (next.has(result.questionnaire.id)) {
          const where = directories.map((entry) => `${entry.folder}/`).join(' or ');
          problems.push(`${shown}:1: id: "${result.questionnaire.id}" is already used by another file in ${where}`);
        } else {
          next.set(result.questionnaire.id, result.questionnaire);
          nextSources.set(result.questionnaire.id, new TextDecoder().decode(bytes));
        }
      }
      // Only the main folder must hold a questionnaire: the app needs one to start.
      if (index === 0 && files.length === 0) problems.push(`${folder}/: no questionnaire files`);
    }
    loaded = next;
    sources = nextSources;
    return { problems };
  }

  return {
    name: 'oversight-questionnaires',
    async buildStart() {
      const { problems } = await loadAll();
      for (const root of roots) {
        for (const name of readdirSync(root)) this.addWatchFile(join(root, name));
      }
      if (problems.length > 0) this.error(`invalid questionnaire:\n${problems.join('\n')}`);
    },
    resolveId(id) {
      if (
        id === CATALOGUE_ID ||
        id === LOADERS_ID ||
        id === SOURCES_ID ||
        id.startsWith(ONE_PREFIX) ||
        id.startsWith(SOURCE_PREFIX) ||
        id.startsWith(OUTLINE_PREFIX)
      ) {
        return `\0${id}`;
      }
      return null;
    },
    async load(id) {
      if (id === `\0${CATALOGUE_ID}`) {
        const catalogue = [...loaded.values()].map(summarizeQuestionnaire);
        return `export const catalogue = ${JSON.stringify(catalogue)};\nexport { loaders } from ${JSON.stringify(LOADERS_ID)};\n`;
      }
      if (id === `\0${LOADERS_ID}`) {
        const loaders = [...loaded.keys()]
          .map((key) => `${JSON.stringify(key)}: () => import(${JSON.stringify(ONE_PREFIX + key)})`)
          .join(',\n  ');
        return `export const loaders = {\n  ${loaders}\n};\n${outlineLoaders(loaded)}`;
      }
      if (id === `\0${SOURCES_ID}`) {
        const entries = [...sources.keys()]
          .map((key) => `${JSON.stringify(key)}: () => import(${JSON.stringify(SOURCE_PREFIX + key)})`)
          .join(',\n  ');
        return `export const sources = {\n  ${entries}\n};\n`;
      }
      if (id.startsWith(`\0${OUTLINE_PREFIX}`)) return outlineModule(loaded, id.slice(OUTLINE_PREFIX.length + 1));
      if (id.startsWith(`\0${SOURCE_PREFIX}`)) {
        const source = sources.get(id.slice(SOURCE_PREFIX.length + 1));
        return source === undefined ? null : `export default ${JSON.stringify(source)};\n`;
      }
      if (id.startsWith(`\0${ONE_PREFIX}`)) {
        const questionnaire = loaded.get(id.slice(ONE_PREFIX.length + 1));
        if (!questionnaire) return null;
        // JSON.parse of a string literal is faster for engines than a large object literal.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(questionnaire))});\n`;
      }
      return null;
    },
    async handleHotUpdate(context) {
      if (!roots.some((root) => context.file.startsWith(root))) return;
      const { problems } = await loadAll();
      if (problems.length > 0) {
        context.server.config.logger.error(`invalid questionnaire:\n${problems.join('\n')}`);
        return [];
      }
      context.server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
