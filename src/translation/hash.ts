/**
 * The fingerprint of an English source: what a translation records to say
 * "I translate this revision".
 *
 * In:  the English file's text (front matter + Markdown body).
 * Out: a 64-character hex SHA-256 of its translatable text, normalised so
 *      edits a translator would not act on don't change it.
 *
 * What counts (the text a translator translates):
 *   - the front matter keys shown to readers: `title`, `description`,
 *     `sidebar_label`;
 *   - the whole Markdown body, links and markup included (a changed link
 *     target must be carried into the translation too).
 * What doesn't:
 *   - other front matter (`ms.date`, `ms.author`, `ms.custom`, ...): metadata,
 *     not translated;
 *   - whitespace: every run of whitespace (spaces, tabs, line breaks,
 *     non-breaking spaces) counts as one space, and leading/trailing
 *     whitespace is ignored, so re-wrapping or re-indenting is not a change;
 *   - Unicode composition (NFC), and YAML quoting of the front matter values.
 *
 * The normalisation is deliberately textual (no Markdown parser): a hash must
 * not change when a dependency is upgraded, or every translation would turn
 * "outdated" at once.
 */
import {createHash} from 'node:crypto';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {msSlug} from '../msdocs/slug';
import {INTRO_SECTION} from './page';

/** Front matter keys whose values readers see, in hash order. */
export const TRANSLATED_FRONT_MATTER_KEYS = ['title', 'description', 'sidebar_label'] as const;

export const SOURCE_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** Collapses whitespace runs to one space, trims, and composes Unicode (NFC). */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export interface SourceParts {
  frontMatter: Record<string, unknown>;
  body: string;
}

function frontMatterText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Hash of already-parsed parts (front matter object + body). */
export function hashSourceParts({frontMatter, body}: SourceParts): string {
  const parts = [
    ...TRANSLATED_FRONT_MATTER_KEYS.map((key) => normaliseText(frontMatterText(frontMatter[key]))),
    normaliseText(body),
  ];
  // JSON keeps the parts apart: "a" + "b c" and "a b" + "c" hash differently.
  return createHash('sha256').update(JSON.stringify(parts), 'utf8').digest('hex');
}

/** Splits a Markdown file into front matter and body the way Docusaurus does. */
export async function parseMarkdown(fileContent: string, filePath: string): Promise<SourceParts> {
  const {frontMatter, content} = await DEFAULT_PARSE_FRONT_MATTER({fileContent, filePath});
  return {frontMatter, body: content};
}

/** Hash of an English source file's text. */
export async function hashSource(fileContent: string, filePath: string): Promise<string> {
  return hashSourceParts(await parseMarkdown(fileContent, filePath));
}

const SECTION_HEADING = /^ {0,3}(#{2,3})[ \t]+(.*?)[ \t#]*$/;
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING_ANCHOR_ID = /<a\s+(?:name|id)\s*=\s*["']?([^"'\s>]+)/i;

/**
 * A heading line's section id, as src/msdocs/remark/headings.ts gives it:
 * its `<a name>`, else Microsoft's id of its text (inline Markdown and HTML
 * taken out textually; an id this misses only marks a section as changed).
 */
export function sectionIdOf(headingText: string): string {
  const anchor = HEADING_ANCHOR_ID.exec(headingText);
  if (anchor?.[1]) return anchor[1];
  const text = headingText
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '');
  return msSlug(text.trim());
}

/**
 * A short hash of each section of an English body (`##` and `###` headings
 * start sections; INTRO_SECTION is the text before the first), normalised as
 * the whole-file hash is: which sections a later English edit touched.
 */
export function sectionHashes(body: string): Record<string, string> {
  const texts = new Map<string, string[]>([[INTRO_SECTION, []]]);
  let current = INTRO_SECTION;
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const f = FENCE_LINE.exec(line);
    if (f?.[1]) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = undefined;
    }
    const h = fence ? null : SECTION_HEADING.exec(line);
    if (h) {
      current = sectionIdOf(h[2] ?? '') || current;
      if (!texts.has(current)) texts.set(current, []);
    }
    texts.get(current)!.push(line);
  }
  const out: Record<string, string> = {};
  for (const [id, lines] of texts) {
    const text = normaliseText(lines.join('\n'));
    if (id === INTRO_SECTION && text === '') continue;
    out[id] = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
  }
  return out;
}
