/**
 * Docusaurus hooks that make `.yml` pages ordinary docs.
 *
 * In:  what Docusaurus hands `markdown.parseFrontMatter` and
 *      `markdown.preprocessor` for every Markdown file: its path and text.
 * Out: for a `.yml` file under a docs folder (./index.ts), its metadata as
 *      front matter and its Markdown as content (the docs plugin reads the
 *      title and excerpt from it), and the same Markdown as the text the MDX
 *      loader compiles; any other file goes through untouched.
 *
 * Why docs: sidebars, versions, locales, hreflang, search, breadcrumbs and
 * the broken-link checks then apply to FAQ and landing pages with no code of
 * their own. The docs plugin only lists `.yml` files and the MDX loader only
 * compiles them because the site asks it to (docs `include`, and the loader
 * rule of src/plugins/yaml-pages).
 */
import type {MarkdownConfig} from '@docusaurus/types';
import type {FrontMatterStep} from '../parseFrontMatter';
import {locateDoc} from '../paths';
import {isYamlFile, loadYamlPage} from './index';

type MarkdownPreprocessor = NonNullable<MarkdownConfig['preprocessor']>;

export interface YamlHookOptions {
  /** Site directory; defaults to the process' working directory. */
  siteDir?: string;
}

const isYamlDoc = (filePath: string, siteDir: string): boolean =>
  isYamlFile(filePath) && locateDoc(filePath, siteDir) !== undefined;

/**
 * Front matter step (src/msdocs/parseFrontMatter.ts): a `.yml` doc's
 * metadata and Markdown in place of what Docusaurus' parser read.
 */
export function yamlPageStep(options: YamlHookOptions = {}): FrontMatterStep {
  return (parsed, params) => {
    const siteDir = options.siteDir ?? process.cwd();
    if (!isYamlDoc(params.filePath, siteDir)) return parsed;
    const {frontMatter, markdown} = loadYamlPage(params.filePath, siteDir, params.fileContent);
    return {frontMatter: structuredClone(frontMatter), content: markdown};
  };
}

export function createYamlPreprocessor(options: YamlHookOptions = {}): MarkdownPreprocessor {
  return ({filePath, fileContent}) => {
    const siteDir = options.siteDir ?? process.cwd();
    if (!isYamlDoc(filePath, siteDir)) return fileContent;
    return loadYamlPage(filePath, siteDir, fileContent).markdown;
  };
}
