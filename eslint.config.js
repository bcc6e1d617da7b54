import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * A relative import that climbs out of its layer into one of `folders` (e.g. renderer/src/api
 * importing main/api.ts by going up three folders). The layers: shared/ imports nothing else; main/ and renderer/ import
 * shared/ but never each other; no production code imports tests or benches.
 */
function layerRule(folders, message) {
  return { regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message };
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'release',
      'node_modules',
      'test-results',
      'playwright-report',
      'test/artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Playwright fixtures must destructure their (here unused) dependencies: `async ({}, use)`.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // Shared code runs in the renderer, in Node and in the CLI: it may not reach for either side.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'electron', 'react', 'react-dom'],
              message: 'shared/ is pure TypeScript: no Node, Electron or React.',
            },
            layerRule(['main', 'renderer', 'test', 'bench'], 'shared/ imports only shared/.'),
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layerRule(
              ['renderer', 'test', 'bench'],
              'main/ imports main/ and shared/ only; what both sides need belongs in shared/.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layerRule(
              ['main', 'test', 'bench'],
              'renderer/ imports renderer/ and shared/ only; what both sides need belongs in shared/.',
            ),
          ],
        },
      ],
    },
  },
  {
    // Test data used by more than the unit tests lives in test/fixtures.
    files: ['bench/**/*.ts', 'test/**/*.ts'],
    ignores: ['test/unit/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(test/)?unit(/|$)',
              message: 'Import shared test data from test/fixtures, not from test/unit.',
            },
          ],
        },
      ],
    },
  },
);
