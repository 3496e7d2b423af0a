/**
 * The one HTML tag reader of the compatibility layer (./html.ts, ./components.ts).
 *
 * In:  a piece of raw HTML from an article (`<a href="x" target="_blank">`,
 *      `<DecisionRow id="a">`, `<br>`, `<!-- note -->`, `<TenantName>`).
 * Out: its tags, comments and text in order, as a browser's tokenizer
 *      (parse5) reads them: names lower-cased (and as written, for component
 *      names), attribute values with entities decoded, the line of each tag.
 * Also: whether a name is an HTML element, so a placeholder such as
 * `<TenantName>` or `<your domain>` (an HTML-looking tag that is no
 * element) can be told apart from markup.
 */
import {Tokenizer, type Token} from 'parse5';
import htmlTags from 'html-tags';

export interface Tag {
  kind: 'start' | 'end' | 'comment' | 'text';
  /** Lower case, as HTML reads it ('' for comments and text). */
  name: string;
  /** As written (`DecisionRow`); for text, the characters. */
  written: string;
  attrs: Record<string, string>;
  attributes: Array<{name: string; value: string}>;
  selfClosing: boolean;
  /** Line of the tag within the HTML it was read from (1-based). */
  line: number;
}

/** The tags in a piece of HTML, as a browser's tokenizer reads them. */
export function readTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const tag = (kind: 'start' | 'end') => (token: Token.TagToken) => {
    const at = token.location?.startOffset ?? 0;
    const written = /^<\/?([A-Za-z][\w-]*)/.exec(html.slice(at))?.[1] ?? token.tagName;
    const attributes = token.attrs.map(({name, value}) => ({name, value}));
    tags.push({
      kind,
      name: token.tagName,
      written,
      attrs: Object.fromEntries(attributes.map((a) => [a.name, a.value])),
      attributes,
      selfClosing: token.selfClosing,
      line: token.location?.startLine ?? 1,
    });
  };
  const other =
    (kind: 'comment' | 'text') =>
    (token: {chars?: string; location: Token.Location | null}): void => {
      const last = tags.at(-1);
      const chars = token.chars ?? '';
      if (kind === 'text' && last?.kind === 'text') {
        last.written += chars;
        return;
      }
      tags.push({
        kind,
        name: '',
        written: chars,
        attrs: {},
        attributes: [],
        selfClosing: false,
        line: token.location?.startLine ?? 1,
      });
    };
  const tokenizer = new Tokenizer(
    {sourceCodeLocationInfo: true},
    {
      onStartTag: tag('start'),
      onEndTag: tag('end'),
      onComment: other('comment'),
      onDoctype: other('comment'),
      onEof: () => undefined,
      onCharacter: other('text'),
      onNullCharacter: other('text'),
      onWhitespaceCharacter: () => undefined,
    },
  );
  tokenizer.write(html, true);
  return tags;
}

/** Obsolete elements browsers still know (HTML standard, "Non-conforming features"). */
const OBSOLETE = [
  'acronym',
  'basefont',
  'bgsound',
  'big',
  'blink',
  'center',
  'dir',
  'font',
  'isindex',
  'keygen',
  'listing',
  'marquee',
  'menuitem',
  'multicol',
  'nextid',
  'nobr',
  'noembed',
  'noframes',
  'plaintext',
  'rb',
  'rtc',
  'spacer',
  'strike',
  'tt',
  'xmp',
];
const ELEMENTS = new Set<string>([...htmlTags, ...OBSOLETE]);

/** Whether `name` is an HTML element (`a`, `br`, `kbd`...), in any letter case. */
export function isHtmlElement(name: string): boolean {
  return ELEMENTS.has(name.toLowerCase());
}
