/**
 * Stands in for @docusaurus/theme-classic's client module
 * `lib/prism-include-languages`, which imports Prism into every page's main
 * bundle to register `prism.additionalLanguages` at start-up. Here nothing
 * happens at start-up: src/theme/CodeBlock registers the languages when a
 * page first shows a code block, after loading Prism itself.
 */
export {};
