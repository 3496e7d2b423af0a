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
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {scratchSite, siteDir} from './scratch-site.mjs';

const PREFIX = '@@UNTRANSLATED@@';

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
 * Runs `docusaurus write-translations` for each locale in a scratch copy of
 * the site and returns, per locale, every message keyed `file:key`.
 * @param {string[]} locales
 * @param {{prefix?: string, prepare?: (scratchDir: string) => void}} [options]
 *   prefix marks messages the command had to add; prepare edits the scratch
 *   copy first (tests use it to break a translation).
 * @returns {Promise<Record<string, Map<string, string>>>}
 */
export async function writeScratchTranslations(locales, {prefix, prepare} = {}) {
  const tmp = scratchSite('i18n-check-');
  try {
    prepare?.(tmp);
    const bin = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
    /** @type {Record<string, Map<string, string>>} */
    const out = {};
    for (const locale of locales) {
      const args = [
        'write-translations',
        '--locale',
        locale,
        ...(prefix ? ['--messagePrefix', prefix] : []),
      ];
      // Asynchronous on purpose: a synchronous child blocks the unit-test
      // worker for tens of seconds and its RPC calls to Vitest time out.
      await promisify(execFile)(bin, args, {cwd: tmp});
      out[locale] = readMessages(path.join(tmp, 'i18n', locale));
    }
    return out;
  } finally {
    fs.rmSync(tmp, {recursive: true, force: true});
  }
}

/**
 * @param {{prepare?: (scratchDir: string) => void, english?: Map<string, string>}} [options]
 *   prepare edits the scratch copy before the check (tests use it to break a
 *   translation); english is the English messages of an earlier run (what it
 *   returned), reused when prepare changes no English source: the check then
 *   runs write-translations for Turkish only. The English messages returned
 *   are the site's and theme's defaults, keyed `file:key` (the interface
 *   strings the static checks look for on Turkish pages).
 * @returns {Promise<{missing: string[], untranslated: string[], english: Map<string, string>}>}
 */
export async function checkTranslations({prepare, english} = {}) {
  const written = await writeScratchTranslations(english ? ['tr'] : ['tr', 'en'], {
    prefix: PREFIX,
    prepare,
  });
  const tr = written.tr ?? new Map();
  // English has no messages of its own: each is its default, with the prefix.
  const en =
    english ??
    new Map([...(written.en ?? new Map())].map(([key, m]) => [key, m.replace(PREFIX, '')]));
  const missing = [];
  const untranslated = [];
  for (const [key, message] of tr) {
    if (message.startsWith(PREFIX)) missing.push(key);
    else {
      const inEnglish = en.get(key);
      if (inEnglish !== undefined && inEnglish === message && !SAME_IN_BOTH.has(message))
        untranslated.push(key);
    }
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
  const {en = new Map()} = await writeScratchTranslations(['en']);
  const tr = readMessages(path.join(siteDir, 'i18n', 'tr'));
  return [...en].map(([key, english]) => ({key, english, turkish: tr.get(key)}));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {missing, untranslated} = await checkTranslations();
  for (const k of missing) console.error(`missing in i18n/tr: ${k}`);
  for (const k of untranslated) console.error(`still English in i18n/tr: ${k}`);
  if (missing.length || untranslated.length) process.exit(1);
  console.log('i18n/tr: every interface string is translated');
}
