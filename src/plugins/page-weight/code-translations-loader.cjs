/**
 * Bundler loader for Docusaurus' generated `.docusaurus/codeTranslations.json`
 * (the locale's interface strings, from i18n/<locale>/code.json, in every
 * page's main bundle), applied to the browser bundle only (see ./index.ts).
 *
 * In:  {"<id>": "<message>", ...}; option `drop`: id prefixes of the
 *      interface of plugins the site doesn't run (e.g. `theme.blog.`).
 * Out: the same JSON without those ids.
 *
 * Why: `write-translations` lists every string of the theme, blog pages
 * included, and code.json keeps them all translated (tests/unit/translations);
 * without the blog plugin no page can show one. A file of another shape
 * passes through unchanged.
 */
/**
 * @param {string} source
 * @param {string[]} drop
 */
function withoutPrefixes(source, drop) {
  /** @type {unknown} */
  let messages;
  try {
    messages = JSON.parse(source);
  } catch {
    return source;
  }
  if (!messages || typeof messages !== 'object' || Array.isArray(messages)) return source;
  const kept = Object.fromEntries(
    Object.entries(messages).filter(([id]) => !drop.some((prefix) => id.startsWith(prefix))),
  );
  return JSON.stringify(kept);
}

/**
 * @this {import('webpack').LoaderContext<{drop?: string[]}>}
 * @param {string} source
 */
module.exports = function codeTranslationsLoader(source) {
  const {drop = []} = this.getOptions() ?? {};
  return drop.length === 0 ? source : withoutPrefixes(source, drop);
};
module.exports.withoutPrefixes = withoutPrefixes;
