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
export const SAME_IN_BOTH = new Set(['Microsoft 365', 'Microsoft', 'Microsoft Learn', '2021-08', '{authorName} - {nPosts}']);

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
 * Runs `docusaurus write-translations` for each locale in a scratch copy of
 * the site and returns, per locale, every message keyed `file:key`.
 * @param {string[]} locales
 * @param {{prefix?: string, prepare?: (scratchDir: string) => void}} [options]
 *   prefix marks messages the command had to add; prepare edits the scratch
 *   copy first (tests use it to break a translation).
 * @returns {Record<string, Map<string, string>>}
 */
export function writeScratchTranslations(locales, {prefix, prepare} = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'i18n-check-'));
  try {
    copySite(tmp);
    prepare?.(tmp);
    const bin = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
    const out = {};
    for (const locale of locales) {
      const args = ['write-translations', '--locale', locale, ...(prefix ? ['--messagePrefix', prefix] : [])];
      execFileSync(bin, args, {cwd: tmp, stdio: 'pipe'});
      out[locale] = readMessages(path.join(tmp, 'i18n', locale));
    }
    return out;
  } finally {
    fs.rmSync(tmp, {recursive: true, force: true});
  }
}

/**
 * @param {{prepare?: (scratchDir: string) => void}} [options] prepare edits
 *   the scratch copy before the check (tests use it to break a translation).
 */
export function checkTranslations({prepare} = {}) {
  const {tr, en} = writeScratchTranslations(['tr', 'en'], {prefix: PREFIX, prepare});
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
}

/**
 * Every interface string of the site and its theme: English default and the
 * Turkish message (undefined when missing), keyed `file:key`. The e2e crawl
 * looks for the English ones on Turkish pages.
 * @returns {{key: string, english: string, turkish: string | undefined}[]}
 */
export function interfaceStrings() {
  const {en} = writeScratchTranslations(['en']);
  const tr = readMessages(path.join(siteDir, 'i18n', 'tr'));
  return [...en].map(([key, english]) => ({key, english, turkish: tr.get(key)}));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {missing, untranslated} = checkTranslations();
  for (const k of missing) console.error(`missing in i18n/tr: ${k}`);
  for (const k of untranslated) console.error(`still English in i18n/tr: ${k}`);
  if (missing.length || untranslated.length) process.exit(1);
  console.log('i18n/tr: every interface string is translated');
}
