import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkTranslations} from '../../scripts/check-translations.mjs';

interface Result {
  missing: string[];
  untranslated: string[];
}
const run = checkTranslations as (o?: {prepare?: (dir: string) => void}) => Promise<Result>;

function editCodeJson(dir: string, edit: (json: Record<string, {message: string}>) => void): void {
  const file = path.join(dir, 'i18n', 'tr', 'code.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json));
}

describe('Turkish interface strings', () => {
  it('write-translations --locale tr would add nothing and nothing is left in English', async () => {
    expect(await run()).toEqual({missing: [], untranslated: []});
  });

  it('reports a key that write-translations would add', async () => {
    const result = await run({
      prepare: (dir) => editCodeJson(dir, (json) => delete json['home.title']),
    });
    expect(result.missing).toEqual(['code.json:home.title']);
  });

  it('reports a Turkish message that is still the English one', async () => {
    const result = await run({
      prepare: (dir) =>
        editCodeJson(dir, (json) => {
          json['theme.IconExternalLink.ariaLabel'] = {message: '(opens in new tab)'};
        }),
    });
    expect(result.untranslated).toEqual(['code.json:theme.IconExternalLink.ariaLabel']);
  });
});
