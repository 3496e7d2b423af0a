/**
 * Which article each short link opens, and which front matter is wrong.
 *
 * In:  every doc of one locale build, newest version first (current, then the
 *      snapshots as versions.json lists them), each with its doc id, file,
 *      permalink, title and front matter; and, for translated files, the
 *      `support_id` of their English source.
 * Out: id -> doc, where a short link means the newest version that has the
 *      article: an explicit `support_id` follows the article even when its
 *      path changes between versions; the derived id (from the doc id) always
 *      exists too, so a link printed by an old version still opens the latest.
 *      Mistakes come back as messages naming the file, the key and what was
 *      expected; the plugin fails the build with all of them.
 */
import {derivedShortId, readSupportId, supportIdProblem} from '../../links/shortId';

export interface ShortLinkDoc {
  /** Doc id, the path inside the version without extension. */
  docId: string;
  versionName: string;
  /** Site-relative file, e.g. `docs/microsoft-365/x.md`, for messages. */
  file: string;
  permalink: string;
  title: string;
  frontMatter: Record<string, unknown>;
  /**
   * For a translated file: the English source file and its support_id
   * (undefined when it has none). Absent for English files.
   */
  source?: {file: string; supportId: string | undefined};
}

export interface ShortLinkIndex {
  /** Short id -> the doc it opens (newest version that has it). */
  targets: Map<string, ShortLinkDoc>;
}

export class ShortLinkError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Short links: ${problems.length} problem(s) in front matter:\n- ${problems.join('\n- ')}`,
    );
    this.name = 'ShortLinkError';
  }
}

export function resolveShortLinks(docs: readonly ShortLinkDoc[]): ShortLinkIndex {
  const problems: string[] = [];
  const targets = new Map<string, ShortLinkDoc>();
  // Explicit ids by version, to catch two articles sharing one id.
  const explicitInVersion = new Map<string, ShortLinkDoc>();
  // Generated ids can't clash with hand-written ones (supportIdProblem
  // refuses their shape), only with each other.
  const derivedOwner = new Map<string, string>();

  for (const doc of docs) {
    const raw = doc.frontMatter.support_id;
    const hasRaw = raw !== undefined && raw !== null;
    const problem = hasRaw ? supportIdProblem(raw) : undefined;
    if (problem) {
      problems.push(`${doc.file}: front matter "support_id": ${problem}`);
      continue;
    }
    const explicit = readSupportId(doc.frontMatter);

    if (doc.source) {
      if (doc.source.supportId !== explicit) {
        problems.push(
          doc.source.supportId === undefined
            ? `${doc.file}: front matter "support_id" is "${explicit}" but the English source ${doc.source.file} has none; set it there (translations keep the source's id)`
            : `${doc.file}: front matter "support_id": expected "${doc.source.supportId}" as in the English source ${doc.source.file}, got ${explicit === undefined ? 'none' : `"${explicit}"`}`,
        );
        continue;
      }
    }

    const derived = derivedShortId(doc.docId);
    const owner = derivedOwner.get(derived);
    if (owner !== undefined && owner !== doc.docId) {
      problems.push(
        `${doc.file}: the generated short id "${derived}" collides with the one of "${owner}"; give one of them a "support_id"`,
      );
      continue;
    }
    derivedOwner.set(derived, doc.docId);

    if (explicit !== undefined) {
      const key = `${doc.versionName}\u0000${explicit}`;
      const other = explicitInVersion.get(key);
      if (other && other.docId !== doc.docId) {
        problems.push(
          `${doc.file}: front matter "support_id": "${explicit}" is already the id of ${other.file}; each article needs its own`,
        );
        continue;
      }
      explicitInVersion.set(key, doc);
    }

    // Docs arrive newest version first: the first doc claiming an id keeps it.
    for (const id of explicit === undefined ? [derived] : [explicit, derived]) {
      if (!targets.has(id)) targets.set(id, doc);
    }
  }

  if (problems.length > 0) throw new ShortLinkError(problems);
  return {targets};
}

export interface VersionTexts {
  versionName: string;
  docs: {id: string; text: string}[];
}

/**
 * "Link to this version" for the current version: the newest snapshot whose
 * file is identical (front matter included), by doc id. Only such a snapshot
 * is a link whose text won't change. In: versions, current first.
 */
export function pinsOf(versions: readonly VersionTexts[]): Record<string, string> {
  const [current, ...snapshots] = versions;
  const pins: Record<string, string> = {};
  if (!current || current.versionName !== 'current') return pins;
  for (const doc of current.docs) {
    const same = snapshots.find((v) => v.docs.some((d) => d.id === doc.id && d.text === doc.text));
    if (same) pins[doc.id] = same.versionName;
  }
  return pins;
}
