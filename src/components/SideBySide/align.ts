/**
 * Pairs an article's sections across languages (browser only, loaded with
 * the side-by-side view).
 *
 * In:  the Turkish article's `.theme-doc-markdown` element (live) and the
 *      English page's (parsed from its HTML).
 * Out: for each Turkish section that has English text, the Turkish nodes and
 *      the English sections that go beside them. Sections are the article's
 *      top-level children, cut at each `h2`/`h3` with an id; the text before
 *      the first is INTRO_SECTION (the ids of src/translation/hash.ts, so the
 *      build's list of changed sections names them). The `<header>` (title,
 *      facts, notices) belongs to no section.
 *
 * Why ids: headings have the same ids in both languages
 * (tests/e2e/section-ids.spec.ts), whatever the text says.
 */
import {INTRO_SECTION} from '@site/src/translation/page';

export interface Section {
  id: string;
  nodes: Element[];
}

export interface Pair {
  /** The Turkish section's id. */
  id: string;
  tr: Element[];
  /** English sections shown beside it: the same id, then any only English has. */
  en: (Section & {onlyInEnglish: boolean})[];
}

const isSectionHeading = (el: Element): boolean => /^H[23]$/.test(el.tagName) && el.id !== '';

export function sectionsOf(article: Element): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const el of Array.from(article.children)) {
    if (el.tagName === 'HEADER' || el.hasAttribute('data-side-by-side-section')) continue;
    if (isSectionHeading(el)) {
      current = {id: el.id, nodes: []};
      sections.push(current);
    } else if (!current) {
      current = {id: INTRO_SECTION, nodes: []};
      sections.push(current);
    }
    current.nodes.push(el);
  }
  return sections;
}

/**
 * Turkish sections with the English beside them. An English section whose id
 * the Turkish page lacks (added after the translation) goes with the Turkish
 * section of the English section before it.
 */
export function pairSections(tr: Section[], en: Section[]): Pair[] {
  const pairs = new Map<string, Pair>(tr.map((s) => [s.id, {id: s.id, tr: s.nodes, en: []}]));
  let previous: Pair | undefined = tr[0] ? pairs.get(tr[0].id) : undefined;
  for (const section of en) {
    const own = pairs.get(section.id);
    if (own) {
      own.en.push({...section, onlyInEnglish: false});
      previous = own;
    } else {
      previous?.en.push({...section, onlyInEnglish: true});
    }
  }
  return [...pairs.values()].filter((p) => p.en.length > 0 && p.tr.length > 0);
}
