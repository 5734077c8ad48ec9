import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers import only from layers above them (STYLE.md): model < data < map < state < export < ui.
 * The model knows nothing of React, the DOM or zustand.
 */
const layer = (name, forbidden) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          group: [`**/${f}/*`, `../${f}`, `../../${f}`],
          message: `src/${name} may not import from src/${f}: layers import only from those above them.`,
        })),
        paths: ['react', 'react-dom', 'zustand']
          .filter(() => ['model', 'data', 'map'].includes(name))
          .map((p) => ({ name: p, message: `src/${name} is plain TypeScript: no ${p}.` })),
      },
    ],
  },
});

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-bench',
    'dist-single',
    'node_modules',
    'test-results',
    'playwright-report',
    '*.tmp.mjs',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  layer('model', ['data', 'map', 'state', 'export', 'ui', 'i18n']),
  layer('data', ['map', 'state', 'export', 'ui', 'i18n']),
  layer('map', ['state', 'export', 'ui', 'i18n']),
  layer('state', ['export', 'ui']),
  layer('export', ['ui']),
  {
    files: ['scripts/offline/sw.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: ['public/**/*.js', 'eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.browser },
  },
]);
