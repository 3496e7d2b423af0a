/**
 * Bundler loader for Docusaurus' generated `.docusaurus/docusaurus.config.mjs`
 * (the site configuration every page's main bundle carries), applied to the
 * browser bundle only (see ./index.ts).
 *
 * In:  `export default {...};`, the whole site configuration as JSON.
 * Out: the same object without the settings only the build reads: presets
 *      and plugins (their options; functions already serialise as null),
 *      Markdown parsing options, broken-link policies, static folders, and
 *      the future flags of the build tooling (`future.faster`, VCS).
 *
 * Why: useDocusaurusContext().siteConfig in the browser is read for the
 * title, URLs, i18n, future flags and the theme configuration; these keys
 * are build instructions nobody reads there. A file of another shape passes
 * through unchanged, and fails a production build (./fence.cjs).
 */
const {fencedLoader} = require('./fence.cjs');

const BUILD_ONLY = [
  'presets',
  'plugins',
  'themes',
  'markdown',
  'onBrokenLinks',
  'onBrokenAnchors',
  'onDuplicateRoutes',
  'onBrokenMarkdownLinks',
  'staticDirectories',
];
const EXPORT = /export default (\{[\s\S]*\});?\s*$/;

/**
 * @param {string} source
 * @param {{changes: number}} [stats] counts what was changed
 */
function forBrowser(source, stats = {changes: 0}) {
  const json = EXPORT.exec(source)?.[1];
  if (!json) return source;
  let config;
  try {
    config = JSON.parse(json);
  } catch {
    return source;
  }
  for (const key of BUILD_ONLY) {
    if (key in config) stats.changes++;
    delete config[key];
  }
  // The browser reads future.experimental_router (and the v4 flags are kept);
  // `faster` picks bundler and minifiers, `experimental_vcs` reads git.
  if (config.future) {
    delete config.future.faster;
    delete config.future.experimental_vcs;
  }
  return `export default ${JSON.stringify(config)};\n`;
}

module.exports = fencedLoader('site-config-loader.cjs', (source, stats) =>
  forBrowser(source, stats),
);
module.exports.forBrowser = forBrowser;
