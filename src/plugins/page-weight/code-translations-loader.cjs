/**
 * Bundler loader: empties the browser's copy of Docusaurus' generated
 * codeTranslations.json (id -> message of the page's locale).
 *
 * In:  the JSON, e.g. {"links.copyLink.label": "Bağlantıyı kopyala", ...}
 * Out: a JavaScript module exporting {}.
 *
 * Why: the whole table sits in the main bundle of every page, though most of
 * its messages are shown by code that loads later (404, search, the ticket
 * menu...). ./translation-descriptions-loader.cjs puts each message in the
 * translate() call or <Translate> element that shows it instead, and fails the
 * build on a call whose id it can't replace, so nothing is left to look up.
 * The server's render keeps the table (the HTML is the same either way).
 */
const {fencedLoader} = require('./fence.cjs');

module.exports = fencedLoader('code-translations-loader.cjs', (source, stats) => {
  const messages = /** @type {Record<string, string>} */ (JSON.parse(source));
  stats.changes = Object.keys(messages).length;
  // An English build has no table: nothing to empty, and nothing to expect.
  if (stats.changes === 0) stats.changes = 1;
  return 'module.exports = {};';
});
