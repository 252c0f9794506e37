// ESLint flat config: JavaScript and typescript-eslint recommended rules over TypeScript and scripts,
// eslint-plugin-astro's recommended rules over .astro files. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated or vendored: build output, caches, benchmark results, test artefacts.
    ignores: [
      'dist/',
      'dist-*/',
      // Sites being published or retired beside dist/ (src/integrations/publish.ts).
      '.dist-*/',
      '.*-staging/',
      '.astro/',
      '.cache/',
      'node_modules/',
      'bench-results/',
      'test-results/',
      'playwright-report/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // French text carries no-break spaces (U+00A0, U+202F) on purpose; they stay flagged in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
      // Stripping ANSI colours, NUL bytes and C0 controls from captures and reports is what those regexes are for.
      'no-control-regex': 'off',
      // `_name` marks an argument or binding kept for its position or to drop it from a rest object.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they need none of it.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
