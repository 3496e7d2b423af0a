/**
 * Reading Microsoft's structured YAML pages (`### YamlMime:FAQ`,
 * `### YamlMime:Landing`) with positions.
 *
 * In:  the file's text and its name (as errors should show it).
 * Out: the parsed document and helpers that read a key as a typed value with
 *      the line it was written on; every mistake is a YamlPageError naming
 *      `file:line: key: what is wrong; expected ...`.
 *
 * Why the `yaml` package: it keeps each node's offsets (a LineCounter turns
 * them into lines), so an error can name the line of the bad key, and a
 * block scalar's text can be placed back on the lines it came from.
 */
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';

export class YamlPageError extends Error {
  override name = 'YamlPageError';
}

/** `### YamlMime:FAQ` on the first line: the page kind, or undefined. */
export function yamlMimeOf(text: string): string | undefined {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return /^#{1,6}\s*YamlMime\s*:\s*([A-Za-z][\w.-]*)\s*$/.exec(first)?.[1];
}

/** A string read from the file with the line it starts on (1-based). */
export interface Located {
  text: string;
  line: number;
  /**
   * Line of the value's first text line when it is a block scalar (`|`,
   * `>`): its lines map one to one onto the file's (literal blocks).
   */
  blockLine?: number;
}

/** The keys every structured page has, read the same way for each kind. */
export interface PageHead {
  title: Located;
  metadata: Record<string, unknown>;
  summary: Located | undefined;
}

export class YamlReader {
  readonly doc: Document.Parsed;
  private readonly lines = new LineCounter();

  constructor(
    text: string,
    readonly file: string,
  ) {
    this.doc = parseDocument(text, {lineCounter: this.lines, prettyErrors: false});
    const [error] = this.doc.errors;
    if (error) {
      const line = this.lines.linePos(error.pos[0]).line;
      throw new YamlPageError(`${file}:${line}: not valid YAML: ${error.message.split('\n')[0]}`);
    }
  }

  lineOf(node: Node | null | undefined): number {
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : this.lines.linePos(offset).line;
  }

  fail(node: Node | null | undefined, key: string, problem: string): never {
    throw new YamlPageError(`${this.file}:${this.lineOf(node)}: ${key}: ${problem}`);
  }

  root(): YAMLMap {
    const {contents} = this.doc;
    if (!isMap(contents)) this.fail(contents, '(document)', 'expected a mapping of keys');
    return contents;
  }

  /** The node of `key` in a map (undefined when absent or null). */
  node(map: YAMLMap, key: string): Node | undefined {
    const value = map.get(key, true) as Node | null | undefined;
    return value ?? undefined;
  }

  /** A text value; `required` fails the build when it is missing or empty. */
  text(map: YAMLMap, key: string, path: string, required: true): Located;
  text(map: YAMLMap, key: string, path: string, required?: false): Located | undefined;
  text(map: YAMLMap, key: string, path: string, required = false): Located | undefined {
    const node = this.node(map, key);
    const where = path ? `${path}.${key}` : key;
    if (node === undefined) {
      if (required) this.fail(map, where, 'missing; expected text');
      return undefined;
    }
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      this.fail(node, where, 'expected text');
    }
    const text = String(node.value);
    if (required && text.trim() === '') this.fail(node, where, 'empty; expected text');
    const line = this.lineOf(node);
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    return {text, line, ...(block ? {blockLine: line + 1} : {})};
  }

  /** A required text value on one line: `title`, a question, a link's text. */
  line(map: YAMLMap, key: string, path: string): Located {
    const located = this.text(map, key, path, true);
    return {...located, text: located.text.replace(/\s+/g, ' ').trim()};
  }

  /** What every structured page starts with: title, metadata (front matter keys), summary. */
  head(): {root: YAMLMap} & PageHead {
    const root = this.root();
    return {
      root,
      title: this.line(root, 'title', ''),
      metadata: this.object(root, 'metadata'),
      summary: this.text(root, 'summary', ''),
    };
  }

  /** A list of maps (`sections`, `questions`, ...); missing is an empty list. */
  maps(map: YAMLMap, key: string, path: string): {map: YAMLMap; path: string}[] {
    const node = this.node(map, key);
    const where = path ? `${path}.${key}` : key;
    if (node === undefined) return [];
    if (!isSeq(node)) this.fail(node, where, 'expected a list');
    return node.items.map((item, i) => {
      if (!isMap(item)) this.fail(item as Node, `${where}[${i}]`, 'expected a mapping of keys');
      return {map: item, path: `${where}[${i}]`};
    });
  }

  /** A map's plain JavaScript value (front matter keys). */
  object(map: YAMLMap, key: string): Record<string, unknown> {
    const node = this.node(map, key);
    if (node === undefined) return {};
    if (!isMap(node)) this.fail(node, key, 'expected a mapping of keys');
    return node.toJS(this.doc) as Record<string, unknown>;
  }
}
