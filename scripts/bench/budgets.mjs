/**
 * The byte budgets and benchmark targets (./budgets.json), and the pages
 * they are measured on: the seed article, present at every N, in each
 * locale and version.
 */
import fs from 'node:fs';

export const {budgets, targets} = JSON.parse(
  fs.readFileSync(new URL('./budgets.json', import.meta.url), 'utf8'),
);

export const ARTICLE = 'microsoft-365/commerce/licenses/transfer-licenses-between-tenants';

/** Address of the article in a locale (`en`, `tr`) and version (`current`, `2021-08`). */
export function articlePath(locale, version = 'current') {
  return `${locale === 'en' ? '' : `/${locale}`}${version === 'current' ? '' : `/${version}`}/${ARTICLE}`;
}
