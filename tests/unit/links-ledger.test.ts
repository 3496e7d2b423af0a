/**
 * The ledger of published addresses (scripts/links/): recorded from a tiny
 * build written here, then compared with edited builds: a renamed section, a
 * deleted row, a removed page or short link is reported with the address,
 * where it was last seen and how to keep it; an alias, a redirect page or a
 * `_redirects` rule keeps it; new addresses only give a hint.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {
  compareLedger,
  ledgerSummary,
  recordLedger,
  serializeLedger,
  type Ledger,
} from '../../scripts/links/ledger';
import {addressesOf, loadBuild} from '../../scripts/links/record';
import {CHECKS, checkBuild} from '../../scripts/check-build/index';

const DOC = 'guides/move-licenses';

/** An article page as the theme builds it: title, sections, a decision-table row. */
function articlePage(
  lang: string,
  version: string,
  sections: Section[],
  rows = ['keep-tenant'],
): string {
  const body = sections
    .map(
      (s) =>
        (s.alias ? `<a id="${s.alias}" data-anchor-alias="${s.id}"></a>` : '') +
        `<h2 id="${s.id}">${s.title}<a class="hash-link" href="#${s.id}"></a></h2><p>Text.</p>`,
    )
    .join('');
  const table = `<table data-decision-table><tbody>${rows.map((r) => `<tr id="${r}"><td>Row</td></tr>`).join('')}</tbody></table>`;
  return `<!doctype html><html lang=${lang} class="docs-doc-page docs-version-${version} docs-doc-id-${DOC}"><head><title>t</title></head>
<body><nav id="__docusaurus_skipToContent_fallback"></nav><article><div class="theme-doc-markdown markdown"><header><h1 id="move-licenses">Move licenses</h1></header>
${body}${table}</div></article></body></html>`;
}

const redirectPage = (to: string): string =>
  `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=${to}"></head><body></body></html>`;

interface Section {
  id: string;
  title: string;
  /** An old id kept by an anchor alias. */
  alias?: string;
}

const SECTIONS: Section[] = [
  {id: 'before-you-begin', title: 'Before you begin'},
  {id: 'move-your-data', title: 'Move your data'},
];

/** Both languages, two versions, homes, a short link each, a 404 page and an image. */
function site(sections = SECTIONS, rows?: string[]): Record<string, string | undefined> {
  return {
    'index.html': '<!doctype html><html lang=en><body><h1>Home</h1></body></html>',
    'tr/index.html': '<!doctype html><html lang=tr><body><h1>Ana sayfa</h1></body></html>',
    '404.html': '<!doctype html><html lang=en><body><h1>Not found</h1></body></html>',
    [`${DOC}.html`]: articlePage('en', 'current', sections, rows),
    [`tr/${DOC}.html`]: articlePage('tr', 'current', sections, rows),
    [`2021-08/${DOC}.html`]: articlePage('en', '2021-08', SECTIONS),
    'go/move.html': redirectPage(`/${DOC}`),
    'tr/go/move.html': redirectPage(`/tr/${DOC}`),
    // A Learn-style address: a redirect source, not a published address of ours.
    [`en-us/${DOC}.html`]: redirectPage(`/${DOC}`),
    'img/plan.png': 'png',
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, {recursive: true, force: true});
});

/** A site folder with `build/` written from `files` (undefined: left out); returns the site. */
function writeSite(files: Record<string, string | undefined>): string {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-ledger-'));
  dirs.push(siteDir);
  const all: Record<string, string | undefined> = {
    'src/locales.json': JSON.stringify({defaultLocale: 'en', locales: ['en', 'tr']}),
    [`docs/${DOC}.md`]: '---\ntitle: Move licenses\n---\n\n# Move licenses\n',
  };
  for (const [file, content] of Object.entries(files)) all[path.join('build', file)] = content;
  for (const [file, content] of Object.entries(all)) {
    if (content === undefined) continue;
    fs.mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, file), content);
  }
  return siteDir;
}

const load = (siteDir: string) => loadBuild(path.join(siteDir, 'build'), siteDir);

function recorded(): Ledger {
  return recordLedger(load(writeSite(site())));
}

describe('recording the published addresses', () => {
  it('lists every page per locale and version with its ids, and the short links', () => {
    const ledger = recorded();
    // Sorted by code point: the order is the same on every machine.
    expect(Object.keys(ledger.pages)).toEqual([
      '/',
      `/2021-08/${DOC}`,
      '/go/move',
      `/${DOC}`,
      '/tr/',
      '/tr/go/move',
      `/tr/${DOC}`,
    ]);
    expect(ledger.pages[`/tr/${DOC}`]).toEqual({
      locale: 'tr',
      version: 'current',
      kind: 'page',
      ids: ['before-you-begin', 'keep-tenant', 'move-licenses', 'move-your-data'],
    });
    expect(ledger.pages['/go/move']).toEqual({locale: 'en', kind: 'short-link'});
  });

  it('writes one address a line, sorted, the same text for the same build', () => {
    const text = serializeLedger(recorded());
    expect(text).toBe(serializeLedger(recorded()));
    expect(text).toContain('"ids": [\n        "before-you-begin",\n        "keep-tenant",');
    expect(text.endsWith('}\n')).toBe(true);
    expect(addressesOf(JSON.parse(text) as Ledger)).toContain(`/tr/${DOC}#move-your-data`);
  });

  it('keeps an anchor alias as an address of its own', () => {
    const ledger = recordLedger(
      load(writeSite(site([{id: 'move-data', title: 'Move data', alias: 'move-your-data'}]))),
    );
    expect(ledger.pages[`/${DOC}`]?.ids).toContain('move-your-data');
  });
});

describe('comparing a build with the ledger', () => {
  it('finds nothing broken in the build it was recorded from', () => {
    const report = compareLedger(recorded(), load(writeSite(site())));
    expect(report.broken).toEqual([]);
    expect(report.added).toEqual([]);
    expect(report.compared).toBe(7 + 4 + 4 + 4);
  });

  it('reports a renamed section in each language: address, where last seen, the alias to declare', () => {
    const renamed = [SECTIONS[0]!, {id: 'copy-your-data', title: 'Copy your data'}];
    const report = compareLedger(recorded(), load(writeSite(site(renamed))));
    expect(report.broken.map((b) => b.address)).toEqual([
      `/${DOC}#move-your-data`,
      `/tr/${DOC}#move-your-data`,
    ]);
    const [en, tr] = report.broken;
    expect(en!.file).toBe(`${DOC}.html`);
    expect(en!.reason).toContain('last seen in links.lock.json: en, version current');
    expect(tr!.reason).toContain('last seen in links.lock.json: tr, version current');
    expect(en!.reason).toContain(
      'declare an anchor alias `move-your-data` on the section now called "Copy your data" (#copy-your-data): ' +
        `anchor_aliases: {move-your-data: copy-your-data} in the front matter of docs/${DOC}.md`,
    );
    // The new id is new, not broken.
    expect(report.added).toEqual([`/${DOC}#copy-your-data`, `/tr/${DOC}#copy-your-data`]);
    expect(ledgerSummary(report).join('\n')).toMatch(/2 new address\(es\).*npm run links:record/);
  });

  it('accepts the renamed section once the old id is an alias', () => {
    const renamed = [
      SECTIONS[0]!,
      {id: 'copy-your-data', title: 'Copy your data', alias: 'move-your-data'},
    ];
    expect(compareLedger(recorded(), load(writeSite(site(renamed)))).broken).toEqual([]);
  });

  it('reports a deleted decision-table row', () => {
    const report = compareLedger(recorded(), load(writeSite(site(SECTIONS, []))));
    expect(report.broken.map((b) => b.address)).toEqual([
      `/${DOC}#keep-tenant`,
      `/tr/${DOC}#keep-tenant`,
    ]);
  });

  it('reports a removed page and short link with the redirection to add', () => {
    const files = site();
    delete files[`2021-08/${DOC}.html`];
    delete files['tr/go/move.html'];
    const report = compareLedger(recorded(), load(writeSite(files)));
    expect(report.broken.map((b) => b.address)).toEqual([`/2021-08/${DOC}`, '/tr/go/move']);
    expect(report.broken[0]!.reason).toContain(
      `/2021-08/${DOC} no longer resolves: no page, redirect page or _redirects rule ` +
        '(last seen in links.lock.json: en, version 2021-08); keep it: add a redirection entry ' +
        `{"source_path": "${DOC}.md"`,
    );
    expect(report.broken[1]!.reason).toContain('support_id: move');
  });

  it('follows a redirect page or a _redirects rule, and checks the ids where it lands', () => {
    const files = site();
    const moved = 'guides/transfer-licenses';
    files[`${moved}.html`] = files[`${DOC}.html`];
    files[`${DOC}.html`] = redirectPage(`/${moved}`);
    delete files[`tr/${DOC}.html`];
    files[`tr/${moved}.html`] = articlePage('tr', 'current', [SECTIONS[0]!]);
    files._redirects = `/tr/${DOC} /tr/${moved} 301\n`;
    const report = compareLedger(recorded(), load(writeSite(files)));
    expect(report.broken.map((b) => b.address)).toEqual([`/tr/${DOC}#move-your-data`]);
    expect(report.broken[0]!.reason).toContain(`(it now opens /tr/${moved})`);
  });

  it('does not compare a locale the build lacks, and says so', () => {
    const files = Object.fromEntries(
      Object.entries(site()).filter(([file]) => !file.startsWith('tr/')),
    );
    const report = compareLedger(recorded(), load(writeSite(files)));
    expect(report.broken).toEqual([]);
    expect(report.notBuilt).toEqual(['tr']);
    expect(ledgerSummary(report)[0]).toBe(
      'ledger: tr not in this build: those addresses not compared',
    );
  });

  it('fails npm run check:build with the ledger check, naming the address', async () => {
    const siteDir = writeSite(site([SECTIONS[0]!]));
    fs.writeFileSync(path.join(siteDir, 'links.lock.json'), serializeLedger(recorded()));
    const report = await checkBuild({
      dir: path.join(siteDir, 'build'),
      siteDir,
      englishStrings: [],
    });
    const ledger = report.problems.filter((p) => p.check === CHECKS.ledger);
    expect(ledger.map((p) => `${p.file}: ${p.reason.split(' ')[0]}`)).toEqual([
      `${DOC}.html: /${DOC}#move-your-data`,
      `tr/${DOC}.html: /tr/${DOC}#move-your-data`,
    ]);
  });
});
