/**
 * The first screen's CSS, inlined into every page of a locale's build, and
 * the site's stylesheet loaded without blocking the first paint.
 *
 * In:  the pages one locale's build wrote (minified HTML, each with the one
 *      `<link rel=stylesheet>` Docusaurus writes for the site's CSS bundle).
 * Out: each such page with, when inlining (off by default, see Why), in
 *      place of that link:
 *        <style>{the rules its pages use}</style>
 *        <link rel=stylesheet href={bundle} media=print data-first-screen>
 *        <script>{SWAP_SCRIPT}</script>
 *        <noscript><link rel=stylesheet href={bundle}></noscript>
 *      and its entry scripts started after the first paint, its route's
 *      scripts started beside them (./after-paint.ts).
 *      The inline rules are one text for the whole locale (one hash in the
 *      Content-Security-Policy, src/plugins/headers), chosen by beasties:
 *      every rule whose selector matches an element of a sample of pages that
 *      together hold every tag, class and attribute name the locale's pages
 *      use, plus both colour modes' rules. The bundle still loads whole (its
 *      rules keep their order); the script swaps it in as soon as it has
 *      arrived; without JavaScript the `<noscript>` link applies it as before.
 *
 * Why: the bundle (~20 KiB gz) is render-blocking: on a phone's connection
 * the first paint waits for a second round trip. Per-page critical CSS
 * would need one CSP hash per page, more than a header line can hold.
 * Off by default (`inlineCss`, ./index.ts): half the bundle inline (~50 KiB)
 * is parsed before the first paint and the whole bundle again after it,
 * then every element restyled when it swaps in; on Lighthouse's mobile run
 * that cost more main-thread time than the round trip saves (README,
 * Main-thread work on a phone). Without it the pages keep Docusaurus' link
 * and only their scripts are rewritten.
 *
 * Fenced: the link is matched as Docusaurus 3.10 writes it after its HTML
 * minifier; a page that names the bundle in a form not matched, or a build
 * whose pages match nothing, fails the build.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import Beasties from 'beasties';
import {Parser, parseDocument} from 'htmlparser2';
import {getElementsByTagName, getOuterHTML, textContent} from 'domutils';
import {runsInline, scriptHash} from '../headers/policy.mjs';
import {runInWorker} from '../worker';
import {encodeDataUrlQuotes, rebasedQuotedUrl} from './data-urls';
import {AFTER_PAINT_SCRIPT, scriptsAfterPaint, type RouteScripts} from './after-paint';

/** Beasties reading the bundle with its quoted data URLs made safe to rebase (./data-urls.ts). */
class BundleBeasties extends Beasties {
  override async readFile(filename: string): Promise<string> {
    return encodeDataUrlQuotes(await super.readFile(filename));
  }
}

/** Swaps the bundle in once loaded (no `onload=` attribute: the policy allows no inline handlers). */
export const SWAP_SCRIPT =
  '!function(l){function a(){l.media="all"}l&&(l.sheet?a():l.addEventListener("load",a))}(document.querySelector("link[data-first-screen]"))';

/** The stylesheet link as Docusaurus writes it: `<link rel=stylesheet href=/assets/css/styles.x.css />`. */
const STYLESHEET_LINK = /<link rel=(["']?)stylesheet\1 href=(["']?)([^"'\s>]+\.css)\2\s*\/?>/g;

/** Any link naming a CSS file, to catch the forms STYLESHEET_LINK doesn't match. */
const ANY_CSS_LINK = /<link\b[^>]*\.css\b[^>]*>/g;

/**
 * Rules kept whatever the sample pages hold: the colour modes (the attribute
 * is set by the theme's script before the first paint, absent from the HTML)
 * and the phone's navigation drawer (React adds it, closed, on hydration:
 * without its rules it would show until the stylesheet arrives).
 */
const ALWAYS_KEPT = [/\[data-theme/, /\[data-theme-choice/, /\.navbar-sidebar/];

/** Hashes of the inline scripts and style elements of pages, sorted, as policy.mjs' collectHashes() gives them. */
export interface PageHashes {
  scripts: string[];
  styles: string[];
}

export interface CriticalCssResult {
  /** The inline CSS, or undefined when no page links a stylesheet or none is inlined. */
  css?: string;
  href?: string;
  /** Pages rewritten (those linking the bundle). */
  pages: number;
  samples: number;
  /** Pages read: every HTML file of the locale's output when the pass began. */
  files: number;
  /** Of every page read, as written. */
  hashes: PageHashes;
}

/** The bundle this page links, or undefined (a redirect page links none); throws on a form not matched. */
export function stylesheetHref(html: string, file: string): string | undefined {
  const matched = [...html.matchAll(STYLESHEET_LINK)].map((m) => m[3]!);
  const named = [...html.matchAll(ANY_CSS_LINK)].length;
  if (named !== matched.length)
    throw new Error(
      `critical-css: ${file} links a stylesheet in a form not matched by ${STYLESHEET_LINK.source} (Docusaurus' HTML changed? re-check src/plugins/critical-css)`,
    );
  if (new Set(matched).size > 1)
    throw new Error(`critical-css: ${file} links ${matched.length} stylesheets; one expected`);
  return matched[0];
}

/**
 * The classes (`.x`) and attribute names (`[x`) the bundle's selectors name.
 * A page's other classes (Docusaurus gives each page's `<html>` one naming
 * the page) can't change which rules match.
 */
export function bundleTokens(bundle: string): Set<string> {
  const tokens = new Set<string>();
  for (const m of bundle.matchAll(/([.[])(-?[_a-zA-Z][\w-]*)/g)) tokens.add(`${m[1]}${m[2]}`);
  return tokens;
}

/** What one parse of a page gives: see readPage(). */
export interface PageFacts {
  /** Tag names, and the classes and attribute names of `named`: what CSS selectors can match. */
  tokens: Set<string>;
  /** Hashes of the inline scripts a browser runs (src/plugins/headers/policy.mjs). */
  scripts: string[];
  /** Hashes of the `<style>` elements. */
  styles: string[];
}

/**
 * One parse of a page (htmlparser2's tokenizer, no tree): its selector tokens
 * when `named` is given, and the hashes the Content-Security-Policy needs,
 * the texts as htmlparser2's tree gives them to policy.mjs' inlineScriptHashes.
 */
export function readPage(html: string, named?: ReadonlySet<string>): PageFacts {
  const facts: PageFacts = {tokens: new Set(), scripts: [], styles: []};
  /** The text of the script or style element being read, when it needs a hash. */
  let inline: {kind: 'scripts' | 'styles'; text: string} | undefined;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'script' && runsInline(attribs)) inline = {kind: 'scripts', text: ''};
      else if (name === 'style') inline = {kind: 'styles', text: ''};
      if (!named) return;
      facts.tokens.add(name);
      for (const [attr, value] of Object.entries(attribs)) {
        if (attr === 'class') {
          for (const c of value.split(/\s+/)) if (named.has(`.${c}`)) facts.tokens.add(`.${c}`);
        } else if (named.has(`[${attr}`)) {
          facts.tokens.add(`[${attr}`);
        }
      }
    },
    ontext(text) {
      if (inline) inline.text += text;
    },
    onclosetag(name) {
      if (inline && (name === 'script' || name === 'style')) {
        facts[inline.kind].push(scriptHash(inline.text));
        inline = undefined;
      }
    },
  });
  parser.end(html);
  return facts;
}

/** Tag names, and the classes and attribute names of `named`, in a page: what CSS selectors can match. */
export function selectorTokens(html: string, named: ReadonlySet<string>): Set<string> {
  return readPage(html, named).tokens;
}

/**
 * Keeps pages, in the order given, each when it has a token no page kept
 * before has: `add()` one page at a time, so only the kept ones are held.
 */
export function coveringSampler<T>(): {add(page: T, tokens: Set<string>): void; kept: T[]} {
  const seen = new Set<string>();
  const kept: T[] = [];
  return {
    kept,
    add(page, tokens) {
      const before = seen.size;
      for (const t of tokens) seen.add(t);
      if (seen.size > before) kept.push(page);
    },
  };
}

/** Pages, in order, each kept when it has a token no page kept before has. */
export function coveringSample<T>(pages: Iterable<[T, Set<string>]>): T[] {
  const sampler = coveringSampler<T>();
  for (const [page, tokens] of pages) sampler.add(page, tokens);
  return sampler.kept;
}

/** One document holding every sample's body, under the union of their `<html>` classes. */
export function unionDocument(samples: readonly string[], href: string): string {
  const htmlClasses = new Set<string>();
  const bodies: string[] = [];
  let lang = '';
  for (const html of samples) {
    const doc = parseDocument(html);
    const [root] = getElementsByTagName('html', doc, true, 1);
    const [body] = getElementsByTagName('body', doc, true, 1);
    if (!root || !body) continue;
    lang ||= root.attribs.lang ?? '';
    for (const c of (root.attribs.class ?? '').split(/\s+/)) if (c) htmlClasses.add(c);
    bodies.push(body.children.map((n) => getOuterHTML(n)).join(''));
  }
  return `<!doctype html><html lang="${lang}" class="${[...htmlClasses].join(' ')}"><head><link rel="stylesheet" href="${href}"></head><body>${bodies.join('')}</body></html>`;
}

/**
 * The CSS rules the union document uses, by beasties.
 * @param assetsRoot the folder `href` resolves in once `publicPath` is taken off
 */
export async function usedCss(
  union: string,
  assetsRoot: string,
  publicPath: string,
): Promise<string> {
  const beasties = new BundleBeasties({
    path: assetsRoot,
    publicPath,
    // The bundle is shared by every page: leave the file as it is.
    pruneSource: false,
    preload: 'media',
    noscriptFallback: false,
    inlineThreshold: 0,
    keyframes: 'critical',
    fonts: false,
    compress: true,
    allowRules: ALWAYS_KEPT,
    logLevel: 'warn',
  });
  const out = await beasties.process(union);
  const css = getElementsByTagName('style', parseDocument(out))
    .map((el) => textContent(el))
    .join('');
  if (!css)
    throw new Error(
      `critical-css: beasties inlined nothing from ${publicPath}... (href not found?)`,
    );
  const rebased = rebasedQuotedUrl(css);
  if (rebased)
    throw new Error(
      `critical-css: a quoted url() came out rebased as a path: ${rebased}... (beasties' url rewriting changed? see src/plugins/critical-css/data-urls.ts)`,
    );
  return css;
}

/**
 * The bundle's cascade layers in the order it first names them, as one
 * `@layer a, b;` statement: put before the inline rules, it keeps the
 * bundle's layer order even when no rule of an early layer is inlined.
 */
export function layerOrder(bundle: string): string {
  const names: string[] = [];
  for (const m of bundle.matchAll(/@layer\s+([^{;]+)[{;]/g))
    for (const name of m[1]!.split(',').map((n) => n.trim()))
      if (name && !names.includes(name)) names.push(name);
  return names.length ? `@layer ${names.join(',')};` : '';
}

/** The page with its stylesheet link replaced as the header says. */
export function rewritePage(html: string, href: string, css: string): string {
  let count = 0;
  const out = html.replace(STYLESHEET_LINK, (link, _q1, _q2, found: string) => {
    if (found !== href) return link;
    count++;
    return (
      `<style>${css}</style>` +
      `<link rel=stylesheet href=${href} media=print data-first-screen>` +
      `<script>${SWAP_SCRIPT}</script>` +
      `<noscript><link rel=stylesheet href=${href}></noscript>`
    );
  });
  if (count !== 1) throw new Error(`critical-css: expected one link to ${href}, found ${count}`);
  return out;
}

async function htmlFilesUnder(dir: string, skip: readonly string[]): Promise<string[]> {
  const entries = await fs.readdir(dir, {recursive: true});
  return entries
    .filter((f) => f.endsWith('.html'))
    .filter((f) => !skip.some((s) => f === s || f.startsWith(`${s}${path.sep}`)))
    .sort();
}

/** What the first read of a locale's pages found (plain data: it comes from a worker thread). */
export interface PagesScan {
  /** The pages that link the bundle, in path order. */
  linked: string[];
  /** The stylesheets they link. */
  hrefs: string[];
  /** The hashes of every page's inline scripts and styles. */
  scripts: string[];
  styles: string[];
  /** The sample pages' HTML (coveringSampler over the linked pages, in path order), when sampling. */
  samples: string[];
  /** The bundle's text, when sampling and a page links it. */
  bundle?: string;
}

/**
 * The first read of a locale's pages, one page at a time, each parsed once:
 * which pages link the bundle, the sample pages (kept, the others dropped as
 * soon as they are read), and each page's inline script and style hashes
 * for the policy (src/plugins/headers).
 * @param files the pages, relative to outDir, in path order
 * @param sample whether to read the bundle and pick sample pages (only the
 *   inline CSS needs them)
 */
export async function scanPages(
  outDir: string,
  baseUrl: string,
  files: string[],
  sample = true,
): Promise<PagesScan> {
  const linked: string[] = [];
  const hrefs = new Set<string>();
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const sampler = coveringSampler<string>();
  let bundle: {text: string; named: Set<string>} | undefined;
  for (const file of files) {
    const html = await fs.readFile(path.join(outDir, file), 'utf8');
    const href = stylesheetHref(html, file);
    if (href && sample && !bundle) {
      if (!href.startsWith(baseUrl))
        throw new Error(`critical-css: stylesheet ${href} is not under the base URL ${baseUrl}`);
      const text = await fs.readFile(path.join(outDir, href.slice(baseUrl.length)), 'utf8');
      bundle = {text, named: bundleTokens(text)};
    }
    const facts = readPage(html, href ? bundle?.named : undefined);
    for (const hash of facts.scripts) scripts.add(hash);
    for (const hash of facts.styles) styles.add(hash);
    if (!href) continue;
    linked.push(file);
    hrefs.add(href);
    if (sample) sampler.add(html, facts.tokens);
  }
  return {
    linked,
    hrefs: [...hrefs],
    scripts: [...scripts],
    styles: [...styles],
    samples: sampler.kept,
    bundle: bundle?.text,
  };
}

/**
 * Inlines the first screen's CSS into every page of one locale's output, in
 * one parse of each page: a first read (scanPages, in a worker thread, so
 * it runs beside the other postBuild plugins' work on the main thread) picks
 * the sample pages and hashes each page's inline scripts and styles; a
 * second read rewrites each page that links the bundle, with no parse (a
 * text replacement). At 400 articles per locale the pages are about 0.3 GB
 * of text: never all held at once.
 * @param outDir the locale's output folder
 * @param baseUrl the locale's base URL (`/`, `/tr/`): hrefs start with it
 * @param skip sub-folders of outDir that hold other locales' builds (`tr`)
 * @param routeScripts a page's route scripts to preload (src/plugins/route-preloads)
 */
export async function inlineCriticalCss(
  outDir: string,
  baseUrl: string,
  skip: readonly string[] = [],
  routeScripts?: (file: string) => RouteScripts,
  {inlineCss = true}: {inlineCss?: boolean} = {},
): Promise<CriticalCssResult> {
  const files = await htmlFilesUnder(outDir, skip);
  const {value: scan} = await runInWorker<PagesScan>(fileURLToPath(import.meta.url), 'scanPages', [
    outDir,
    baseUrl,
    files,
    inlineCss,
  ]);
  const {linked} = scan;
  const hrefs = new Set(scan.hrefs);
  const scripts = new Set(scan.scripts);
  const styles = new Set(scan.styles);
  const hashes = (): PageHashes => ({scripts: [...scripts].sort(), styles: [...styles].sort()});
  if (linked.length === 0) {
    if (files.length > 0)
      throw new Error(
        `critical-css: none of ${files.length} pages links a stylesheet as ${STYLESHEET_LINK.source} expects (Docusaurus' HTML changed? re-check src/plugins/critical-css)`,
      );
    return {pages: 0, samples: 0, files: 0, hashes: hashes()};
  }
  const [href] = hrefs;
  const bundle = scan.bundle;
  if (hrefs.size > 1 || !href || (inlineCss && bundle === undefined))
    throw new Error(`critical-css: the pages link ${hrefs.size} stylesheets; one expected`);
  const css =
    inlineCss && bundle !== undefined
      ? layerOrder(bundle) + (await usedCss(unionDocument(scan.samples, href), outDir, baseUrl))
      : undefined;
  let afterPaint = false;
  for (const file of linked) {
    // Written aside then renamed: other plugins (search) read the pages meanwhile.
    const target = path.join(outDir, file);
    const written = await fs.readFile(target, 'utf8');
    const html = css === undefined ? written : rewritePage(written, href, css);
    const page = scriptsAfterPaint(html, file, routeScripts);
    afterPaint ||= page !== html;
    await fs.writeFile(`${target}.first-screen`, page);
    await fs.rename(`${target}.first-screen`, target);
  }
  // What each rewritten page gained: the swap script, the inline rules, the scripts' starter.
  if (css !== undefined) {
    scripts.add(scriptHash(SWAP_SCRIPT));
    styles.add(scriptHash(css));
  }
  if (afterPaint) scripts.add(scriptHash(AFTER_PAINT_SCRIPT));
  return {
    css,
    href,
    pages: linked.length,
    samples: scan.samples.length,
    files: files.length,
    hashes: hashes(),
  };
}
