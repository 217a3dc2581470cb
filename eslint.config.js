import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.tmp/**', '**/.scratch/**', '**/dist/**', '**/node_modules/**', 'out/**', 'test-output/**', '**/*.js', 'packages/core/schema/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      // Core is pure: IO and the console belong to the CLI.
      'no-console': 'error',
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'child_process', 'worker_threads'] }],
    },
  },
  {
    // Node-only modules (`*.node.ts`), swapped for `*.browser.ts` in browser bundles (package.json `browser`).
    files: ['packages/core/src/**/*.node.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
