import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The layers of src/ and the only directions imports may take between them,
// written once: docs/architecture.md draws this table and a unit test keeps
// the two equal. A layer may always use its own files; a feature only its own
// folder (features never import each other).
export const layerRule = {
  config: [],
  core: ['config'],
  state: ['core', 'config'],
  components: ['core', 'config'],
  connected: ['components', 'state', 'core', 'config'],
  features: ['connected', 'components', 'state', 'core', 'config'],
  app: ['features', 'connected', 'components', 'state', 'core', 'config'],
};

const coreFolders = ['questionnaire', 'scoring', 'report', 'storage', 'compare'];

// `connected` holds the few shared pieces that draw with components and read
// the repository (the assessment frame, the save status, the storage
// warning): screens of several features use them, and neither a component
// nor the state may do both.
const elements = [
  { type: 'state', partialMatch: false, pattern: 'src/state' },
  { type: 'connected', partialMatch: false, pattern: 'src/connected' },
  { type: 'core', partialMatch: false, pattern: `src/{${coreFolders.join(',')}}` },
  { type: 'components', partialMatch: false, pattern: 'src/components' },
  { type: 'features', partialMatch: false, pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', partialMatch: false, pattern: 'src/app' },
  { type: 'config', partialMatch: false, pattern: 'src/config' },
];

function layerPolicies() {
  return Object.entries(layerRule).map(([layer, allowed]) => ({
    from: { element: { type: layer } },
    allow: {
      to: {
        element:
          layer === 'features'
            ? [{ type: 'features', captured: { feature: '{{ from.captured.feature }}' } }, ...allowed.map((type) => ({ type }))]
            : [{ type: layer }, ...allowed.map((type) => ({ type }))],
      },
    },
  }));
}

// The solution tsconfig: the resolver follows its references.
const tsProjects = './tsconfig.json';

const reactModules = ['react', 'react-dom', 'react-hook-form', '@hookform/*'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
      'bench/.scratch',
      'bench/.generated',
      'bench/results',
    ],
  },
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
  // Boundaries between the layers, decided on resolved paths, so a relative
  // path spelled another way, a dynamic import() or a re-export cannot slip by.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': elements,
      // Naming single files as elements needs the deprecated `mode: 'full'`;
      // its warning goes away with the list when the state files move.
      'boundaries/legacy-warnings': false,
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export', 'require'],
      'import/resolver': { typescript: { project: tsProjects, alwaysTryTypes: true } },
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: tsProjects, alwaysTryTypes: true })],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          checkAllOrigins: true,
          checkUnknownLocals: true,
          policies: [
            { from: { element: { type: '*' } }, disallow: { to: { element: { type: '*' } } } },
            ...layerPolicies(),
            {
              from: { element: { type: 'core' } },
              disallow: { to: { module: { origin: 'external', source: reactModules } } },
              message:
                'The core (questionnaire, scoring, report, storage, compare) must not import React or form libraries: it stays plain data in, plain data out.',
            },
          ],
        },
      ],
      'boundaries/no-unknown-files': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // The core holds no JSX and no .tsx files at all.
  {
    files: coreFolders.map((folder) => `src/${folder}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXElement, JSXFragment', message: 'The core must not contain JSX: rendering belongs in components or features.' },
      ],
    },
  },
  {
    files: coreFolders.map((folder) => `src/${folder}/**/*.tsx`),
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXElement, JSXFragment', message: 'The core must not contain JSX: rendering belongs in components or features.' },
        { selector: 'Program', message: 'The core holds no .tsx files: rendering belongs in components or features.' },
      ],
    },
  },
  // A page's outline (src/questionnaire/section-outline.ts) is a cut-down
  // questionnaire for the section page's first paint; nothing that scores,
  // reports or saves may be handed one. Only these read outlines.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/features/assessment/section-preview.tsx',
      'src/app/prefetch.ts',
      'src/app/boot.ts',
      'src/questionnaire/bundled-outlines.ts',
      'src/questionnaire/section-outline.ts',
      'src/questionnaire/section-outline.test.ts',
      'src/app/virtual-questionnaires.d.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/bundled-outlines*', '**/section-outline*'],
              message:
                "Page outlines are for the section page's first paint only (decision 035): use loadQuestionnaire for a whole questionnaire.",
            },
          ],
        },
      ],
    },
  },
);
