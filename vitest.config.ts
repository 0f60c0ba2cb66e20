import { defineConfig } from 'vitest/config';
import { questionnairesPlugin } from './scripts/vite-plugin-questionnaires.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Component tests render screens in a simulated browser, with the
        // bundled questionnaires served as in the app.
        plugins: [questionnairesPlugin('questions')],
        test: {
          name: 'components',
          include: ['src/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['./vitest.component-setup.ts'],
        },
      },
    ],
  },
});
