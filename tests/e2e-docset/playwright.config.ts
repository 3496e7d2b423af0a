/**
 * Playwright for a site built by `npm run check:docset -- <docset>`: the
 * project's config (Chromium, 127.0.0.1, E2E_PORT, E2E_WORKERS), with the
 * specs of this folder, run inside the scratch site check:docset made.
 */
import {scratchSiteConfig} from '../../playwright.config';

export default scratchSiteConfig(__dirname);
