import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { questionnairesPlugin } from './scripts/vite-plugin-questionnaires.ts';

// `OVERSIGHT_EXTRA_QUESTIONS=<dir>` bundles a second folder of questionnaires
// beside questions/: the benchmark builds its generated ones this way.
const extraQuestions = process.env.OVERSIGHT_EXTRA_QUESTIONS;

// Relative base: the built app works from any static host path, or a file share.
export default defineConfig({
  base: './',
  plugins: [react(), questionnairesPlugin('questions', extraQuestions ? [extraQuestions] : [])],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
