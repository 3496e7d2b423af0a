/**
 * The Microsoft Docs compatibility plugins, in the order they run (before
 * Docusaurus' own remark plugins, so the rest of the pipeline sees ordinary
 * Markdown, components and HTML elements).
 *
 * Order matters: the syntax extension first (it shapes parsing); includes
 * next, so included text goes through every later plugin; block pairs
 * (monikers, zones, rows) before the blocks inside them; headings before raw
 * HTML (they take their `<a name>`); anchor aliases after both (they sit
 * before headings, next to lone `<a name>` targets); component tags (<Callout>, <DecisionTable>
 * in `.md` files) before raw HTML, so the Markdown inside them reaches the
 * later plugins as part of the component; links after everything that makes links;
 * the checks for text-less links and leftover syntax last; then, for the
 * build, the file's content defects are kept for the content report.
 */
import type {PluggableList} from 'unified';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {createContext, type MsdocsOptions} from './context';
import {writeDefects} from '../defects';
import remarkDocfxSyntax from './syntax';
import remarkMsdocsIncludes from './includes';
import remarkMsdocsMonikers from './monikers';
import remarkMsdocsZones from './zones';
import remarkMsdocsGrid from './grid';
import remarkMsdocsHeadings from './headings';
import remarkMsdocsComponents from './components';
import remarkMsdocsHtml from './html';
import remarkMsdocsAnchorAliases from './anchor-aliases';
import remarkMsdocsAlerts from './alerts';
import remarkMsdocsDivs from './divs';
import remarkMsdocsVideo from './video';
import remarkMsdocsImages from './images';
import remarkMsdocsNoLoc from './no-loc';
import remarkMsdocsLinks from './links';
import remarkMsdocsLinkText from './link-text';
import remarkMsdocsLeftovers from './leftovers';
import rehypeMsdocsDecorativeImages from '../rehype-decorative-images';

export type {MsdocsOptions};

/** The plugins with options (tests pass a site directory and locale). */
export function createMsdocsRemarkPlugins(options: MsdocsOptions = {}): PluggableList {
  return [
    remarkDocfxSyntax,
    [remarkMsdocsIncludes, options],
    [remarkMsdocsMonikers, options],
    [remarkMsdocsZones, options],
    [remarkMsdocsGrid, options],
    remarkMsdocsHeadings,
    [remarkMsdocsComponents, options],
    [remarkMsdocsHtml, options],
    [remarkMsdocsAnchorAliases, options],
    [remarkMsdocsAlerts, options],
    [remarkMsdocsDivs, options],
    [remarkMsdocsVideo, options],
    [remarkMsdocsImages, options],
    [remarkMsdocsNoLoc, options],
    [remarkMsdocsLinks, options],
    [remarkMsdocsLinkText, options],
    [remarkMsdocsLeftovers, options],
    [remarkMsdocsContentReport, options],
  ];
}

/** Keeps this compile's defect records (replacing the file's earlier ones) for src/plugins/content-report. */
function remarkMsdocsContentReport(options: MsdocsOptions = {}) {
  return (_tree: Root, file: VFile): void => {
    if (!options.contentReport || !file.path) return;
    const ctx = createContext(options, file);
    writeDefects(
      ctx.siteDir,
      ctx.locale,
      `page:${file.path}`,
      file.path,
      file.data.contentDefects ?? [],
    );
  };
}

export const msdocsRemarkPlugins = createMsdocsRemarkPlugins();

/** rehype plugins the remark ones rely on (after Docusaurus' own). */
export const msdocsRehypePlugins: PluggableList = [rehypeMsdocsDecorativeImages];
