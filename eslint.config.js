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
    files: ['scripts/**', 'bench/**', 'bin/**', '*.config.*', '.ci/**', '.storybook/**', 'test/node/**', 'test/integrations/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-restricted-imports': 'off' },
  },
);
