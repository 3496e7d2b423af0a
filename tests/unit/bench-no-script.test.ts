/**
 * The benchmark's no-script control (scripts/bench/no-script.mjs): the built
 * article with its scripts and script preloads cut out and every other byte
 * kept, served beside the page, so Lighthouse can measure what the page's
 * own HTML and CSS cost without the site's JavaScript.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {NO_SCRIPT_PREFIX, stripScripts, writeNoScriptPage} from '../../scripts/bench/no-script.mjs';
import {startServer} from '../../scripts/bench/server.mjs';

// The shape Docusaurus and the site's postBuild passes write: minified,
// unquoted attributes, self-closed links, inline and external scripts.
const HEAD =
  '<!doctype html><html lang=tr dir=ltr><head><meta charset=UTF-8><title>Lisanslar</title>' +
  '<link rel=stylesheet href=/assets/css/styles.f19cc619.css />';
const BODY =
  '<body><div id=__docusaurus><link rel=preload as=image href=/img/logo.svg />' +
  '<h1 id=transfer>Lisansları aktarma</h1><p>Metin &amp; tablo.</p></div>';

const page = (parts: {head?: string; body?: string}) =>
  `${HEAD}${parts.head ?? ''}</head>${BODY}${parts.body ?? ''}</body></html>`;

describe('stripScripts', () => {
  it('cuts out every script element and script preload and keeps every other byte', () => {
    const html = page({
      head:
        '<script>(function(){var t=localStorage.getItem("theme");document.documentElement.dataset.theme=t})()</script>' +
        '<link rel=preload href=/assets/js/main.0a1b2c3d.js as=script>' +
        '<link rel="modulepreload" href="/assets/js/x.js">' +
        '<LINK REL=Preload AS=Script HREF=/assets/js/runtime~main.js>',
      body:
        '<script data-route-scripts="/assets/js/a.js /assets/js/b.js">if (a<b) document.write("<p>x</p></div>")</script>' +
        '<SCRIPT src=/assets/js/main.0a1b2c3d.js async></SCRIPT>',
    });
    const {html: out, removed} = stripScripts(html);
    expect(removed).toBe(6);
    expect(out).toBe(page({}));
    expect(out).not.toMatch(/script/i);
  });

  it('leaves a page without scripts as it is', () => {
    expect(stripScripts(page({}))).toEqual({html: page({}), removed: 0});
  });
});

describe('writeNoScriptPage', () => {
  let build: string;
  let origin: string;
  let stop: () => Promise<void>;
  const scripted = page({body: '<script src=/assets/js/main.0a1b2c3d.js async></script>'});

  beforeAll(async () => {
    build = fs.mkdtempSync(path.join(os.tmpdir(), 'no-script-test-'));
    fs.mkdirSync(path.join(build, 'tr', 'licenses'), {recursive: true});
    fs.writeFileSync(path.join(build, 'tr', 'licenses', 'transfer.html'), scripted);
    fs.writeFileSync(path.join(build, 'plain.html'), page({}));
    fs.writeFileSync(path.join(build, 'index.html'), page({}));
    ({origin, stop} = await startServer(build));
  });

  afterAll(async () => {
    await stop?.();
    fs.rmSync(build, {recursive: true, force: true});
  });

  it('serves the control beside the page, the page itself untouched', async () => {
    const control = writeNoScriptPage(build, '/tr/licenses/transfer');
    expect(control).toBe(`${NO_SCRIPT_PREFIX}/tr/licenses/transfer`);
    const served = await fetch(`${origin}${control}`);
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(page({}));
    const original = await fetch(`${origin}/tr/licenses/transfer`);
    expect(await original.text()).toBe(scripted);
  });

  it('refuses a page with nothing to take out, and a missing page', () => {
    expect(() => writeNoScriptPage(build, '/plain')).toThrow(/no script to take out/);
    expect(() => writeNoScriptPage(build, '/missing')).toThrow(/no page/);
  });
});
