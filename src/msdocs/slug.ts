/**
 * Heading ids the way Microsoft's build (DocFX on Markdig, GitHub-style
 * auto identifiers) makes them, so our English headings get the ids the
 * Turkish files carry in `<a name="...">`.
 *
 * In:  the heading's text ("What if I don't see the Buy licenses button?").
 * Out: its id ("what-if-i-dont-see-the-buy-licenses-button").
 *
 * Letters and digits are kept (lower-cased), spaces become hyphens, `-` and
 * `_` stay, everything else goes. Combining marks go too, so a Turkish `İ`
 * (lower-cased to `i` + dot) gives a plain `i`.
 */
export function msSlug(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    if (/[\p{L}\p{N}_-]/u.test(ch)) out += ch;
    else if (ch === ' ') out += '-';
  }
  return out;
}
