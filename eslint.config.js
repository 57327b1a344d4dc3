import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import { importX } from 'eslint-plugin-import-x';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      '.storybook/public/mockServiceWorker.js',
      'node_modules/',
      'custom-elements.json',
      'examples/*/dist/',
      '.bench/',
      'bench/last-release/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML'][parent.type='AssignmentExpression']",
          message: 'Untrusted strings never become HTML: build DOM nodes or use a Lit template.',
        },
        { selector: "CallExpression[callee.name='unsafeHTML']", message: 'Untrusted strings never become HTML.' },
      ],
    },
  },
  {
    // Every package that the code, the tests and the configs import is declared in package.json (none arrives
    // only through another package); the published code imports runtime dependencies alone.
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-extraneous-dependencies': ['error', { devDependencies: true, includeTypes: true }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'import-x/no-extraneous-dependencies': ['error', { devDependencies: false, includeTypes: true }] },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
