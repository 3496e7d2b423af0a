/**
 * A production build of a scratch copy of the site, served on a free port,
 * for specs that must see how the site reacts to a content change (an
 * English article edited, a translation removed) without touching the
 * working tree or the build under test.
 *
 * In:  a function that edits the copy; optionally the locales to build (all
 *      by default: a spec that only needs one builds less). Out: the base URL
 *      of the served build and a close() that stops the server and removes
 *      the copy.
 */
import {execFile, spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';

export interface ScratchBuild {
  url: string;
  close(): Promise<void>;
}

// Loaded with import(): Playwright compiles a static import of an .mjs file
// to require(), which can't load an ES module.
const scratchSiteModule = (): Promise<typeof import('../../scripts/scratch-site.mjs')> =>
  import('../../scripts/scratch-site.mjs');

async function serve(
  siteDir: string,
  buildDir: string,
): Promise<{url: string; server: ChildProcess}> {
  const server = spawn(
    process.execPath,
    [path.join(siteDir, 'scripts/serve.mjs'), '--dir', buildDir, '--port', '0'],
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

export async function scratchBuild(
  edit: (dir: string) => void,
  {locales = []}: {locales?: string[]} = {},
): Promise<ScratchBuild> {
  const {scratchSite, siteDir} = await scratchSiteModule();
  const dir: string = scratchSite('scratch-build-');
  try {
    edit(dir);
    // The site's `npm run build` (locales in parallel processes).
    const only = locales.flatMap((locale) => ['--locale', locale]);
    await promisify(execFile)(process.execPath, [path.join(dir, 'scripts/build.mjs'), ...only], {
      cwd: dir,
      maxBuffer: 64 * 1024 * 1024,
      // A cold build of its own: the copy's node_modules is one link to the
      // site's, where the persistent bundler cache belongs to the real site.
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'},
    });
    const {url, server} = await serve(siteDir, path.join(dir, 'build'));
    return {
      url,
      async close() {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill();
        await exited;
        fs.rmSync(dir, {recursive: true, force: true});
      },
    };
  } catch (error) {
    fs.rmSync(dir, {recursive: true, force: true});
    throw error;
  }
}
