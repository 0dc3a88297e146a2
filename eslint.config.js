import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import prettier from 'eslint-config-prettier';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * Layering: folders name the runtime. Do not relax these rules; move the code instead.
 *  - shared/   plain TypeScript: no Node, DOM, Electron or Vue.
 *  - electron/ engine, boundary, web, cli, services, workspace, classroom: plain Node; never Electron
 *              (they run in the CLI, browser mode and tests unchanged). Only electron/main and
 *              electron/preload may.
 *  - renderer/ the DOM and Vue: never Node or Electron; imports only shared/ and itself.
 */
const layer = (files, paths, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

const noElectron = [
  { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' },
];
const noNode = nodeBuiltins.map((name) => ({ name, message: 'This layer must not use Node.' }));
const noVue = ['vue', 'pinia', 'vue-i18n', 'naive-ui'].map((name) => ({
  name,
  message: 'shared/ is runtime-free: no Vue.',
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'docs/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  // Formatting is prettier's job; these turn off the lint rules that would fight it.
  prettier,
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: {
      // Every user-visible string goes through i18n (es and en).
      'vue/no-bare-strings-in-template': 'error',
      'vue/multi-word-component-names': 'off',
      // TypeScript checks undefined names in .vue files (vue-tsc); ESLint's copy knows no DOM.
      'no-undef': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  layer(
    ['shared/**'],
    [...noElectron, ...noNode, ...noVue],
    [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports only shared/.' }],
  ),
  layer(
    [
      'electron/engine/**',
      'electron/boundary/**',
      'electron/web/**',
      'electron/cli/**',
      'electron/services/**',
      'electron/workspace/**',
      'electron/classroom/**',
    ],
    noElectron,
    [
      { group: ['**/renderer/**'], message: 'The engine side never imports the renderer.' },
      {
        group: ['**/main/**', '**/preload/**'],
        message: 'Plain-Node code never imports the Electron shell.',
      },
    ],
  ),
  layer(
    ['electron/main/**', 'electron/preload/**'],
    [],
    [{ group: ['**/renderer/**'], message: 'The main process never imports the renderer.' }],
  ),
  layer(
    ['renderer/**'],
    [...noElectron, ...noNode],
    [
      {
        group: ['**/electron/**'],
        message: 'The renderer talks to the engine only through the contract.',
      },
    ],
  ),
);
