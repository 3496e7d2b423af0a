/**
 * English interface strings to look for on Turkish pages.
 *
 * In: the site's and the theme's translation keys with their English defaults
 * (from `docusaurus write-translations --locale en`, run in a scratch copy by
 * scripts/check-translations.mjs) and the Turkish messages in i18n/tr.
 * Out: one matcher per English message that a Turkish page must not show.
 *
 * Messages that are the same in Turkish on purpose (product names, version
 * numbers: SAME_IN_BOTH in that script) are left out; any other Turkish
 * message still equal to the English one is reported, as the reader sees it. Placeholders (`{count}`) match any text and
 * plural forms (`One doc|{count} docs`) are alternatives; a matcher must match
 * a whole text or attribute value, so English words inside Turkish sentences
 * don't count.
 */

export interface EnglishString {
  key: string;
  english: string;
  pattern: RegExp;
}

type Entry = {key: string; english: string};
const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();

function patternFor(message: string): RegExp | undefined {
  const forms = message.split('|').map(normalize).filter(Boolean);
  const sources: string[] = [];
  for (const form of forms) {
    const literal = form.replace(/\{[^}]*\}/g, ' ');
    // A form that is only placeholders and punctuation says nothing English.
    if (!/\p{L}{2,}/u.test(literal)) continue;
    sources.push(
      form
        .split(/(\{[^}]*\})/)
        .map((part) => (part.startsWith('{') ? '.*?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join(''),
    );
  }
  return sources.length ? new RegExp(`^(?:${sources.join('|')})$`, 'u') : undefined;
}

export async function englishInterfaceStrings(): Promise<EnglishString[]> {
  // A real dynamic import: Playwright compiles specs to CommonJS, which can't
  // require an ES module script.
  const {interfaceStrings, SAME_IN_BOTH} =
    (await import('../../scripts/check-translations.mjs')) as {
      interfaceStrings: () => Promise<Entry[]>;
      SAME_IN_BOTH: Set<string>;
    };
  const out: EnglishString[] = [];
  for (const {key, english} of await interfaceStrings()) {
    if (SAME_IN_BOTH.has(english)) continue;
    const pattern = patternFor(english);
    if (pattern) out.push({key, english: normalize(english), pattern});
  }
  return out;
}

/** The English strings found among a page's interface texts. */
export function findEnglish(texts: string[], strings: EnglishString[]): string[] {
  const found: string[] = [];
  for (const text of new Set(texts.map(normalize))) {
    const keys = strings.filter((s) => s.pattern.test(text)).map((s) => s.key);
    if (keys.length) found.push(`"${text}" is the English of ${keys.join(', ')}`);
  }
  return found;
}
