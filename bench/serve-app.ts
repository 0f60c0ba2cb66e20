import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

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

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

interface ServedFile {
  type: string;
  raw: Buffer;
  gzip: Buffer;
}

function filesUnder(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(root, path) : [path];
  });
}

/**
 * Serves a built folder on 127.0.0.1, on a free port, the way a static host
 * serves a deployed app: every file compressed once, ahead of time (gzip -9,
 * the level the byte counts use), and sent gzipped to a browser that accepts
 * it. Vite's preview server compresses each response anew on the one Node
 * thread, which on two cores takes CPU from the browser being measured.
 */
export async function serveBuild(outDir: string): Promise<Served> {
  const root = resolve(outDir);
  const files = new Map<string, ServedFile>();
  for (const path of filesUnder(root)) {
    const raw = readFileSync(join(root, path));
    files.set(`/${path}`, { type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', raw, gzip: gzipSync(raw, { level: 9 }) });
  }
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = files.get(pathname === '/' ? '/index.html' : pathname);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'content-type': 'text/plain' }).end(file ? 'method not allowed' : 'not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzip : file.raw;
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address() as AddressInfo | null;
  if (!address || typeof address !== 'object') throw new Error('the bench server is not listening');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    baseUrl: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
