/**
 * Stand-in for Docusaurus' generated `@generated/codeTranslations` (the
 * id -> message map of the locale being built), so the real <Translate>
 * can render a component in English or Turkish in one test run.
 *
 * In: setLocale('tr') loads i18n/tr/code.json; setLocale('en') empties the
 * map (English is the default message in the source).
 */
import fs from 'node:fs';
import path from 'node:path';

const codeTranslations: Record<string, string> = {};
export default codeTranslations;

export function setLocale(locale: 'en' | 'tr'): void {
  for (const key of Object.keys(codeTranslations)) delete codeTranslations[key];
  if (locale === 'en') return;
  const file = path.join(import.meta.dirname, '..', '..', '..', 'i18n', locale, 'code.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  for (const [id, {message}] of Object.entries(json)) codeTranslations[id] = message;
}
