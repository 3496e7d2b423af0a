/**
 * Text fragments (`#:~:text=`), the part of a URL that makes browsers scroll
 * to and highlight a passage.
 *
 * In:  the parts found by text-fragments-polyfill's generator (textStart,
 *      optional textEnd, prefix, suffix) and the id of the section around the
 *      passage.
 * Out: the hash: `#<section>:~:text=[prefix-,]start[,end][,-suffix]`. The
 *      section id comes first so that a browser that can't find the text
 *      (or doesn't support fragments) still opens the right section.
 */
export interface TextFragment {
  textStart: string;
  textEnd?: string;
  prefix?: string;
  suffix?: string;
}

/** Percent-encoding, plus the characters the directive syntax reserves. */
export function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export function textFragmentHash(fragment: TextFragment, sectionId?: string): string {
  const parts = [
    fragment.prefix ? `${encodeFragmentPart(fragment.prefix)}-` : undefined,
    encodeFragmentPart(fragment.textStart),
    fragment.textEnd ? encodeFragmentPart(fragment.textEnd) : undefined,
    fragment.suffix ? `-${encodeFragmentPart(fragment.suffix)}` : undefined,
  ].filter((p): p is string => p !== undefined);
  return `#${sectionId ? encodeURIComponent(sectionId) : ''}:~:text=${parts.join(',')}`;
}

/** A plain fragment for a selection the generator gave up on: its words, trimmed. */
export function plainFragment(selected: string, maxLength = 300): TextFragment {
  const text = selected.replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return {textStart: text};
  const words = text.split(' ');
  return {textStart: words.slice(0, 5).join(' '), textEnd: words.slice(-5).join(' ')};
}
