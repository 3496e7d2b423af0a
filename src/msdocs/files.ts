/**
 * Finding the files an article refers to (includes, images, linked articles)
 * the way Microsoft's build finds them.
 *
 * In:  a folder and a path written in an article, or an absolute path.
 * Out: the file on disk, or undefined.
 *
 * - Paths match case-insensitively (`Media/X.png` finds `media/x.png`):
 *   Microsoft's repositories are built on case-insensitive systems and their
 *   articles rely on it.
 * - A translation may omit what it shares with the English article:
 *   `i18n/tr/.../current/a/media/x.png` falls back to `docs/a/media/x.png`
 *   (same for includes), as Microsoft's localized sites do.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DEFAULT_LOCALE, locateDoc} from './paths';

export const toPosix = (p: string): string => p.split(path.sep).join('/');

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** `rel` (with `/`) under `root`, matching each segment case-insensitively. */
export function findCaseInsensitive(root: string, rel: string): string | undefined {
  const exact = path.join(root, rel);
  if (isFile(exact)) return exact;
  let dir = root;
  const segments = rel.split('/').filter((s) => s && s !== '.');
  for (const [i, seg] of segments.entries()) {
    if (seg === '..') {
      dir = path.dirname(dir);
      continue;
    }
    let entries: string[];
    try {
      entries = fs.readdirSync(dir);
    } catch {
      return undefined;
    }
    const match =
      entries.find((e) => e === seg) ?? entries.find((e) => e.toLowerCase() === seg.toLowerCase());
    if (!match) return undefined;
    dir = path.join(dir, match);
    if (i === segments.length - 1) return isFile(dir) ? dir : undefined;
  }
  return undefined;
}

/**
 * The file at an absolute path: itself, a case-insensitive match, or for a
 * translated file the English file at the same place in its version.
 */
export function resolveContentFile(siteDir: string, absPath: string): string | undefined {
  const rel = toPosix(path.relative(siteDir, absPath));
  const inSite = !rel.startsWith('..') && !path.isAbsolute(rel);
  const found = inSite ? findCaseInsensitive(siteDir, rel) : isFile(absPath) ? absPath : undefined;
  if (found) return found;
  const where = inSite ? locateDoc(absPath, siteDir) : undefined;
  if (where && where.locale !== DEFAULT_LOCALE) {
    return findCaseInsensitive(where.sourceRoot, where.relPath);
  }
  return undefined;
}
