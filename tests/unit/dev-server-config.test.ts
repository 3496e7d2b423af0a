/**
 * `npm start` (`docusaurus start` without --locale) sets
 * DOCUSAURUS_CURRENT_LOCALE to the string "undefined"; the site's
 * configuration must still load, for the default locale.
 */
import {afterEach, expect, it, vi} from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

it('loads the English configuration for a dev server started without a locale', async () => {
  vi.stubEnv('DOCUSAURUS_CURRENT_LOCALE', 'undefined');
  vi.resetModules();
  const {default: config} = await import('../../docusaurus.config');
  const english = config.title;
  vi.stubEnv('DOCUSAURUS_CURRENT_LOCALE', 'tr');
  vi.resetModules();
  const {default: turkish} = await import('../../docusaurus.config');
  expect(english).toBeTruthy();
  expect(turkish.title).not.toBe(english);
  vi.stubEnv('DOCUSAURUS_CURRENT_LOCALE', 'en');
  vi.resetModules();
  expect((await import('../../docusaurus.config')).default.title).toBe(english);
});
