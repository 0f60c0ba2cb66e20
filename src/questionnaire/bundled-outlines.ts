import { outlines } from 'virtual:questionnaire-loaders';
import type { SectionOutline } from './section-outline.ts';

const loaded = new Map<string, SectionOutline>();
const keyOf = (id: string, sectionId: string, page: number) => JSON.stringify([id, sectionId, page]);

/**
 * The loader of one page's outline of a bundled questionnaire, if there is
 * one (ids from storage or a link: inherited names are not). The boot entry
 * calls it too, to start the download early: this file imports nothing but
 * the loaders, and vite.config.ts keeps it in the boot chunk.
 */
export function outlineLoader(id: string, sectionId: string, page: number): (() => Promise<{ default: SectionOutline }>) | undefined {
  if (!Object.hasOwn(outlines, id)) return undefined;
  const sections = outlines[id];
  if (!sections || !Object.hasOwn(sections, sectionId)) return undefined;
  return Number.isInteger(page) && page >= 1 ? sections[sectionId]?.[page - 1] : undefined;
}

/** A page's outline (section-outline.ts), for the first paint of a cold link to it; null when there is none. */
export async function loadBundledOutline(id: string, sectionId: string, page: number): Promise<SectionOutline | null> {
  const load = outlineLoader(id, sectionId, page);
  if (!load) return null;
  const outline = (await load()).default;
  loaded.set(keyOf(id, sectionId, page), outline);
  return outline;
}

/** The outline if it has already arrived. */
export function loadedBundledOutline(id: string, sectionId: string, page: number): SectionOutline | undefined {
  return loaded.get(keyOf(id, sectionId, page));
}
