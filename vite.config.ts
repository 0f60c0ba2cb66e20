import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { questionnairesPlugin } from './scripts/vite-plugin-questionnaires.ts';

// Relative base: the built app works from any static host path, or a file share.
export default defineConfig({
  base: './',
  plugins: [react(), questionnairesPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
