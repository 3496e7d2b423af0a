/**
 * The article with one of each content defect (content-defects.spec.ts),
 * not listed in imported-docsets.json: the site's own content, so the build
 * fails, naming file, line and construct.
 * Why a spec of its own: a build that must fail can't share the shared
 * scratch copy's successful build (scratch-scenarios.ts), so this copy of
 * its own (English only: the Turkish copy fails the same way, and either
 * stops it) needn't wait for that build either; outside the `scratch`
 * project (playwright.config.ts) it runs while the shared copy builds.
 */
import {expect, test} from '@playwright/test';
import {scratchBuild} from './scratch-build';
import {addDefectsArticle} from './scratch-scenarios';

test('the same article, not imported, fails the build naming file, line and construct', async () => {
  test.setTimeout(400_000);
  const failure = await scratchBuild((dir) => addDefectsArticle(dir, false, '05/14/2024'), {
    locales: ['en'],
  }).then(
    async (built) => {
      await built.close();
      return '';
    },
    (error: {stdout?: string; stderr?: string; message: string}) =>
      `${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`,
  );
  // Includes are expanded first: the missing include is the first error.
  expect(failure).toMatch(
    /docs\/microsoft-365\/commerce\/licenses\/imported-defects\.md:21:1: include: .*includes\/retired-note\.md/,
  );
});
