/**
 * Production builds of scratch copies of the site, served on a free port,
 * for specs that must see how the site reacts to a content change (an
 * English article edited, a translation removed) without touching the
 * working tree or the build under test.
 *
 *  - scratchBuild(): a copy of its own, edited, built and served; for a
 *    scenario no other can share (a build that must fail).
 *  - buildSharedScratchSite() / sharedScratchSite() / removeSharedScratchSite():
 *    the one copy with every spec's scenario (scratch-scenarios.ts), built
 *    once per run by the `scratch-setup` project (scratch.setup.ts), served
 *    by each spec that needs it, removed by `scratch-teardown`.
 *
 * In:  a function that edits the copy; optionally the locales to build (all
 *      by default: a spec that only needs one builds less). Out: the base URL
 *      of the served build, the copy's folder and a close() that stops the
 *      server (and removes a copy of its own).
 */
import {execFile, spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {REPO_DIR} from './built-site';
import {writeScenarios, type ScenarioFacts} from './scratch-scenarios';

export interface ScratchBuild {
  url: string;
  /** The copy's folder (its build in `build/`). */
  dir: string;
  close(): Promise<void>;
}

// Loaded with import(): Playwright compiles a static import of an .mjs file
// to require(), which can't load an ES module.
const scratchSiteModule = (): Promise<typeof import('../../scripts/scratch-site.mjs')> =>
  import('../../scripts/scratch-site.mjs');

async function serve(buildDir: string): Promise<{url: string; server: ChildProcess}> {
  const server = spawn(
    process.execPath,
    [path.join(REPO_DIR, 'scripts/serve.mjs'), '--dir', buildDir, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /at (http:\/\/\S+?)\/?\s/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
  });
  return {url, server};
}

async function stop(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill();
  await exited;
}

/**
 * The site's `npm run build` in the copy, with the locales side by side: at
 * this size both fit in memory, and the specs waiting on it start sooner.
 */
async function build(dir: string, locales: string[]): Promise<void> {
  const only = locales.flatMap((locale) => ['--locale', locale]);
  const args = [path.join(dir, 'scripts/build.mjs'), '--parallel', ...only];
  await promisify(execFile)(process.execPath, args, {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
    // A cold build of its own: the copy's node_modules is one link to the
    // site's, where the persistent bundler cache belongs to the real site.
    env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
  });
}

export async function scratchBuild(
  edit: (dir: string) => void,
  {locales = []}: {locales?: string[]} = {},
): Promise<ScratchBuild> {
  const {scratchSite} = await scratchSiteModule();
  const dir: string = scratchSite('scratch-build-');
  try {
    edit(dir);
    await build(dir, locales);
    const {url, server} = await serve(path.join(dir, 'build'));
    return {
      url,
      dir,
      async close() {
        await stop(server);
        fs.rmSync(dir, {recursive: true, force: true});
      },
    };
  } catch (error) {
    fs.rmSync(dir, {recursive: true, force: true});
    throw error;
  }
}

/**
 * Where the setup leaves the shared copy's folder and facts for the specs:
 * one file per checkout, in its node_modules' cache folder (no git, no
 * Prettier, gone with a fresh install).
 */
const SHARED_FILE = path.join(REPO_DIR, 'node_modules/.cache/e2e-scratch-site.json');

export type SharedScratchSite = ScratchBuild & {facts: ScenarioFacts};

interface SharedSite {
  dir: string;
  facts: ScenarioFacts;
}

/** Builds the shared copy (scratch.setup.ts), replacing one a run left behind. */
export async function buildSharedScratchSite(): Promise<void> {
  await removeSharedScratchSite();
  const {scratchSite} = await scratchSiteModule();
  const dir: string = scratchSite('scratch-shared-');
  try {
    const facts = await writeScenarios(dir);
    await build(dir, []);
    fs.mkdirSync(path.dirname(SHARED_FILE), {recursive: true});
    fs.writeFileSync(SHARED_FILE, JSON.stringify({dir, facts} satisfies SharedSite));
  } catch (error) {
    fs.rmSync(dir, {recursive: true, force: true});
    throw error;
  }
}

/** Removes the shared copy (scratch.teardown.ts). */
export async function removeSharedScratchSite(): Promise<void> {
  if (!fs.existsSync(SHARED_FILE)) return;
  const {dir} = JSON.parse(fs.readFileSync(SHARED_FILE, 'utf8')) as SharedSite;
  fs.rmSync(dir, {recursive: true, force: true});
  fs.rmSync(SHARED_FILE);
}

/**
 * The shared copy's build, served for one spec; close() stops the server and
 * leaves the copy to the other specs.
 */
export async function sharedScratchSite(): Promise<SharedScratchSite> {
  if (!fs.existsSync(SHARED_FILE))
    throw new Error(
      `no shared scratch site (${path.relative(REPO_DIR, SHARED_FILE)}): ` +
        'its specs run in the `scratch` project, after `scratch-setup` has built it',
    );
  const {dir, facts} = JSON.parse(fs.readFileSync(SHARED_FILE, 'utf8')) as SharedSite;
  const {url, server} = await serve(path.join(dir, 'build'));
  return {url, dir, facts, close: () => stop(server)};
}
