/**
 * remark plugin: DocFX `:::no-loc:::` (words translators must not translate).
 *
 * Markdown in:  Open :::no-loc text="Microsoft Teams"::: and sign in.
 * HTML out:     Open <span translate="no">Microsoft Teams</span> and sign in.
 * The text shows as written; translate="no" keeps browser translation
 * tools off it too, which is what the marker asks of human translators.
 */
import type {PhrasingContent, Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {visit, SKIP} from 'unist-util-visit';
import {createContext, defect, inheritOrigin, type MsdocsOptions} from './context';
import {container} from './nodes';

const NO_LOC = /:::\s*no-loc\s+text\s*=\s*(?:"([^"]*)"|'([^']*)')\s*:::/gi;

export default function remarkMsdocsNoLoc(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    visit(tree, 'text', (text: Text, index, parent) => {
      if (!parent || index === undefined || !/no-loc/i.test(text.value)) return undefined;
      const out: PhrasingContent[] = [];
      let last = 0;
      for (const m of text.value.matchAll(NO_LOC)) {
        const words = m[1] ?? m[2] ?? '';
        if (!words.trim())
          defect(
            ctx,
            text,
            ':::no-loc',
            `empty text; expected :::no-loc text="words":::`,
            'repaired',
          );
        if (m.index > last) out.push({type: 'text', value: text.value.slice(last, m.index)});
        out.push(container('span', {translate: 'no'}, [{type: 'text', value: words}]));
        last = m.index + m[0].length;
      }
      if (out.length === 0) return undefined;
      if (last < text.value.length) out.push({type: 'text', value: text.value.slice(last)});
      for (const n of out) inheritOrigin(n, text);
      parent.children.splice(index, 1, ...(out as never[]));
      return [SKIP, index + out.length];
    });
  };
}
