#!/usr/bin/env node
/**
 * Fails when the Turkish interface is incomplete.
 *
 * Runs `docusaurus write-translations --locale en` in a scratch copy of the
 * site (the working tree is never touched) for every interface string's
 * English default, then reports
 *  - keys i18n/tr lacks (`write-translations --locale tr` would add them), and
 *  - keys whose Turkish message is still the English one (the theme ships a
 *    few of those, e.g. "(opens in new tab)"), unless allowed below.
 *
 * Usage: node scripts/check-translations.mjs   (exit 1 on any problem)
 * Also exported as checkTranslations() for the unit test.
 */
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {scratchSite, siteDir} from './scratch-site.mjs';

// Messages that are the same in Turkish and English on purpose (names,
// version numbers, placeholders only).
export const SAME_IN_BOTH = new Set([
  'Microsoft 365',
  'Microsoft',
  'Microsoft Learn',
  '2021-08',
  '{authorName} - {nPosts}',
]);

/**
 * @param {string} dir
 * @returns {Map<string, string>}
 */
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
 * The English default of every interface string of the site and its theme,
 * keyed `file:key`: `docusaurus write-translations --locale en` in a scratch
 * copy (the working tree is never touched). The command writes the same
 * keys for every locale (they come from the source and the site's config),
 * so these are also the keys `--locale tr` would add when i18n/tr lacks them.
 * @returns {Promise<Map<string, string>>}
 */
export async function englishMessages() {
  const tmp = scratchSite('i18n-check-');
  try {
    const bin = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
    // Asynchronous on purpose: a synchronous child blocks the unit-test
    // worker for seconds and its RPC calls to Vitest time out.
    await promisify(execFile)(bin, ['write-translations', '--locale', 'en'], {cwd: tmp});
    return readMessages(path.join(tmp, 'i18n', 'en'));
  } finally {
    fs.rmSync(tmp, {recursive: true, force: true});
  }
}

/**
 * The site's Turkish messages, keyed `file:key`; with `prepare`, those of a
 * scratch copy it has edited first (tests use it to break a translation).
 * @param {(scratchDir: string) => void} [prepare]
 * @returns {Map<string, string>}
 */
function turkishMessages(prepare) {
  if (!prepare) return readMessages(path.join(siteDir, 'i18n', 'tr'));
  const tmp = scratchSite('i18n-check-');
  try {
    prepare(tmp);
    return readMessages(path.join(tmp, 'i18n', 'tr'));
  } finally {
    fs.rmSync(tmp, {recursive: true, force: true});
  }
}

/**
 * @param {{prepare?: (scratchDir: string) => void, english?: Map<string, string>}} [options]
 *   prepare edits a scratch copy's Turkish files before the check (tests use
 *   it to break a translation); english is the English messages of an
 *   earlier run (what it returned), reused instead of running
 *   write-translations again: Turkish files don't change them.
 * @returns {Promise<{missing: string[], untranslated: string[], english: Map<string, string>}>}
 *   missing: keys with no Turkish message (write-translations would add
 *   them); untranslated: Turkish messages still the English default; english:
 *   the site's and theme's defaults, keyed `file:key` (the interface strings
 *   the static checks look for on Turkish pages).
 */
export async function checkTranslations({prepare, english} = {}) {
  const en = english ?? (await englishMessages());
  const tr = turkishMessages(prepare);
  const missing = [];
  const untranslated = [];
  for (const [key, inEnglish] of en) {
    const message = tr.get(key);
    if (message === undefined) missing.push(key);
    else if (message === inEnglish && !SAME_IN_BOTH.has(message)) untranslated.push(key);
  }
  return {missing, untranslated, english: en};
}

/**
 * Every interface string of the site and its theme: English default and the
 * Turkish message (undefined when missing), keyed `file:key`. The e2e crawl
 * looks for the English ones on Turkish pages.
 * @returns {Promise<{key: string, english: string, turkish: string | undefined}[]>}
 */
export async function interfaceStrings() {
  const en = await englishMessages();
  const tr = turkishMessages();
  return [...en].map(([key, english]) => ({key, english, turkish: tr.get(key)}));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {missing, untranslated} = await checkTranslations();
  for (const k of missing) console.error(`missing in i18n/tr: ${k}`);
  for (const k of untranslated) console.error(`still English in i18n/tr: ${k}`);
  if (missing.length || untranslated.length) process.exit(1);
  console.log('i18n/tr: every interface string is translated');
}
