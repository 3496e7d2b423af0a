/**
 * Throw-away copies of the site for the benchmark, and timed builds of them.
 *
 * copySite(prefix): a scratch copy of the site (scripts/scratch-site.mjs)
 *                   whose node_modules is a folder of links to ours rather
 *                   than one link (`per-package`): each copy gets its own
 *                   `node_modules/.cache`, where webpack and Rspack keep their
 *                   persistent caches, so a cold build of one copy never
 *                   reuses another's cache.
 * makeStockSite(prefix, from): the same content (docs, versions, Turkish
 *                   files) as the site in `from`, under a stock Docusaurus
 *                   configuration: classic preset, webpack, none of our
 *                   plugins, theme or CSS (component tags in the Markdown
 *                   render their children).
 * build(siteDir, {cold}): one build of every locale (the site's `npm run build`
 *                   script, else `docusaurus build`); returns wall time, CPU
 *                   time and peak resident memory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {linkPackages, scratchSite, siteDir as REPO} from '../scratch-site.mjs';
import {watchTreeMemory} from './tree-memory.mjs';

export {REPO};
const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rusage-probe.mjs');
const DOCUSAURUS_BIN = path.join('node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

/** @param {string} prefix */
export function copySite(prefix) {
  return scratchSite(prefix, {nodeModules: 'per-package'});
}

// Content Docusaurus' docs plugin reads, shared by both configurations.
const CONTENT = [
  'docs',
  'versioned_docs',
  'versioned_sidebars',
  'versions.json',
  path.join('i18n', 'tr', 'docusaurus-plugin-content-docs'),
];

/**
 * What `npx create-docusaurus` gives, set to serve this content the same way
 * (docs at the root, two locales, two versions, the same navbar): the
 * baseline the issue compares against. No `future` flags: webpack, Babel, Terser.
 */
const STOCK_CONFIG = `// Stock Docusaurus (classic preset, webpack), written by the benchmark.
module.exports = {
  title: 'Licensing Guidance',
  url: 'https://licensing-guidance.example.org',
  baseUrl: '/',
  // Stock Docusaurus can't resolve Microsoft's root-relative links to
  // articles that aren't on the site (the seed has some): it can only warn.
  onBrokenLinks: 'warn',
  i18n: {defaultLocale: 'en', locales: ['en', 'tr']},
  presets: [['classic', {
    docs: {
      routeBasePath: '/',
      sidebarPath: './sidebars.js',
      lastVersion: 'current',
      versions: {current: {label: 'Current', path: ''}, '2021-08': {label: '2021-08', path: '2021-08'}},
    },
    blog: false,
  }]],
  themeConfig: {
    navbar: {
      title: 'Licensing Guidance',
      items: [
        {type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Articles'},
        {type: 'docsVersionDropdown', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {style: 'dark', copyright: 'Articles adapted from Microsoft documentation (CC BY 4.0).'},
  },
};
`;

/** Component tags (`<Callout>`, `<DecisionTable>`...) used in the Markdown under `dir`. */
function componentTags(dir) {
  const tags = new Set();
  for (const entry of fs.readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)) tags.add(m[1]);
  }
  return [...tags].sort();
}

/**
 * Our articles use a few components of this site in their Markdown
 * (`<Callout>`, `<DecisionTable>`...). Stock Docusaurus has none: each
 * renders its children, the least a stock site would need to build them.
 */
function writePassthroughComponents(dest) {
  const tags = componentTags(dest);
  if (tags.length === 0) return;
  const file = path.join(dest, 'src', 'theme', 'MDXComponents.js');
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(
    file,
    [
      "import React from 'react';",
      "import MDXComponents from '@theme-original/MDXComponents';",
      "const Passthrough = ({children}) => React.createElement('div', null, children);",
      `export default {...MDXComponents, ${tags.map((t) => `${t}: Passthrough`).join(', ')}};`,
      '',
    ].join('\n'),
  );
}

export function makeStockSite(prefix, from) {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const item of CONTENT) {
    const src = path.join(from, item);
    if (fs.existsSync(src)) fs.cpSync(src, path.join(dest, item), {recursive: true});
  }
  fs.writeFileSync(path.join(dest, 'docusaurus.config.js'), STOCK_CONFIG);
  writePassthroughComponents(dest);
  fs.writeFileSync(
    path.join(dest, 'sidebars.js'),
    "module.exports = {docs: [{type: 'autogenerated', dirName: '.'}]};\n",
  );
  fs.mkdirSync(path.join(dest, 'src', 'pages'), {recursive: true});
  fs.writeFileSync(
    path.join(dest, 'src', 'pages', 'index.md'),
    '# Licensing Guidance\n\nMicrosoft 365 licensing articles.\n',
  );
  fs.writeFileSync(
    path.join(dest, 'package.json'),
    `${JSON.stringify({name: 'stock-docusaurus', private: true}, null, 2)}\n`,
  );
  linkPackages(dest);
  return dest;
}

/** Removes what a build leaves for the next one (what `docusaurus clear` removes, and scripts/build.mjs' folders). */
export function clearBuild(siteDir) {
  for (const p of ['build', '.docusaurus', path.join('node_modules', '.cache')]) {
    fs.rmSync(path.join(siteDir, p), {recursive: true, force: true});
  }
  for (const entry of fs.readdirSync(siteDir)) {
    if (/^\.(docusaurus|build)-/.test(entry))
      fs.rmSync(path.join(siteDir, entry), {recursive: true, force: true});
  }
}

/**
 * The site's build command: `npm run build`'s script when the site has one
 * (scripts/build.mjs: a process per locale), else `docusaurus build`
 * (the stock site).
 */
function buildCommand(siteDir) {
  const script = path.join(siteDir, 'scripts', 'build.mjs');
  return fs.existsSync(script) ? [script] : [DOCUSAURUS_BIN, 'build'];
}

/**
 * Runs the site's build in `siteDir`. Every Node process of it (the build
 * script, each locale's `docusaurus build`, worker processes) reports its
 * resource usage at exit (rusage-probe.mjs): CPU time is their sum; peak
 * memory the sum of the `docusaurus build` processes' peaks (they run at the
 * same time; their worker threads count in them); `treePeakMemoryMB` the
 * largest resident memory of the whole process tree at one moment
 * (tree-memory.mjs).
 * With `timeline`, also every tree-memory sample and each process's command
 * line (tree-memory.mjs); `env` adds to the build's environment.
 * @param {string} siteDir
 * @param {{cold?: boolean, args?: string[], log?: (text: string) => void, timeline?: boolean, env?: Record<string, string>}} [options]
 */
export async function build(
  siteDir,
  {cold = true, args = [], log, timeline = false, env = {}} = {},
) {
  if (cold) clearBuild(siteDir);
  else fs.rmSync(path.join(siteDir, 'build'), {recursive: true, force: true});
  const usageDir = path.join(siteDir, '.bench-rusage');
  fs.rmSync(usageDir, {recursive: true, force: true});
  fs.mkdirSync(usageDir);
  const started = performance.now();
  const output = [];
  /** @type {ReturnType<typeof watchTreeMemory> | undefined} */
  let treeMemory;
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...buildCommand(siteDir), ...args], {
      cwd: siteDir,
      env: {
        ...process.env,
        ...env,
        BENCH_RUSAGE_DIR: usageDir,
        NODE_OPTIONS: `--max-old-space-size=6144 --import=${PROBE}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid !== undefined) treeMemory = watchTreeMemory(child.pid, {timeline});
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (d) => {
        output.push(d);
        log?.(d.toString());
      });
    }
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const tree = await treeMemory?.stop();
  if (code !== 0) {
    const text = Buffer.concat(output).toString('utf8');
    throw new Error(`build failed in ${siteDir} (exit ${code}):\n${text.slice(-4000)}`);
  }
  const usages = fs
    .readdirSync(usageDir)
    .map((f) => JSON.parse(fs.readFileSync(path.join(usageDir, f), 'utf8')));
  fs.rmSync(usageDir, {recursive: true, force: true});
  const builds = usages.filter((u) => u.argv.some((a) => a.endsWith('docusaurus.mjs')));
  return {
    seconds,
    cpuSeconds: usages.reduce((sum, u) => sum + u.userCPUTime + u.systemCPUTime, 0) / 1e6,
    peakMemoryMB: builds.reduce((sum, u) => sum + u.maxRSS, 0) / 1024,
    treePeakMemoryMB: tree?.peakMB,
    timeline: tree?.timeline,
    commands: tree?.commands,
    // Each `docusaurus build` process: its peak and its memory by kind then.
    processes: builds.map((u) => ({
      argv: u.argv.slice(1).join(' '),
      peakMemoryMB: u.maxRSS / 1024,
      memoryAtPeak: u.memoryAtPeak,
    })),
  };
}

/** Bytes and files under a directory. */
export function dirSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return {bytes, files};
}
