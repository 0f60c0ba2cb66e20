import type { Plugin } from 'vite';

type Bundle = NonNullable<Parameters<Extract<NonNullable<Plugin['generateBundle']>, (...args: never[]) => unknown>>[1]>;
type Output = Bundle[string];
type Chunk = Extract<Output, { type: 'chunk' }>;

const isChunk = (output: Output | undefined): output is Chunk => output?.type === 'chunk';

/**
 * The files `entry` needs before it can run: its chunk, every chunk it
 * imports statically (transitively), and their CSS, biggest first.
 */
export function filesNeededBy(bundle: Bundle, entry: string): { scripts: string[]; styles: string[] } {
  const root = Object.values(bundle).find((output) => isChunk(output) && output.facadeModuleId?.endsWith(entry));
  if (!isChunk(root)) throw new Error(`oversight-preload-app: no chunk is built from ${entry}`);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (scripts.has(fileName) || !isChunk(chunk)) return;
    scripts.add(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    chunk.imports.forEach(visit);
  };
  visit(root.fileName);
  const size = (fileName: string) => {
    const chunk = bundle[fileName];
    return isChunk(chunk) ? chunk.code.length : 0;
  };
  return { scripts: [...scripts].sort((a, b) => size(b) - size(a)), styles: [...styles] };
}

/**
 * The boot entry loads the app with a dynamic import, so that it can start
 * the screen's own chunk and questionnaire at the same moment rather than
 * after React has run (src/app/boot.ts). A dynamic import is invisible to the
 * browser's preload scanner, though: without help the app's chunks would be
 * requested only once the entry had arrived and run. This lists them in
 * index.html as `modulepreload` links (and the app's CSS as a stylesheet), so
 * they download from the moment the HTML is parsed.
 */
export function preloadAppPlugin(entry: string): Plugin {
  return {
    name: 'oversight-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const { scripts: needed, styles } = filesNeededBy(bundle, entry);
        // Vite has already linked the entry's own static imports.
        const scripts = needed.filter((href) => !html.includes(`"./${href}"`));
        return [
          ...styles.map((href) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const,
          })),
          ...scripts.map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${href}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
