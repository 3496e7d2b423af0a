/**
 * remark plugin: DocFX monikers (content that differs per product or cloud).
 *
 * Markdown in:
 *   ::: moniker range="o365-21vianet"
 *   1. Go to the **Billing** page of the 21Vianet admin center.
 *   ::: moniker-end
 * mdast out:
 *   - range includes the site's moniker (options.moniker, `o365-worldwide`):
 *     the content, as if the lines weren't there (what Learn shows by default);
 *   - otherwise: <Moniker range="o365-21vianet">content</Moniker>, a collapsed
 *     "Only for Office 365 operated by 21Vianet" section, so nothing is lost
 *     and the default reading matches Learn.
 * A range is moniker names joined with `||`; anything else (comparisons,
 * `&&`) fails the build: this site has no moniker versions to compare.
 */
import type {Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {createContext, defect, inheritOrigin, type MsdocsOptions} from './context';
import {pairBlocks} from './blocks';
import {defectBox, jsxFlow} from './nodes';

const MONIKER_NAME = /^[a-z0-9][a-z0-9._-]*$/i;

export default function remarkMsdocsMonikers(options: MsdocsOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const ctx = createContext(options, file);
    pairBlocks(
      ctx,
      tree,
      'moniker',
      {open: 'moniker', close: 'moniker-end'},
      ({open, attributes, inner}) => {
        const range = attributes.range?.trim();
        // A range the site can't evaluate: the box, then the content as written.
        const shown = (message: string): RootContent[] => {
          defect(ctx, open, 'moniker', message, 'shown');
          return [inheritOrigin(defectBox('moniker'), open), ...inner];
        };
        if (!range) return shown(`no range; expected ::: moniker range="o365-worldwide"`);
        const names = range.split('||').map((n) => n.trim());
        if (names.some((n) => !MONIKER_NAME.test(n))) {
          return shown(
            `unsupported range "${range}"; expected moniker names joined with || (for example "o365-worldwide || o365-21vianet")`,
          );
        }
        if (names.some((n) => n.toLowerCase() === ctx.moniker.toLowerCase())) return inner;
        return [jsxFlow('Moniker', {range: names.join(' || ')}, inner as never)];
      },
    );
  };
}
