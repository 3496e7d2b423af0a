import path from 'node:path';
import {defineConfig, devices} from '@playwright/test';
import {CHROMIUM_FLAGS, testChromiumPath} from './scripts/chromium.mjs';

// The production build, served as a static host serves it, on 127.0.0.1.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const isCI = Boolean(process.env.CI);
// The build under test: this checkout's, or another copy's (E2E_SITE_DIR, set
// by `npm run bench:tests` for its large sites).
const BUILD_DIR = process.env.E2E_SITE_DIR ? `${process.env.E2E_SITE_DIR}/build` : 'build';

/** Specs that share the scratch copy built by tests/e2e/scratch.setup.ts. */
const SCRATCH_SPECS = /(page-weight|links-ledger|translation-status|content-defects)\.spec\.ts$/;

const config = defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: isCI,
  // A guard against hangs, not a performance target (that is `npm run bench`):
  // a crawl test runs a dozen checks and axe twice, which on a loaded 2-core
  // machine takes well over the default 30 s.
  timeout: 120_000,
  retries: isCI ? 1 : 0,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  reporter: [['list'], ['./tests/e2e/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: isCI ? 'on-first-retry' : 'off',
    launchOptions: {
      executablePath: testChromiumPath(),
      args: [...CHROMIUM_FLAGS],
    },
  },
  projects: [
    // First, so that a worker takes the build as the run starts: projects
    // without dependencies run side by side, their tests queued in this
    // order, and the `scratch` project's specs wait until all have ended.
    {name: 'scratch-setup', testMatch: /scratch\.setup\.ts$/, teardown: 'scratch-teardown'},
    {name: 'chromium', use: {...devices['Desktop Chrome']}, testIgnore: SCRATCH_SPECS},
    // The specs that read a scratch copy of the site with their content
    // changes (tests/e2e/scratch-scenarios.ts): built once, by the setup
    // project, while the other specs run; not at all when none is selected.
    {
      name: 'scratch',
      use: {...devices['Desktop Chrome']},
      testMatch: SCRATCH_SPECS,
      dependencies: ['scratch-setup'],
    },
    {name: 'scratch-teardown', testMatch: /scratch\.teardown\.ts$/},
  ],
  webServer: {
    command: `node scripts/serve.mjs --dir ${JSON.stringify(BUILD_DIR)} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !isCI,
    timeout: 30_000,
  },
});

export default config;

/**
 * The config for a folder of specs run inside a scratch copy of the site
 * that a check built (`check:corpus --e2e`: tests/e2e-corpus, `check:docset`:
 * tests/e2e-docset): this config with the folder's specs, the build of the
 * copy the folder sits in, a plain list of results.
 */
export function scratchSiteConfig(specDir: string): typeof config {
  const siteDir = path.resolve(specDir, '..', '..');
  return defineConfig({
    ...config,
    testDir: specDir,
    reporter: [['list']],
    projects: [{name: 'chromium', use: {...devices['Desktop Chrome']}}],
    webServer:
      config.webServer && !Array.isArray(config.webServer)
        ? {...config.webServer, cwd: siteDir}
        : config.webServer,
  });
}
