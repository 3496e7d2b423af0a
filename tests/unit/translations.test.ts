/**
 * The Turkish interface is complete (scripts/check-translations.mjs, which
 * runs `docusaurus write-translations --locale en` in a scratch copy), and
 * the check reports each way it can be incomplete.
 *
 * Two checks for the three tests: the site as it is, and one copy with both
 * kinds of break at once (a key deleted, a message left in English; the
 * check reports each by its key). The broken copy changes Turkish files
 * only, so it reuses the English messages of the first check: one
 * write-translations run in all.
 */
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {checkTranslations} from '../../scripts/check-translations.mjs';
import {rememberInterfaceStrings} from '../e2e/interface-strings';

interface Result {
  missing: string[];
  untranslated: string[];
  english: Map<string, string>;
}
const run = checkTranslations as (o?: {
  prepare?: (dir: string) => void;
  english?: Map<string, string>;
}) => Promise<Result>;

function editCodeJson(dir: string, edit: (json: Record<string, {message: string}>) => void): void {
  const file = path.join(dir, 'i18n', 'tr', 'code.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json));
}

describe('Turkish interface strings', () => {
  let site: Result;
  let broken: Result;

  beforeAll(async () => {
    site = await run();
    // The static checks and the crawl look for these English strings on
    // Turkish pages: derived here, they need no run of their own.
    rememberInterfaceStrings([...site.english].map(([key, english]) => ({key, english})));
    broken = await run({
      english: site.english,
      prepare: (dir) =>
        editCodeJson(dir, (json) => {
          delete json['home.title'];
          json['theme.IconExternalLink.ariaLabel'] = {message: '(opens in new tab)'};
        }),
    });
    // A guard against hangs, not a time limit: write-translations on a loaded machine.
  }, 600_000);

  it('write-translations --locale tr would add nothing and nothing is left in English', () => {
    expect({missing: site.missing, untranslated: site.untranslated}).toEqual({
      missing: [],
      untranslated: [],
    });
  });

  it('reports a key that write-translations would add', () => {
    expect(broken.missing).toEqual(['code.json:home.title']);
  });

  it('reports a Turkish message that is still the English one', () => {
    expect(broken.untranslated).toEqual(['code.json:theme.IconExternalLink.ariaLabel']);
  });
});
