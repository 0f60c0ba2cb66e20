import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const reactPackages = ['react', 'react-dom', 'react-dom/*', 'react-hook-form', '@hookform/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'bench/.scratch', 'bench/.generated', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/features/**/*.ts', 'src/components/**/*.ts', 'src/app/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The core knows nothing of React or of the screens built on it: it must
  // stay testable with plain data in and plain data out.
  {
    files: ['src/questionnaire/**', 'src/scoring/**', 'src/report/**', 'src/storage/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'react', message: 'The core (questionnaire, scoring, report, storage) must not import React.' }],
        patterns: [
          { group: reactPackages, message: 'The core (questionnaire, scoring, report, storage) must not import React or form libraries.' },
          { group: ['**/features/**', '**/components/**', '**/app/**'], message: 'Imports flow one way: the core must not import features, components or app.' },
        ],
      }],
    },
  },
  {
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Shared components must not import features or app.' }],
      }],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/app/**'], message: 'Features must not import app; app wires features together.' },
          { regex: '^\\.\\./(?!\\.)[^/]+/', message: 'Features never import each other: move shared code to components/ or the core.' },
        ],
      }],
    },
  },
);
