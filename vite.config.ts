import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { questionnairesPlugin } from './scripts/vite-plugin-questionnaires.ts';
import { preloadAppPlugin } from './scripts/vite-plugin-preload-app.ts';

// `OVERSIGHT_EXTRA_QUESTIONS=<dir>` bundles a second folder of questionnaires
// beside questions/: the benchmark builds its generated ones this way.
const extraQuestions = process.env.OVERSIGHT_EXTRA_QUESTIONS;

// Relative base: the built app works from any static host path, or a file share.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    questionnairesPlugin('questions', extraQuestions ? [extraQuestions] : []),
    preloadAppPlugin('src/app/main.tsx'),
    // The dev server injects CSS as <style> elements, which the CSP refuses;
    // the built app links its stylesheets, so only `npm run dev` needs this.
    {
      name: 'oversight-dev-inline-styles',
      apply: 'serve',
      transformIndexHtml: (html: string) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
    },
    // Offline after the first visit (docs/decisions/017-offline-service-worker.md):
    // every built file is precached, screens, report worker, PDF libraries and
    // fonts included, so a report can be made with the network cut.
    VitePWA({
      registerType: 'prompt',
      // The app registers it (src/app/service-worker-prompt.tsx): no injected script, inline or not.
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,ttf,json}'],
        // The PDF libraries are 450–580 KB each; the default limit is 2 MiB, kept with room.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    // Every supported browser preloads modules itself; the polyfill was 0.6 KB before the first question.
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    // jsPDF (with jspdf-autotable) and pdf-lib are 450–580 KB each, on purpose:
    // they load only in the report worker, never before the first question.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        // A few cacheable groups instead of a dozen tiny chunks: the first
        // question needs all three, and one request each beats a waterfall.
        // Screens, questionnaires and the report stay in chunks of their own.
        codeSplitting: {
          groups: [
            // The boot entry's own imports, and nothing they could drag in: a
            // higher priority keeps the core group from capturing them.
            {
              name: 'boot',
              priority: 2,
              test: /src[\\/](config[\\/]routes|app[\\/]pages|report[\\/]runtime[\\/]report-worker-start|storage[\\/]storage-keys|questionnaire[\\/]bundled-outlines)\.ts$|virtual:questionnaire-loaders/,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'forms',
              // react-hook-form and what runs it; a section page is drawn before it arrives (section-preview.tsx).
              test: /node_modules[\\/]react-hook-form[\\/]|src[\\/]components[\\/](use-zod-form|zod-resolver)\./,
            },
            {
              name: 'core',
              // Storage and questionnaire code every assessment screen needs; the
              // answers file (export and import) loads with the screens that use it,
              // a questionnaire's editable copy (with the YAML package) on demand, and
              // the person's own questionnaires (their store, the checker's worker glue)
              // with the first one asked for, and moving answers to another
              // questionnaire version when there is a move to make.
              test: /node_modules[\\/]zod[\\/]|src[\\/]storage[\\/](?!answers-file|slugify|plan-import|questionnaire-store|migrate-assessment|reconcile-with-questionnaire|continue-full-review)|src[\\/]questionnaire[\\/](?!annotate-questionnaire-yaml|questionnaire-copy|questionnaire-template|field-notes|bundled-sources|runtime[\\/])|src[\\/]state[\\/](assessment-repository|use-assessment|use-questionnaire|after-next-paint)\.|src[\\/]connected[\\/](assessment-frame|storage-warning|save-status)\.|src[\\/]components[\\/](page-heading|question-field|error-summary|field-error|focus-field|rich-text|text-field)\./,
            },
            // What draws a section page before its form arrives, in the page's
            // own chunk rather than one more request shared with the form.
            {
              name: 'section-page',
              test: /src[\\/]features[\\/]assessment[\\/](section-page|section-view|section-preview|section-navigation|preview-carry)\./,
            },
          ],
        },
      },
    },
  },
  // The report worker loads jsPDF and pdf-lib with dynamic imports, which
  // needs ES module workers (every browser the app supports has them).
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
