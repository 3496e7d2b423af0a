/**
 * The front matter hook inside a real `docusaurus build`, on scratch copies
 * of the site (the working tree is never touched):
 *  - a bad value fails the build, and the error names the file, the key,
 *    the value and what was expected;
 *  - a human-translated page says so quietly instead of showing the
 *    machine-translation notice, and a page with no translation (Docusaurus
 *    shows the English text in the Turkish build) points its canonical link
 *    at the English page and claims no translation.
 * Only the Turkish locale is built, to keep this quick.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import * as cheerio from 'cheerio';
import {scratchSite as copyOfSite} from '../../scripts/scratch-site.mjs';
import {siteUrl} from '../../src/links/siteUrl';

const repoDir = path.resolve(__dirname, '../..');
const SEED = 'microsoft-365/commerce/licenses/transfer-licenses-between-tenants';
const trFile = (version: string) =>
  `i18n/tr/docusaurus-plugin-content-docs/${version === 'current' ? 'current' : `version-${version}`}/${SEED}.md`;

function scratchSite(edit: (dir: string) => void): string {
  const dir = (copyOfSite as (prefix: string) => string)('frontmatter-build-');
  edit(dir);
  return dir;
}

/** Builds the Turkish site of a scratch copy, without blocking the test worker while it runs. */
function buildTurkish(dir: string): Promise<{status: number; output: string}> {
  const bin = path.join(repoDir, 'node_modules', '.bin', 'docusaurus');
  return new Promise((resolve) => {
    execFile(
      bin,
      ['build', '--locale', 'tr', '--out-dir', 'build'],
      {
        cwd: dir,
        env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'},
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({status, output: `${stdout}\n${stderr}`});
      },
    );
  });
}

describe('a bad value fails a real build', () => {
  let dir = '';
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  it('names the file, the key, the value and what was expected', async () => {
    dir = scratchSite((d) => {
      const file = path.join(d, trFile('current'));
      const text = fs
        .readFileSync(file, 'utf8')
        .replace('ms.contentlocale: tr-TR', 'ms.contentlocale: en-US');
      fs.writeFileSync(file, text);
    });
    const {status, output} = await buildTurkish(dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`Invalid Microsoft Docs front matter in ${trFile('current')}:`);
    expect(output).toContain(
      'ms.contentlocale = "en-US": expected tr-TR, the locale of the folder the file is in (tr)',
    );
    expect(fs.existsSync(path.join(dir, 'build', 'index.html'))).toBe(false);
  }, 120_000);
});

describe('a human translation and a missing translation, built', () => {
  let dir = '';
  let build: Awaited<ReturnType<typeof buildTurkish>>;
  const page = (route: string) =>
    cheerio.load(fs.readFileSync(path.join(dir, 'build', `${route}.html`), 'utf8'));

  beforeAll(async () => {
    dir = scratchSite((d) => {
      const current = path.join(d, trFile('current'));
      fs.writeFileSync(
        current,
        fs
          .readFileSync(current, 'utf8')
          .replace('ms.translationtype: MT', 'ms.translationtype: HT'),
      );
      fs.rmSync(path.join(d, trFile('2021-08')));
    });
    build = await buildTurkish(dir);
  }, 240_000);
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  it('builds', () => {
    expect(build.output).toContain('[SUCCESS]');
    expect(build.status).toBe(0);
  });

  it('HT: a quiet line, no machine-translation notice', () => {
    const $ = page(SEED);
    const line = $('[data-translation-notice="human"]');
    // The quiet line, and the English original one link away (also without JavaScript).
    expect(line.text()).toBe('Bu sayfayı bir çevirmen çevirdi. İngilizce orijinal');
    expect(line.find('a').attr('href')).toMatch(new RegExp(`/${SEED}$`));
    expect($('[data-translation-notice="machine"]')).toHaveLength(0);
    expect($('time').attr('datetime')).toBe('2021-08-06');
  });

  it('no translation: the English text, canonical to the English page, no translation claims', () => {
    const $ = page(`2021-08/${SEED}`);
    expect($('h1').first().text()).toBe('Transfer licenses between tenants');
    expect($('link[rel=canonical]').attr('href')).toBe(`${siteUrl()}/2021-08/${SEED}`);
    expect(
      $('[data-translation-notice="machine"], [data-translation-notice="human"]'),
    ).toHaveLength(0);
    const data = $('script[type="application/ld+json"]')
      .toArray()
      .map((s) => JSON.parse($(s).text()) as Record<string, unknown>)
      .find((d) => d['@type'] === 'TechArticle');
    expect(data).toMatchObject({inLanguage: 'en-US'});
    expect(data).not.toHaveProperty('translationOfWork');
    // The facts are the page's interface: in Turkish.
    expect($('main dl dt').first().text()).toBe('Tür');
  });
});
