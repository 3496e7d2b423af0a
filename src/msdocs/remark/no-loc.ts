/**
 * remark plugin: DocFX `:::no-loc:::` (words translators must not translate).
 *
 * Markdown in:  Open :::no-loc text="Microsoft Teams"::: and sign in.
 * HTML out:     Open <span translate="no">Microsoft Teams</span> and sign in.
 * The text shows as written; translate="no" keeps browser translation
 * tools off it too, which is what the marker asks of human translators.
 */
import type {Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {createContext, defect, replaceInText, type MsdocsOptions} from './context';
import {container} from './nodes';

const NO_LOC = /:::\s*no-loc\s+text\s*=\s*(?:"([^"]*)"|'([^']*)')\s*:::/gi;

export default function remarkMsdocsNoLoc(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    visit(tree, 'text', (text: Text, index, parent) => {
      if (!parent || index === undefined || !/no-loc/i.test(text.value)) return undefined;
      return replaceInText(text, index, parent, NO_LOC, (m) => {
        const words = m[1] ?? m[2] ?? '';
        if (!words.trim())
          defect(
            ctx,
            text,
            ':::no-loc',
            `empty text; expected :::no-loc text="words":::`,
            'repaired',
          );
        return container('span', {translate: 'no'}, [{type: 'text', value: words}]);
      });
    });
  };
}
