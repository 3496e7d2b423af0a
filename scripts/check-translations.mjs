#!/usr/bin/env node
/**
 * Fails when the Turkish interface is incomplete.
 *
 * Runs `docusaurus write-translations` for tr and en in a scratch copy of the
 * site (the working tree is never touched), then reports
 *  - keys the command would add to i18n/tr (a string with no translation), and
 *  - keys whose Turkish message is still the English one (the theme ships a
 *    few of those, e.g. "(opens in new tab)"), unless allowed below.
 *
 * Usage: node scripts/check-translations.mjs   (exit 1 on any problem)
 * Also exported as checkTranslations() for the unit test.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PREFIX = '@@UNTRANSLATED@@';

// Messages that are the same in Turkish and English on purpose (names,
// version numbers, placeholders only).
const SAME_IN_BOTH = new Set(['Microsoft 365', 'Microsoft', 'Microsoft Learn', '2021-08', '{authorName} - {nPosts}']);

const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'playwright-report', 'tests']);

function copySite(to) {
  for (const entry of fs.readdirSync(siteDir)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(siteDir, entry), path.join(to, entry), {recursive: true});
  }
  fs.symlinkSync(path.join(siteDir, 'node_modules'), path.join(to, 'node_modules'), 'dir');
}

function readMessages(dir) {
  const out = new Map();
  if (!fs.existsSync(dir)) return out;
  for (const file of fs.readdirSync(dir, {recursive: true})) {
    if (!String(file).endsWith('.json')) continue;
    const json = JSON.parse(fs.readFileSync(path.join(dir, String(file)), 'utf8'));
    for (const [key, value] of Object.entries(json)) out.set(`${file}:${key}`, value.message);
  }
  return out;
}

/**
 * @param {{prepare?: (scratchDir: string) => void}} [options] prepare edits
 *   the scratch copy before the check (tests use it to break a translation).
 */
export function checkTranslations({prepare} = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-check-'));
  try {
    copySite(tmp);
    prepare?.(tmp);
    const bin = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
    for (const locale of ['tr', 'en']) {
      execFileSync(bin, ['write-translations', '--locale', locale, '--messagePrefix', PREFIX], {
        cwd: tmp,
        stdio: 'pipe',
      });
    }
    const tr = readMessages(path.join(tmp, 'i18n', 'tr'));
    const en = readMessages(path.join(tmp, 'i18n', 'en'));
    const missing = [];
    const untranslated = [];
    for (const [key, message] of tr) {
      if (message.startsWith(PREFIX)) missing.push(key);
      else {
        const english = en.get(key)?.replace(PREFIX, '');
        if (english !== undefined && english === message && !SAME_IN_BOTH.has(message)) untranslated.push(key);
      }
    }
    return {missing, untranslated};
  } finally {
    fs.rmSync(tmp, {recursive: true, force: true});
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {missing, untranslated} = checkTranslations();
  for (const k of missing) console.error(`missing in i18n/tr: ${k}`);
  for (const k of untranslated) console.error(`still English in i18n/tr: ${k}`);
  if (missing.length || untranslated.length) process.exit(1);
  console.log('i18n/tr: every interface string is translated');
}
