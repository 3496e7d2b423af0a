/**
 * The `scratch-setup` project: builds the scratch copy the scenario specs
 * share (scratch-scenarios.ts), once per run, before the `scratch` project's
 * specs start; `scratch-teardown` removes it after them. Playwright runs it
 * only when a spec of the `scratch` project is selected.
 */
import {test} from '@playwright/test';
import {buildSharedScratchSite} from './scratch-build';

test('build the scratch copy of the site with every scenario', async () => {
  // A production build of 170 pages more than this site's: a guard against hangs.
  test.setTimeout(10 * 60_000);
  await buildSharedScratchSite();
});
