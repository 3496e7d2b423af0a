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
const fs = require('node:fs');
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

const ID_PROPERTY = new RegExp(String.raw`(^|[{,]\s*)id\s*:\s*(${STRING})\s*(,?)\s*`);
const MESSAGE_PROPERTY = new RegExp(String.raw`([{,]\s*)message\s*:\s*${STRING}\s*(?=[,}])`);
const ID_ATTRIBUTE = new RegExp(String.raw`\s+id\s*=\s*(?:(${STRING})|\{\s*(${STRING})\s*\})`);
const ANY_ID = /(?:^|[{,\s])id\s*[:=}]|[{,]\s*id\s*[,}]/;

/** The value of a JavaScript string literal (quotes, escapes). */
function literalValue(/** @type {string} */ literal) {
  // A literal matched by STRING, not code.
  return /** @type {string} */ (new Function(`return ${literal}`)());
}

/**
 * Puts this locale's message in each translate() call and <Translate> element
 * whose id has one, and takes out the id: translate() then has nothing to
 * look up, and the message travels in the chunk of the code that shows it
 * (see ./index.ts, codeTranslations.json).
 *
 * @param {string} source
 * @param {Record<string, string>} messages id -> message of the page's locale
 * @param {{changes: number, expected: number, missed: string[]}} stats
 *   `missed`: calls and elements whose id couldn't be read or replaced
 */
function withMessages(source, messages, stats) {
  if (!/\btranslate\(|<Translate\b/.test(source)) return source;
  // A call whose object can't be read (e.g. an id in a template with `${}`).
  for (const m of source.matchAll(CALL)) {
    if (closing(source, m.index + m[0].length - 1, '{') === -1) stats.missed.push(m[0]);
  }
  let out = editSpans(source, CALL, '{', (object) => {
    const id = ID_PROPERTY.exec(object);
    if (!id) {
      if (ANY_ID.test(object)) stats.missed.push(object);
      return object;
    }
    const key = literalValue(id[2] ?? "''");
    if (!(key in messages)) return object;
    stats.expected++;
    const message = JSON.stringify(messages[key]);
    let edited = object.replace(
      ID_PROPERTY,
      (_, /** @type {string} */ before, __, /** @type {string} */ comma) =>
        comma ? before : before.replace(/,\s*$/, ''),
    );
    if (MESSAGE_PROPERTY.test(edited))
      edited = edited.replace(MESSAGE_PROPERTY, (_, before) => `${before}message: ${message}`);
    else if (/\bmessage\b/.test(edited)) {
      stats.missed.push(object);
      return object;
    } else edited = edited.replace(/^\{\s*/, `{message: ${message}, `).replace(/,\s*\}$/, '}');
    stats.changes++;
    return edited;
  });
  // Elements: the opening tag loses its id, the children become the message.
  let result = '';
  let last = 0;
  for (const m of out.matchAll(ELEMENT)) {
    if (m.index < last) continue;
    const end = closing(out, m.index, '<');
    if (end === -1) continue;
    const tag = out.slice(m.index, end);
    // The tag's own attributes: those before an element in its `values`.
    const nested = tag.indexOf('<', 1);
    const own = nested === -1 ? tag : tag.slice(0, nested);
    const id = ID_ATTRIBUTE.exec(own);
    if (!id) {
      if (/\sid\s*=/.test(own)) stats.missed.push(tag);
      continue;
    }
    const key = literalValue(id[1] ?? id[2] ?? "''");
    if (!(key in messages)) continue;
    stats.expected++;
    const selfClosing = /\/\s*>$/.test(tag);
    const close = selfClosing ? end : out.indexOf('</Translate>', end);
    const children = selfClosing ? '' : out.slice(end, close);
    if (close === -1 || children.includes('<')) {
      stats.missed.push(tag);
      continue;
    }
    const open = tag.replace(ID_ATTRIBUTE, '').replace(/\s*\/\s*>$/, '>');
    result += `${out.slice(last, m.index)}${open}{${JSON.stringify(messages[key])}}</Translate>`;
    last = selfClosing ? end : close + '</Translate>'.length;
    stats.changes++;
  }
  out = result + out.slice(last);
  return out;
}

/** @type {Map<string, Record<string, string>>} file text -> messages */
const messagesByFile = new Map();

/**
 * Read once per version of the file: `docusaurus build` builds every locale in
 * one process and rewrites the same codeTranslations.json between them, so a
 * cache by path alone would give the second locale the first one's messages.
 * @param {string} file the locale's codeTranslations.json
 */
function readMessages(file) {
  const text = fs.readFileSync(file, 'utf8');
  let messages = messagesByFile.get(text);
  if (!messages) {
    messages = /** @type {Record<string, string>} */ (JSON.parse(text));
    messagesByFile.clear();
    messagesByFile.set(text, messages);
  }
  return messages;
}

// Most modules have no translation call: only a file that has a literal
// description to take out (or, with `messages`, an id to put the locale's
// message in for) is expected to change. With `messages`, a call or element
// whose id couldn't be read fails the build: its text would be English.
module.exports = fencedLoader(
  'translation-descriptions-loader.cjs',
  (source, stats, loader) => {
    const options = loader.getOptions() ?? {};
    const out = withoutDescriptions(source, stats);
    // Docusaurus' own translate(), which reads the table, has nothing to replace.
    if (!options.messages || /[\\/]client[\\/]exports[\\/]Translate\.js$/.test(loader.resourcePath))
      return out;
    // A changed message must rebuild the module (the bundler's cache).
    loader.addDependency(options.messages);
    const messages = readMessages(options.messages);
    if (Object.keys(messages).length === 0) return out;
    /** @type {string[]} */
    const missed = [];
    // Again until nothing changes: an element in another's `values` is inside its opening tag.
    let inlined = out;
    for (let pass = 0; pass < 5; pass++) {
      const counts = {changes: 0, expected: 0, missed: pass === 0 ? missed : []};
      inlined = withMessages(inlined, messages, counts);
      if (counts.changes === 0) break;
    }
    // What is left with an id of the table: what this loader couldn't replace.
    /** @type {string[]} */
    const left = [];
    withMessages(inlined, messages, {
      changes: 0,
      expected: 0,
      get missed() {
        return left;
      },
    });
    const leftIds = [...inlined.matchAll(/\bid\s*[:=]\s*\{?\s*(['"`])([^'"`]+)\1/g)]
      .map((m) => m[2] ?? '')
      .filter((id) => id in messages);
    if (missed.length > 0 || leftIds.length > 0) {
      loader.emitError(
        new Error(
          `translation-descriptions-loader.cjs: ${loader.resourcePath}: a translation id this loader couldn't replace by its message (${[...missed, ...leftIds].join(' | ').slice(0, 300)}). Write it as translate({id: '...', message: '...'}) or <Translate id="...">text</Translate>.`,
        ),
      );
    }
    return inlined;
  },
  {onlyWhenExpected: true},
);
module.exports.withoutDescriptions = withoutDescriptions;
module.exports.withMessages = withMessages;
module.exports.readMessages = readMessages;
