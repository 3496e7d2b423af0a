/**
 * `npm run links:record`: writes links.lock.json, the ledger of every
 * address the built site publishes (./ledger.ts), for the author to commit.
 *
 *   npm run links:record [-- --dir build] [--site <site dir>] [--build]
 *
 * In:  a production build of every locale (`--build` runs `npm run build`
 *      first). Out: links.lock.json at the site root, and what changed:
 *      addresses added and removed. A removed address is one a ticket may
 *      hold: the diff of links.lock.json is where a reviewer sees it.
 * Why: npm run check:build fails on an address of the ledger the build no
 *      longer answers; recording is the author's way to say "this address
 *      goes on purpose" or, for new pages and sections, "these are published
 *      now".
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  SITE_DIR,
  isPageFile,
  listFiles,
  readLocales,
  readPage,
  type Build,
} from '../check-build/site';
import {LEDGER_FILE, readLedger, recordLedger, serializeLedger, type Ledger} from './ledger';

/** Every address of a ledger, one string each (`/x`, `/x#id`). */
export function addressesOf(ledger: Ledger | undefined): Set<string> {
  const out = new Set<string>();
  for (const [urlPath, entry] of Object.entries(ledger?.pages ?? {})) {
    out.add(urlPath);
    for (const id of entry.ids ?? []) out.add(`${urlPath}#${id}`);
  }
  return out;
}

/** A build folder read as the static checks read it. */
export function loadBuild(dir: string, siteDir: string): Build {
  const locales = readLocales(siteDir);
  const files = listFiles(dir);
  const build: Build = {dir, siteDir, locales, files: new Set(files), pages: [], byFile: new Map()};
  for (const file of files.filter(isPageFile)) {
    const page = readPage(file, fs.readFileSync(path.join(dir, file), 'utf8'), locales);
    build.pages.push(page);
    build.byFile.set(file, page);
  }
  return build;
}

function main(): number {
  const {values} = parseArgs({
    options: {
      dir: {type: 'string', default: 'build'},
      site: {type: 'string', default: SITE_DIR},
      build: {type: 'boolean', default: false},
    },
  });
  const siteDir = path.resolve(values.site);
  const dir = path.resolve(siteDir, values.dir);
  if (values.build) {
    const built = spawnSync('npm', ['run', 'build'], {cwd: siteDir, stdio: 'inherit'});
    if (built.status !== 0) return built.status ?? 1;
  }
  const build = loadBuild(dir, siteDir);
  const missing = build.locales.locales.filter((l) => !build.pages.some((p) => p.locale === l));
  if (missing.length) {
    console.error(
      `links:record: ${missing.join(', ')} not in ${dir}: record from a build of every locale ` +
        '(npm run build, or -- --build)',
    );
    return 1;
  }
  const before = addressesOf(readLedger(siteDir));
  const ledger = recordLedger(build);
  const after = addressesOf(ledger);
  fs.writeFileSync(path.join(siteDir, LEDGER_FILE), serializeLedger(ledger));
  const added = [...after].filter((a) => !before.has(a));
  const removed = [...before].filter((a) => !after.has(a));
  for (const a of added) console.log(`+ ${a}`);
  for (const a of removed) console.log(`- ${a} (a ticket may hold it: was that meant?)`);
  console.log(
    `links:record: ${Object.keys(ledger.pages).length} pages, ${after.size} addresses ` +
      `(${added.length} added, ${removed.length} removed) in ${LEDGER_FILE}; commit it`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main();
