/**
 * Playwright for a site built by `npm run check:corpus -- ... --e2e`: the
 * project's config (Chromium, 127.0.0.1, E2E_PORT, E2E_WORKERS), with the
 * specs of this folder, run inside the temporary site check:corpus made.
 */
import {scratchSiteConfig} from '../../playwright.config';

export default scratchSiteConfig(__dirname);
