/** The `scratch-teardown` project: removes the copy scratch.setup.ts built. */
import {test} from '@playwright/test';
import {removeSharedScratchSite} from './scratch-build';

test('remove the scratch copy of the site', async () => {
  await removeSharedScratchSite();
});
