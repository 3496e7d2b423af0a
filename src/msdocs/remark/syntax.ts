/**
 * remark plugin (syntax): DocFX block lines become their own nodes.
 *
 * DocFX parses `::: moniker range="x"`, `:::row:::`, `:::column-end:::`,
 * `:::image ...:::`, `[!INCLUDE [title](path)]` ... as blocks: such a line
 * ends the paragraph above it, and when it is not indented it also ends the
 * list item or block quote it would otherwise continue lazily. CommonMark
 * alone would glue it to the paragraph:
 *
 *   1. Go to the **Billing** page.
 *   ::: moniker-end              <- DocFX: closes the list; CommonMark: same paragraph
 *
 * This micromark extension gives those lines that block behaviour, so the
 * tree has the shape Microsoft's renderer gives it.
 *
 * Markdown in:  `::: moniker range="o365-worldwide"` (a whole line)
 * mdast out:    {type: 'docfxBlock', value: '::: moniker range="o365-worldwide"'}
 *
 * The construct plugins (includes, monikers, zones, grid, images) read these
 * nodes with parseDocfxBlock(); leftovers.ts fails on any nobody consumed.
 * `:::no-loc text="x":::` is inline and stays text (./no-loc.ts).
 */
import type {
  Code,
  Construct,
  Effects,
  Extension,
  State,
  TokenizeContext,
} from 'micromark-util-types';
import type {
  Extension as FromMarkdownExtension,
  CompileContext,
  Token,
} from 'mdast-util-from-markdown';
import type {Processor} from 'unified';
import type {DocfxBlock} from './nodes';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    docfxBlock: 'docfxBlock';
  }
}

const COLON = 58;
const LEFT_BRACKET = 91;

/** `:::name attr="v":::` or `::: name attr="v"` on a line of its own. */
const COLON_LINE =
  /^:::[ \t]*([a-z][a-z0-9-]*)((?:[ \t]+[a-z][a-z0-9-]*=(?:"[^"]*"|'[^']*'|[^\s"':]+))*)[ \t]*(:::)?[ \t]*$/i;
/** `[!INCLUDE [title](path)]` on a line of its own. */
const INCLUDE_LINE = /^\[!include[ \t]*\[([^\]]*)\]\(([^)]*)\)[ \t]*\][ \t]*$/i;
/** Triple-colon names that are inline constructs, not blocks. */
const INLINE_NAMES = new Set(['no-loc']);

function isLineEnd(code: Code): boolean {
  return code === null || code === -5 || code === -4 || code === -3;
}

function tokenizeDocfxBlock(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let line = '';
  const start: State = (code) => {
    effects.enter('docfxBlock');
    return inside(code);
  };
  const inside: State = (code) => {
    if (isLineEnd(code)) {
      if (!isDocfxBlockLine(line)) return nok(code);
      effects.exit('docfxBlock');
      return ok(code);
    }
    line += code === -2 ? '\t' : String.fromCodePoint(code as number);
    effects.consume(code);
    return inside;
  };
  return start;
}

export function isDocfxBlockLine(line: string): boolean {
  const colon = COLON_LINE.exec(line);
  if (colon) return !INLINE_NAMES.has((colon[1] ?? '').toLowerCase());
  return INCLUDE_LINE.test(line);
}

const docfxBlockConstruct: Construct = {name: 'docfxBlock', tokenize: tokenizeDocfxBlock};

export function docfxSyntax(): Extension {
  return {flow: {[COLON]: docfxBlockConstruct, [LEFT_BRACKET]: docfxBlockConstruct}};
}

export function docfxFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      docfxBlock(this: CompileContext, token: Token) {
        const node: DocfxBlock = {type: 'docfxBlock', value: this.sliceSerialize(token).trim()};
        this.enter(node as never, token);
      },
    },
    exit: {
      docfxBlock(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}

export interface ParsedColonBlock {
  kind: 'colon';
  /** Lower-cased name: `moniker`, `moniker-end`, `row`, `image` ... */
  name: string;
  attributes: Record<string, string>;
}

export interface ParsedInclude {
  kind: 'include';
  title: string;
  path: string;
}

const ATTRIBUTE = /([a-z][a-z0-9-]*)=(?:"([^"]*)"|'([^']*)'|([^\s"':]+))/gi;

/** Attributes of a DocFX construct: `a="x" b='y' c=z` (names lower-cased). */
export function parseAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) {
    out[(m[1] ?? '').toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

export function parseDocfxBlock(value: string): ParsedColonBlock | ParsedInclude | undefined {
  const colon = COLON_LINE.exec(value);
  if (colon) {
    return {
      kind: 'colon',
      name: (colon[1] ?? '').toLowerCase(),
      attributes: parseAttributes(colon[2] ?? ''),
    };
  }
  const include = INCLUDE_LINE.exec(value);
  if (include) return {kind: 'include', title: include[1] ?? '', path: (include[2] ?? '').trim()};
  return undefined;
}

/** Registers the syntax on the processor, the way remark-gfm does. */
export default function remarkDocfxSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(docfxSyntax());
  (data.fromMarkdownExtensions ??= []).push(docfxFromMarkdown());
}
