import path from 'node:path';
import {transformWithEsbuild, type Plugin} from 'vite';
import {defineConfig} from 'vitest/config';

const root = import.meta.dirname;
const docusaurusClient = path.join(root, 'node_modules/@docusaurus/core/lib/client');

/**
 * Docusaurus ships its client modules (Translate, Interpolate, router...) as
 * .js files with JSX in them, compiled by its own bundler. Component tests
 * use those real modules, so compile their JSX here too.
 */
function docusaurusClientJsx(): Plugin {
  return {
    name: 'docusaurus-client-jsx',
    enforce: 'pre',
    async transform(code, id) {
      if (!id.startsWith(docusaurusClient) || !id.endsWith('.js')) return null;
      return transformWithEsbuild(code, id, {loader: 'jsx', jsx: 'automatic'});
    },
  };
}

export default defineConfig({
  plugins: [docusaurusClientJsx()],
  resolve: {
    // The aliases Docusaurus' bundler sets, pointing at the real modules;
    // only @generated/codeTranslations (built per locale) is a test module
    // whose locale a test can switch.
    alias: [
      {
        find: /^@docusaurus\/(Translate|Interpolate|useBrokenLinks|useIsBrowser|router|ExecutionEnvironment)$/,
        replacement: `${docusaurusClient}/exports/$1.js`,
      },
      {
        find: '@generated/codeTranslations',
        replacement: path.join(root, 'tests/unit/support/code-translations.ts'),
      },
      {find: /^@site\//, replacement: `${root}/`},
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    // Two workers on two cores (Vitest's default leaves one core out): the
    // slow files mostly wait on the Docusaurus processes they start, which
    // then run side by side.
    maxWorkers: 2,
    minWorkers: 1,
    // Worker threads, not child processes: each test file imports its modules
    // anew either way, and threads start and import faster (the whole run
    // took about a tenth less CPU; README, Checks).
    pool: 'threads',
    // Run Docusaurus' client modules through the plugin above instead of
    // loading them with Node.
    server: {deps: {inline: [/@docusaurus\/core/]}},
  },
});
