import { describe, expect, it } from 'vitest';
import { filesNeededBy } from './vite-plugin-preload-app.ts';

type Bundle = Parameters<typeof filesNeededBy>[0];

function chunk(fileName: string, code: string, imports: string[], facadeModuleId: string | null = null, css: string[] = []) {
  return { type: 'chunk', fileName, code, imports, facadeModuleId, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } };
}

describe('filesNeededBy', () => {
  const bundle = {
    'assets/main.js': chunk('assets/main.js', 'm', ['assets/react.js', 'assets/core.js'], '/repo/src/app/main.tsx', ['assets/main.css']),
    'assets/react.js': chunk('assets/react.js', 'r'.repeat(100), []),
    'assets/core.js': chunk('assets/core.js', 'c'.repeat(10), ['assets/react.js']),
    'assets/report.js': chunk('assets/report.js', 'p'.repeat(1000), ['assets/core.js']),
    'assets/main.css': { type: 'asset', fileName: 'assets/main.css' },
  } as unknown as Bundle;

  it('lists the entry and its static imports, transitively and once each, biggest first, with their CSS', () => {
    expect(filesNeededBy(bundle, 'src/app/main.tsx')).toEqual({
      scripts: ['assets/react.js', 'assets/core.js', 'assets/main.js'],
      styles: ['assets/main.css'],
    });
  });

  it('fails the build, naming the entry, when no chunk is built from it', () => {
    expect(() => filesNeededBy(bundle, 'src/app/missing.tsx')).toThrow('no chunk is built from src/app/missing.tsx');
  });
});
