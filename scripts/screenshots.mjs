#!/usr/bin/env node
/**
 * Screenshots for looking at the site as a reader: each given path at desktop
 * and phone width, light and dark, into screenshots/ (not committed).
 * Needs the site served (npm run serve).
 *
 * Usage: node scripts/screenshots.mjs [--base http://127.0.0.1:3000] [--print] path...
 */
import fs from 'node:fs';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import {CHROMIUM_FLAGS, chromiumPath} from './chromium.mjs';

const {
  values: {base, print},
  positionals: paths,
} = parseArgs({
  options: {
    base: {type: 'string', default: 'http://127.0.0.1:3000'},
    print: {type: 'boolean', default: false},
  },
  allowPositionals: true,
});
const browser = await chromium.launch({executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS]});
fs.mkdirSync('screenshots', {recursive: true});
const viewports = {desktop: {width: 1280, height: 900}, phone: {width: 390, height: 844}};
for (const p of paths) {
  for (const [vpName, viewport] of Object.entries(viewports)) {
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      const page = await browser.newPage({viewport, colorScheme: scheme});
      await page.goto(base + p, {waitUntil: 'networkidle'});
      const name = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${vpName}-${scheme}`;
      await page.screenshot({path: `screenshots/${name}.png`, fullPage: true});
      if (print && scheme === 'light') {
        await page.emulateMedia({media: 'print'});
        await page.screenshot({path: `screenshots/${name}-print.png`, fullPage: true});
      }
      await page.close();
      console.log(`screenshots/${name}.png`);
    }
  }
}
await browser.close();
