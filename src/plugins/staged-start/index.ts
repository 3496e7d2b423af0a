/**
 * Docusaurus plugin: a page's start-up runs in several tasks, not one.
 *
 * In:  the browser bundle's configuration (configureWebpack), production
 *      only; the built entry script (postBuild).
 * Out: the bundle's entry is ./entry.ts, which evaluates what Docusaurus'
 *      client entry needs (React DOM, the route table, the app, the route's
 *      components) one part per task (./stages.ts), then the client entry
 *      itself, which hydrates as before. Development builds keep Docusaurus'
 *      entry (hot reload).
 *
 * Why: the task that ran main.js was the page's longest on a phone: at 400
 * articles per locale, 4x CPU slowdown, 250-320 ms of script in one task
 * (a tap waits for its end; Lighthouse counts all of it past 50 ms as
 * blocking). In parts, the longest left is main.js' own compile (README,
 * Main-thread work on a phone).
 *
 * Fenced: the entry is Docusaurus' by path, and ./entry.ts repeats what its
 * client entry does before rendering. The plugin checks at start that the
 * installed @docusaurus/core is a version this was written for, that the
 * client entry still preloads the route before rendering, that App.js
 * still loads the client modules and preload.js still takes a pathname, and
 * that the configuration's entry is that client entry; after the build, that
 * main.js carries the staged entry. Each stops the build naming what to
 * re-check.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {clientProblems} from '../page-weight/fence.cjs';
import {coreClientDir} from '../page-weight';
import {MARK_PREFIX} from './stages';

const WRITTEN_FOR = ['3.10.2'];
const READS = [
  {file: 'clientEntry.js', text: 'preload(window.location.pathname).then(() => {'},
  {file: 'App.js', text: "import '@generated/client-modules';"},
  {file: 'preload.js', text: 'export default function preload(pathname) {'},
];
const ENTRY = path.join(__dirname, 'entry.ts');
/** The entry chunk's file as Docusaurus names it in production. */
const ENTRY_SCRIPT = /^main\.[0-9a-f]+\.js$/;

function fail(problem: string): never {
  throw new Error(
    `[staged-start] ${problem}. Re-check src/plugins/staged-start/entry.ts against Docusaurus' client entry (lib/client/clientEntry.js, App.js, preload.js), then update WRITTEN_FOR in src/plugins/staged-start/index.ts.`,
  );
}

/** Throws unless Docusaurus' client starts as ./entry.ts expects. */
export function checkFence(siteDir: string, clientDir = coreClientDir()): void {
  const problems = clientProblems(siteDir, WRITTEN_FOR, READS, clientDir);
  if (problems.length > 0) fail(problems.join('; '));
}

/** Throws unless the client configuration's entry is Docusaurus' client entry. */
export function checkEntry(entry: unknown, clientDir = coreClientDir()): void {
  const expected = path.join(clientDir, 'clientEntry.js');
  if (typeof entry !== 'string' || path.resolve(entry) !== expected)
    fail(`the browser bundle's entry is ${JSON.stringify(entry)}, not ${expected}`);
}

/** Throws unless the built entry script in `jsDir` (a build's assets/js) is the staged one. */
export function checkStagedEntry(jsDir: string): void {
  const entries = fs.existsSync(jsDir)
    ? fs.readdirSync(jsDir).filter((f) => ENTRY_SCRIPT.test(f))
    : [];
  if (entries.length !== 1)
    fail(`expected one entry script main.<hash>.js in ${jsDir}, found ${entries.length}`);
  const file = path.join(jsDir, entries[0]!);
  if (!fs.readFileSync(file, 'utf8').includes(MARK_PREFIX))
    fail(`${file} does not carry the staged entry (no "${MARK_PREFIX}" marks)`);
}

export default function stagedStart(context: LoadContext): Plugin {
  checkFence(context.siteDir);
  let staged = false;
  return {
    name: 'staged-start',
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      checkEntry(config.entry);
      staged = true;
      return {mergeStrategy: {entry: 'replace'}, entry: ENTRY};
    },
    postBuild({outDir}) {
      if (staged) checkStagedEntry(path.join(outDir, 'assets', 'js'));
    },
  };
}
