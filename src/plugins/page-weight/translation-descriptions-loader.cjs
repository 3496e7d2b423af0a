/**
 * Bundler loader: takes the `description` out of Docusaurus translation calls
 * in the browser's code (see ./index.ts).
 *
 * In:  a module's source (JavaScript, JSX or TypeScript), e.g.
 *        translate({id: 'a.b', message: 'Close', description: 'The label of ...'})
 *        <Translate id="a.b" description="The label of ...">Close</Translate>
 * Out: the same calls without the description:
 *        translate({id: 'a.b', message: 'Close'})
 *        <Translate id="a.b">Close</Translate>
 *
 * Why: a description is for translators. `docusaurus write-translations` reads
 * it from the source files into i18n/<locale>/code.json; at run time
 * translate() and <Translate> read `id` and `message` only. Left in, every
 * description (the theme's and ours) travels to every reader.
 * Only a description written as one string literal is taken out; anything
 * else stays as written. A file with such a description that the patterns
 * didn't take out fails a production build (./fence.cjs).
 */
const {fencedLoader} = require('./fence.cjs');

const STRING = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\$]|\\.)*\x60)`;
const PROPERTY = new RegExp(String.raw`(^|[{,]\s*)description\s*:\s*${STRING}\s*(,?)`, 'g');
const ATTRIBUTE = new RegExp(
  String.raw`\s+description\s*=\s*(?:${STRING}|\{\s*${STRING}\s*\})`,
  'g',
);
// A description written as a literal: what PROPERTY and ATTRIBUTE exist to take out.
const LITERAL = /\bdescription\s*[:=]\s*\{?\s*['"`]/;
const CALL = /\btranslate\(\s*\{/g;
const ELEMENT = /<Translate\b/g;

/**
 * Index just past the brace or tag that closes the one opened at `from`
 * (`open` is `{` for an object, `<` for a JSX opening tag), skipping strings
 * and nested braces; -1 if there is none.
 *
 * @param {string} source
 * @param {number} from
 * @param {'{' | '<'} open
 */
function closing(source, from, open) {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === "'" || c === '"' || c === '`') {
      const end = new RegExp(STRING, 'y');
      end.lastIndex = i;
      if (!end.test(source)) return -1;
      i = end.lastIndex - 1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (open === '{' && depth === 0) return i + 1;
    } else if (c === '>' && open === '<' && depth === 0) return i + 1;
  }
  return -1;
}

/** Applies `edit` to each span that starts at a match of `start` and ends where `open` closes. */
/**
 * @param {string} source
 * @param {RegExp} start
 * @param {'{' | '<'} open
 * @param {(span: string) => string} edit
 */
function editSpans(source, start, open, edit) {
  let out = '';
  let last = 0;
  for (const m of source.matchAll(start)) {
    if (m.index < last) continue;
    const from = open === '{' ? m.index + m[0].length - 1 : m.index;
    const end = closing(source, from, open);
    if (end === -1) continue;
    out += source.slice(last, from) + edit(source.slice(from, end));
    last = end;
  }
  return out + source.slice(last);
}

/**
 * @param {string} source
 * @param {{changes: number, expected: number}} [stats] descriptions taken out,
 *   and calls or elements that had a literal description to take out
 */
function withoutDescriptions(source, stats = {changes: 0, expected: 0}) {
  if (!source.includes('description')) return source;
  /** @param {string} span */
  const expect = (span) => {
    if (LITERAL.test(span)) stats.expected++;
  };
  let out = editSpans(source, CALL, '{', (object) => {
    expect(object);
    return object.replace(
      PROPERTY,
      (_, /** @type {string} */ before, /** @type {string} */ comma) => {
        stats.changes++;
        return comma ? before : before.replace(/,\s*$/, '');
      },
    );
  });
  out = editSpans(out, ELEMENT, '<', (tag) => {
    expect(tag);
    return tag.replace(ATTRIBUTE, () => {
      stats.changes++;
      return '';
    });
  });
  return out;
}

// Most modules have no translation call: only a file that has a literal
// description to take out is expected to change.
module.exports = fencedLoader(
  'translation-descriptions-loader.cjs',
  (source, stats) => withoutDescriptions(source, stats),
  {onlyWhenExpected: true},
);
module.exports.withoutDescriptions = withoutDescriptions;
