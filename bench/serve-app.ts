import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

/** The bare page typing is compared with: one text area and nothing else. */
export const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Typing floor</title></head>
<body><label for="notes">Notes or evidence (optional)</label><textarea id="notes" rows="2"></textarea></body>
</html>
`;

/**
 * Builds the app the way `npm run build` does, with the generated
 * questionnaires bundled beside questions/, into `outDir`.
 */
export async function buildApp(extraQuestions: string, outDir: string): Promise<void> {
  const previous = process.env.OVERSIGHT_EXTRA_QUESTIONS;
  process.env.OVERSIGHT_EXTRA_QUESTIONS = extraQuestions;
  try {
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: resolve(outDir), emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.OVERSIGHT_EXTRA_QUESTIONS;
    else process.env.OVERSIGHT_EXTRA_QUESTIONS = previous;
  }
  writeFileSync(join(outDir, FLOOR_PAGE), FLOOR_HTML);
}

export interface Served {
  /** With a trailing slash, such as http://127.0.0.1:41234/ */
  baseUrl: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves a built folder on 127.0.0.1 with Vite's preview server, on a free port. */
export async function serveBuild(outDir: string): Promise<Served> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: process.cwd(),
    base: './',
    logLevel: 'warn',
    build: { outDir: resolve(outDir) },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address !== 'object') throw new Error('the preview server is not listening');
  const origin = `http://127.0.0.1:${address.port}`;
  return { baseUrl: `${origin}/`, origin, close: () => server.close() };
}
