/**
 * The page-weight plugin's source loaders (src/plugins/page-weight): what the
 * browser's bundle loses, and that everything else passes through.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import octicons16 from '../../src/plugins/page-weight/octicons-16-loader.cjs';
import {withoutDescriptions} from '../../src/plugins/page-weight/translation-descriptions-loader.cjs';
import {forBrowser} from '../../src/plugins/page-weight/site-config-loader.cjs';
import {withoutPrefixes} from '../../src/plugins/page-weight/code-translations-loader.cjs';
import {translatedCode} from '../../src/plugins/page-weight';

const require = createRequire(import.meta.url);

describe('octicons loader', () => {
  const iconsDir = path.join(path.dirname(require.resolve('@primer/octicons-react')), 'icons');
  const icon = (name: string): string => fs.readFileSync(path.join(iconsDir, `${name}.mjs`), 'utf8');

  it('keeps the 16 px drawing of an icon the site uses and drops the others', () => {
    const source = icon('LightBulbIcon');
    const out = octicons16(source);
    expect(out).toContain('var heights = ["16"];');
    expect(out).toContain('"16": {');
    expect(out).not.toContain('"24": {');
    expect(out.length).toBeLessThan(source.length * 0.7);
    // Still a module the bundler can parse: the object literal is whole.
    expect(() => new Function(out.replace(/^(import|export) .*$/gm, ''))).not.toThrow();
  });

  it('passes through an icon without a 16 px drawing, and other modules', () => {
    const only24 = 'var heights = ["24"];\nvar svgDataByHeight = {\n\t"24": {\n\t\t"width": 24\n\t}\n};\n';
    expect(octicons16(only24)).toBe(only24);
    expect(octicons16('export default 1;')).toBe('export default 1;');
  });
});

describe('translation descriptions loader', () => {
  it('takes the description out of translate() calls, wherever it sits in the object', () => {
    expect(withoutDescriptions(`translate({id: 'a.b', message: 'Close', description: 'The label, with {count} and "quotes"'})`)).toBe(
      `translate({id: 'a.b', message: 'Close'})`,
    );
    expect(withoutDescriptions(`translate({\n  id: 'a.b',\n  description: "Başlık",\n  message: 'Kapat {n}',\n}, {n: 2})`)).toBe(
      `translate({\n  id: 'a.b',\n  \n  message: 'Kapat {n}',\n}, {n: 2})`,
    );
  });

  it('takes the description attribute out of <Translate> elements, string or expression', () => {
    expect(withoutDescriptions('<Translate id="a.b" description="The label > of it">Close</Translate>')).toBe('<Translate id="a.b">Close</Translate>');
    expect(withoutDescriptions('<Translate\n  id="a.b"\n  description={"x"}\n  values={{n: <b>1</b>}}>Close</Translate>')).toBe(
      '<Translate\n  id="a.b"\n  values={{n: <b>1</b>}}>Close</Translate>',
    );
  });

  it('leaves other descriptions alone: props, meta tags, a description that is not a literal', () => {
    const other = 'const page = {description: "keep"}; <meta name="description" content={description} />; translate({id: "x", message: "m", description})';
    expect(withoutDescriptions(other)).toBe(other);
  });
});

describe('site configuration loader', () => {
  const config = {
    title: 'Lisanslama Rehberi',
    baseUrl: '/tr/',
    future: {v4: {useCssCascadeLayers: true}, experimental_router: 'browser', faster: {rspackBundler: true}, experimental_vcs: {}},
    presets: [['classic', {docs: {beforeDefaultRemarkPlugins: [null]}}]],
    plugins: [null],
    markdown: {format: 'detect'},
    onBrokenLinks: 'throw',
    themeConfig: {navbar: {title: 'Lisanslama Rehberi'}},
  };

  it('keeps what the browser reads and drops build instructions', () => {
    const out = forBrowser(`/* generated */\nexport default ${JSON.stringify(config, null, 2)};\n`);
    const kept = JSON.parse(/export default (.*);/.exec(out)?.[1] ?? 'null') as Record<string, unknown>;
    expect(kept).toEqual({
      title: 'Lisanslama Rehberi',
      baseUrl: '/tr/',
      future: {v4: {useCssCascadeLayers: true}, experimental_router: 'browser'},
      themeConfig: {navbar: {title: 'Lisanslama Rehberi'}},
    });
  });

  it('passes a file of another shape through unchanged', () => {
    const other = 'export default someFunction();\n';
    expect(forBrowser(other)).toBe(other);
  });
});

describe('code translations loader', () => {
  it("drops the strings of plugins the site doesn't run and keeps the rest", () => {
    const json = JSON.stringify({'theme.blog.post.readMore': 'Devamını oku', 'theme.docs.breadcrumbs.home': 'Ana sayfa', 'callout.title.tip': 'İpucu'});
    expect(JSON.parse(withoutPrefixes(json, ['theme.blog.']))).toEqual({'theme.docs.breadcrumbs.home': 'Ana sayfa', 'callout.title.tip': 'İpucu'});
    expect(withoutPrefixes('not json', ['theme.blog.'])).toBe('not json');
  });
});

describe('which code loses translation descriptions', () => {
  it("is the site's own and Docusaurus' packages, not other libraries", () => {
    expect(translatedCode(path.join('site', 'src', 'components', 'Callout', 'index.tsx'))).toBe(true);
    expect(translatedCode(path.join('site', 'node_modules', '@docusaurus', 'theme-classic', 'lib', 'theme', 'Footer', 'index.js'))).toBe(true);
    expect(translatedCode(path.join('site', 'node_modules', '@easyops-cn', 'docusaurus-search-local', 'dist', 'client', 'index.js'))).toBe(true);
    expect(translatedCode(path.join('site', 'node_modules', 'react-dom', 'cjs', 'react-dom-client.production.js'))).toBe(false);
  });
});
