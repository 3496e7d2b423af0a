/**
 * The site's configuration keeps Docusaurus Faster (v4: Rspack, SWC,
 * Lightning CSS) but turns Rspack's persistent cache on only when
 * `npm run build -- --cache` asks (SITE_BUNDLER_CACHE=persistent): a cold
 * build writing the cache held 0.3-0.45 GB more per locale at 400 articles.
 * Checked as Docusaurus itself resolves the configuration (its validation
 * fills the v4 defaults), for each way the variable can be.
 */
import {afterEach, expect, it, vi} from 'vitest';
import {validateConfig} from '@docusaurus/core/lib/server/configValidation.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function resolvedFaster(): Promise<Record<string, boolean>> {
  vi.resetModules();
  const {default: config} = await import('../../docusaurus.config');
  return validateConfig(config, 'docusaurus.config.ts').future.faster as unknown as Record<
    string,
    boolean
  >;
}

it('builds with Rspack and no persistent cache by default', async () => {
  vi.stubEnv('SITE_BUNDLER_CACHE', '');
  const faster = await resolvedFaster();
  expect(faster.rspackPersistentCache).toBe(false);
  expect(faster.rspackBundler).toBe(true);
  expect(faster.swcJsLoader).toBe(true);
  expect(faster.ssgWorkerThreads).toBe(true);
});

it('keeps the persistent cache when asked (npm run build -- --cache)', async () => {
  vi.stubEnv('SITE_BUNDLER_CACHE', 'persistent');
  const faster = await resolvedFaster();
  expect(faster.rspackPersistentCache).toBe(true);
  expect(faster.rspackBundler).toBe(true);
});
