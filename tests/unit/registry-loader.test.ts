/**
 * The page-weight plugin's loader for Docusaurus' generated chunk registry
 * (src/plugins/page-weight/registry-loader.cjs): the browser's copy loses
 * each route's module name and gets short keys, and nothing else.
 */
import {describe, expect, it} from 'vitest';
import {compactRegistry} from '../../src/plugins/page-weight/registry-loader.cjs';

// The shape Docusaurus 3.10 writes to .docusaurus/registry.js (Turkish path included).
const REGISTRY = `export default {
  "17896441": [() => import(/* webpackChunkName: "17896441" */ "@theme/DocItem"), "@theme/DocItem", require.resolveWeak("@theme/DocItem")],
  "3a1f0c2e": [() => import(/* webpackChunkName: "3a1f0c2e" */ "@site/i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/commerce/licenses/lisans-\\"özel\\".md"), "@site/i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/commerce/licenses/lisans-\\"özel\\".md", require.resolveWeak("@site/i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/commerce/licenses/lisans-\\"özel\\".md")],
};
`;

describe('registry loader', () => {
  it('empties the module name of every entry, shortens its key and keeps the import and the module id', () => {
    const out = compactRegistry(REGISTRY);
    expect(out).toContain(
      '"0": [() => import(/* webpackChunkName: "17896441" */ "@theme/DocItem"), "", require.resolveWeak("@theme/DocItem")],',
    );
    expect(out).toContain(
      '"1": [() => import(/* webpackChunkName: "3a1f0c2e" */ "@site/i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/commerce/licenses/lisans-\\"özel\\".md"), "", require.resolveWeak(',
    );
    // Each module path now appears twice per entry instead of three times.
    expect(out.split('lisans-\\"özel\\".md').length - 1).toBe(2);
  });

  it('passes a registry of another shape through unchanged', () => {
    const other = 'export default {"a": [() => import("./a"), "./a"]};\n';
    expect(compactRegistry(other)).toBe(other);
  });
});
