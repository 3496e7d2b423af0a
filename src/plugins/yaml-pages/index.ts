/**
 * Docusaurus plugin: the MDX loader compiles the docs' `.yml` pages.
 *
 * In:  the bundler configuration after the docs plugin added its MDX loader
 *      rule (`test: /\.mdx?$/`, `include`: the docs content folders).
 * Out: the same loader, with the same options, for `.yml` files in the same
 *      folders. src/msdocs/yaml/hooks.ts turns their text into Markdown
 *      before the loader reads it.
 *
 * Why: the docs plugin lists `.yml` files when its `include` says so, but
 * its loader rule only matches `.md`/`.mdx`; without this the bundler has no
 * loader for the page's module. The rule is found by its shape (Docusaurus
 * 3.10's createMDXLoaderRule); when no rule matches, the build stops here
 * instead of failing later on every `.yml` page.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';

const MDX_TEST = String(/\.mdx?$/i);

/** The docs plugin's MDX rule: `/\.mdx?$/i` over the docs content folders. */
function isDocsMdxRule(rule: unknown, docsDir: string): rule is Record<string, unknown> {
  if (!rule || typeof rule !== 'object') return false;
  const {test, include} = rule as {test?: unknown; include?: unknown};
  return (
    String(test) === MDX_TEST &&
    Array.isArray(include) &&
    include.some((dir) => typeof dir === 'string' && dir.startsWith(docsDir))
  );
}

export default function yamlPages(context: LoadContext): Plugin {
  const docsDir = `${context.siteDir}/docs`;
  return {
    name: 'yaml-pages',
    configureWebpack(config) {
      const rule = config.module?.rules?.find((r) => isDocsMdxRule(r, docsDir));
      if (!rule) {
        throw new Error(
          `yaml-pages: no MDX loader rule of the docs plugin (test ${MDX_TEST}, include ${docsDir}) in the bundler configuration; Docusaurus changed how it registers it (written for 3.10)`,
        );
      }
      return {module: {rules: [{...rule, test: /\.ya?ml$/i}]}};
    },
  };
}
