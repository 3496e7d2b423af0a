/**
 * Short-link ids, shared by the build (src/plugins/short-links) and the page
 * (src/components/ArticleLinks), so both name an article the same way.
 *
 * In:  a doc's `support_id` front matter value (optional) and its doc id
 *      (`microsoft-365/commerce/licenses/transfer-licenses-between-tenants`,
 *      the same in every locale and version).
 * Out: the id used in `/go/<id>`: the `support_id` when the article has one,
 *      else a derived id (`p` + 6 base-36 characters of a hash of the doc id),
 *      so every article has a short link without anyone writing one.
 */

/** Lowercase letters and digits in groups joined by single hyphens. */
export const SUPPORT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SUPPORT_ID_MAX_LENGTH = 40;
/** Derived ids look like `p0k3x9a`: a shape a hand-written id can't take by accident. */
export const DERIVED_ID_PATTERN = /^p[0-9a-z]{6}$/;

/** FNV-1a, 32 bits: tiny, stable across runtimes, good enough for a few thousand paths. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The id an article without `support_id` gets: stable as long as its path is. */
export function derivedShortId(docId: string): string {
  return `p${fnv1a(docId).toString(36).padStart(6, '0').slice(-6)}`;
}

/**
 * Why a `support_id` value is unusable, or undefined when it is fine.
 * YAML turns `support_id: 4689` into a number: whole numbers are accepted.
 */
export function supportIdProblem(value: unknown): string | undefined {
  const text =
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? String(value) : value;
  if (typeof text !== 'string') {
    return `expected a string of lowercase letters, digits and hyphens, got ${JSON.stringify(value)}`;
  }
  if (!SUPPORT_ID_PATTERN.test(text)) {
    return `expected lowercase letters, digits and single hyphens (like "transfer-licenses"), got "${text}"`;
  }
  if (text.length > SUPPORT_ID_MAX_LENGTH) {
    return `expected at most ${SUPPORT_ID_MAX_LENGTH} characters, got ${text.length} ("${text}")`;
  }
  if (DERIVED_ID_PATTERN.test(text)) {
    return `"${text}" has the shape of a generated id (p + 6 characters); choose another`;
  }
  return undefined;
}

/** The `support_id` as a string, or undefined when the front matter has none. */
export function readSupportId(frontMatter: Record<string, unknown>): string | undefined {
  const value = frontMatter.support_id;
  if (value === undefined || value === null) return undefined;
  return String(value);
}

/** The article's short-link id as pages show it. */
export function shortIdOf(frontMatter: Record<string, unknown>, docId: string): string {
  return readSupportId(frontMatter) ?? derivedShortId(docId);
}
