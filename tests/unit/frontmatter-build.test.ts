/**
 * The front matter hook inside a real `docusaurus build`, on a scratch copy
 * of the site (the working tree is never touched): a bad value fails the
 * build, and the error names the file, the key, the value and what was
 * expected. Only the Turkish locale is built, to keep this quick.
 * What the hook makes of good values (a human translation's quiet line, a
 * page with no translation) is read from the e2e specs' shared scratch build
 * (tests/e2e/translation-status.spec.ts): one build fewer here.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {scratchSite as copyOfSite} from '../../scripts/scratch-site.mjs';

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
