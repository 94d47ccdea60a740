import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  // The framework apps are checked by their own tools (tsc, vue-tsc, svelte-check, ngc) in test/integrations/run.mjs.
  { ignores: ['dist/', 'storybook-static/', 'src/generated/', 'node_modules/', 'bench/.out/', 'test-results/', 'test/integrations/*/', '.scratch/', 'release/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Attribute values must never become markup: no unsafeHTML, no innerHTML of data.
      'no-restricted-imports': ['error', { patterns: ['lit/directives/unsafe-*'] }],
      'lit/no-template-bind': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The browser builds leave out @lit/localize's id hashing (explicitMessageIds in vite.config.ts):
    // a msg() without its id would show English in every language.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.name="msg"][arguments.length<2]', message: 'Name the message: msg(text, { id: \'area.name\' }).' },
        { selector: 'CallExpression[callee.name="msg"] > ObjectExpression:not(:has(> Property[key.name="id"]))', message: 'Name the message: msg(text, { id: \'area.name\' }).' },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'bin/**', '*.config.*', '.ci/**', '.storybook/**', 'test/node/**', 'test/integrations/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-restricted-imports': 'off' },
  },
);
