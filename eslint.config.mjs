// ESLint flat config.
// In:  every .ts/.tsx/.mjs/.cjs file of the repository except generated output.
// Out: `npm run lint` (zero warnings allowed), run by `npm test` after format:check.
// Why: the recommended sets only: JavaScript, typescript-eslint, React hooks and
//      Docusaurus' own rules (translatable strings, Link, Heading). Layout is
//      Prettier's job, so no stylistic rule is turned on here.
import js from '@eslint/js';
import docusaurus from '@docusaurus/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      '.docusaurus-*/',
      '.build-*/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      'tests/fixtures/search/',
    ],
  },
  {
    linterOptions: {reportUnusedDisableDirectives: 'error'},
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,cjs,js}'],
    languageOptions: {
      globals: {...globals.node, ...globals.browser},
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true},
      ],
      // Docusaurus' logger is a template tag: logger.warn`...` is a call.
      '@typescript-eslint/no-unused-expressions': ['error', {allowTaggedTemplates: true}],
    },
  },
  {
    // CommonJS: the bundler loaders and their helpers.
    files: ['**/*.cjs'],
    languageOptions: {sourceType: 'commonjs'},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks, '@docusaurus': docusaurus},
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...docusaurus.configs.recommended.rules,
    },
  },
);
