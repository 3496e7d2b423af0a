/**
 * Playwright for a site built by `npm run check:docset -- <docset>`: the
 * project's config (Chromium, 127.0.0.1, E2E_PORT, E2E_WORKERS), with the
 * specs of this folder, run inside the scratch site check:docset made.
 */
import path from 'node:path';
import {defineConfig} from '@playwright/test';
import base from '../../playwright.config';

const siteDir = path.resolve(__dirname, '..', '..');

export default defineConfig({
  ...base,
  testDir: '.',
  reporter: [['list']],
  webServer:
    base.webServer && !Array.isArray(base.webServer)
      ? {...base.webServer, cwd: siteDir}
      : base.webServer,
});
