/**
 * The fence around page-weight's rewrites (src/plugins/page-weight/fence.cjs),
 * on what the installed Docusaurus really generates for this site: its
 * codegen (loadSite, the step of `docusaurus build` that writes
 * `.docusaurus/`) run into a scratch folder, and the installed octicons and
 * theme modules. Each loader must change something in the real file and,
 * in a production build, fail naming itself and the file when it changes
 * nothing; the plugin must refuse to start on versions it doesn't know.
 */
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {
  WRITTEN_FOR,
  checkVersions,
  installedVersion,
} from '../../src/plugins/page-weight/fence.cjs';
import globalDataLoader from '../../src/plugins/page-weight/global-data-loader.cjs';
import octicons16 from '../../src/plugins/page-weight/octicons-16-loader.cjs';
import registryLoader from '../../src/plugins/page-weight/registry-loader.cjs';
import routesChunkNamesLoader from '../../src/plugins/page-weight/routes-chunk-names-loader.cjs';
import routesLoader from '../../src/plugins/page-weight/routes-loader.cjs';
import siteConfigLoader from '../../src/plugins/page-weight/site-config-loader.cjs';
import translationDescriptions from '../../src/plugins/page-weight/translation-descriptions-loader.cjs';
import versionMetadataLoader from '../../src/plugins/page-weight/version-metadata-loader.cjs';

const require = createRequire(import.meta.url);
const siteDir = path.resolve(import.meta.dirname, '..', '..');

type Loader = (this: never, source: string) => string;

/** What a loader reads of the bundler's context, in a production build. */
function context(resourcePath: string, options: Record<string, unknown> = {}) {
  const warnings: Error[] = [];
  return {
    resourcePath,
    warnings,
    addDependency: () => undefined,
    getOptions: () => ({strict: true, ...options}),
    emitWarning: (error: Error) => warnings.push(error),
  };
}

function run(
  loader: Loader,
  file: string,
  source = fs.readFileSync(file, 'utf8'),
  options?: Record<string, unknown>,
): string {
  return (loader as (this: unknown, source: string) => string).call(context(file, options), source);
}

let generated = '';

beforeAll(async () => {
  generated = fs.mkdtempSync(path.join(os.tmpdir(), 'page-weight-codegen-'));
  // Docusaurus reads the generated folder's name once, when it loads: a
  // process of its own, so the site's `.docusaurus` is never touched.
  const codegen = `const {loadSite} = await import('@docusaurus/core/lib/server/site.js');
await loadSite({siteDir: process.cwd(), locale: 'tr'});`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', codegen], {
    cwd: siteDir,
    env: {...process.env, NODE_ENV: 'production', DOCUSAURUS_GENERATED_FILES_DIR_NAME: generated},
    maxBuffer: 16 * 1024 * 1024,
  });
  // A guard against hangs, not a time limit: codegen on a loaded machine.
}, 180_000);

afterAll(() => {
  if (generated) fs.rmSync(generated, {recursive: true, force: true});
});

describe('page-weight loaders on what the installed Docusaurus generates', () => {
  const file = (name: string): string => path.join(generated, name);

  it('routes.js: every page route is rewritten, each path written at most once', () => {
    const source = fs.readFileSync(file('routes.js'), 'utf8');
    const out = run(routesLoader, file('routes.js'));
    expect(out).toContain('__pageAt(');
    expect(out).not.toMatch(/ComponentCreator\('[^']*', '[^']*'\),\s*exact: true/);
    expect(out.length).toBeLessThan(source.length);
  });

  it('routesChunkNames.json and registry.js: short keys, the same in both', () => {
    const chunkNames = run(routesChunkNamesLoader, file('routesChunkNames.json'));
    const registry = run(registryLoader, file('registry.js'));
    const keysInTable = new Set(
      JSON.stringify(JSON.parse(chunkNames)).match(/"[0-9a-z]{1,3}"/g) ?? [],
    );
    expect(keysInTable.size).toBeGreaterThan(0);
    for (const key of keysInTable) expect(registry).toContain(`${key}: [() => import(`);
    expect(registry).toMatch(/\), "", require\.resolveWeak\(/);
  });

  it('globalData.json: each doc rebuilt from the route table, the same object as before', () => {
    const source = fs.readFileSync(file('globalData.json'), 'utf8');
    const out = run(globalDataLoader, file('globalData.json'));
    const routes = JSON.parse(fs.readFileSync(file('routesChunkNames.json'), 'utf8'));
    const rebuilt = new Function(
      'routesChunkNames',
      out.replace(/^import .*$/m, '').replace('export default', 'return'),
    )(routes);
    expect(rebuilt).toEqual(JSON.parse(source));
  });

  it('version metadata: the same object, titles included, without unlisted: false', () => {
    const dir = file('docusaurus-plugin-content-docs/default/p');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      const out = run(versionMetadataLoader, path.join(dir, name));
      const rebuilt = new Function(out.replace('export default', 'return'))();
      const expected = JSON.parse(source.replace(/,"unlisted":false/g, ''));
      expect(rebuilt).toEqual(expected);
    }
  });

  it('docusaurus.config.mjs: build-only keys left out, what the browser reads kept', () => {
    const out = run(siteConfigLoader, file('docusaurus.config.mjs'));
    const config = JSON.parse(/export default (\{.*\});/s.exec(out)?.[1] ?? 'null');
    expect(config).not.toHaveProperty('presets');
    expect(config).not.toHaveProperty('plugins');
    expect(config).toHaveProperty('themeConfig.navbar');
    expect(config).toHaveProperty('i18n.defaultLocale', 'en');
  });

  it("the theme's translate() calls lose their descriptions", () => {
    const theme = path.dirname(require.resolve('@docusaurus/theme-classic'));
    const file = path.join(theme, 'theme', 'BackToTopButton', 'index.js');
    const source = fs.readFileSync(file, 'utf8');
    expect(source).toMatch(/description/);
    expect(run(translationDescriptions, file)).not.toMatch(/description:/);
  });

  it('octicons: every installed icon module is one the loader knows; it keeps 16 px only', () => {
    const icons = path.join(path.dirname(require.resolve('@primer/octicons-react')), 'icons');
    const out = run(octicons16, path.join(icons, 'LightBulbIcon.mjs'));
    expect(out).toContain('var heights = ["16"];');
    const modules = fs.readdirSync(icons).filter((f) => f.endsWith('.mjs'));
    expect(modules.length).toBeGreaterThan(100);
    for (const name of modules) {
      expect(() => run(octicons16, path.join(icons, name))).not.toThrow();
    }
  });
});

describe('a loader that matches nothing', () => {
  it('fails a production build, naming the loader and the file', () => {
    // routes.js as a newer Docusaurus might write it: route objects in another form.
    const routes = path.join(generated, 'routes.js');
    const changed = fs
      .readFileSync(routes, 'utf8')
      .replace(/component: ComponentCreator\(/g, 'component: createComponent(');
    expect(() => run(routesLoader, routes, changed)).toThrow(
      /routes-loader\.cjs changed nothing in .*routes\.js/,
    );
    const registry = path.join(generated, 'registry.js');
    expect(() => run(registryLoader, registry, 'export default {};\n')).toThrow(
      /registry-loader\.cjs changed nothing in .*registry\.js/,
    );
  });

  it('warns in development instead', () => {
    const ctx = {...context('routes.js'), getOptions: () => ({strict: false})};
    const out = (routesLoader as (this: unknown, s: string) => string).call(
      ctx,
      'export default [];\n',
    );
    expect(out).toBe('export default [];\n');
    expect(ctx.warnings[0]?.message).toMatch(/routes-loader\.cjs changed nothing/);
  });
});

describe('versions the rewrites were written for', () => {
  it('a build with an unknown @docusaurus/core stops at start, saying what to re-check', async () => {
    // A scratch copy whose @docusaurus/core says it is 3.99.0: its
    // package.json copied and edited, every other file linked.
    const {scratchSite} = await import('../../scripts/scratch-site.mjs');
    const dir = scratchSite('page-weight-version-', {nodeModules: 'per-package'});
    try {
      const scope = path.join(dir, 'node_modules', '@docusaurus');
      const realScope = fs.realpathSync(scope);
      fs.rmSync(scope);
      fs.mkdirSync(scope);
      for (const name of fs.readdirSync(realScope)) {
        if (name !== 'core') fs.symlinkSync(path.join(realScope, name), path.join(scope, name));
      }
      const core = path.join(scope, 'core');
      fs.mkdirSync(core);
      for (const entry of fs.readdirSync(path.join(realScope, 'core'))) {
        if (entry !== 'package.json')
          fs.symlinkSync(path.join(realScope, 'core', entry), path.join(core, entry));
      }
      const pkg = JSON.parse(fs.readFileSync(path.join(realScope, 'core', 'package.json'), 'utf8'));
      fs.writeFileSync(
        path.join(core, 'package.json'),
        JSON.stringify({...pkg, version: '3.99.0'}),
      );
      const build = promisify(execFile)(
        process.execPath,
        [path.join(core, 'bin', 'docusaurus.mjs'), 'build', '--locale', 'en'],
        {cwd: dir, env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'}},
      );
      await expect(build).rejects.toMatchObject({
        stderr: expect.stringMatching(
          /@docusaurus\/core 3\.99\.0 is installed; the page-weight rewrites were written for 3\.10\.2/,
        ),
      });
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });

  it('the installed ones', () => {
    expect(() => checkVersions(siteDir)).not.toThrow();
    for (const [name, known] of Object.entries(WRITTEN_FOR)) {
      expect(known).toContain(installedVersion(siteDir, name));
    }
  });

  it('another @docusaurus/core: the plugin stops, naming what to re-check', () => {
    const versionOf = (_: string, name: string): string =>
      name === '@docusaurus/core' ? '3.11.0' : installedVersion(siteDir, name);
    expect(() => checkVersions(siteDir, versionOf)).toThrow(
      /@docusaurus\/core 3\.11\.0 is installed; the page-weight rewrites were written for 3\.10\.2[\s\S]*routes-loader\.cjs \(routes\.js\)[\s\S]*WRITTEN_FOR/,
    );
  });
});
