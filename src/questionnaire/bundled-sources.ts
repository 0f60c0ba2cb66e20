import { sources } from 'virtual:questionnaire-sources';

/** A bundled questionnaire's file text, as written; null when there is no such id. Its own chunk, fetched on demand. */
export async function loadBundledSource(id: string): Promise<string | null> {
  if (!Object.hasOwn(sources, id)) return null;
  const load = sources[id];
  return typeof load === 'function' ? (await load()).default : null;
}
