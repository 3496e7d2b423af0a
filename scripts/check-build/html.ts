/**
 * What the static checks read from one built HTML page, without a browser.
 *
 * In:  the page's HTML text. Out: a parsed document (htmlparser2, the fast
 *      parser cheerio brings) and helpers over it: CSS selection
 *      (css-select), accessible names of links and buttons, the texts of the
 *      interface chrome.
 * Why: a browser costs seconds per page; parsing costs milliseconds, so every
 *      page of every locale and version can be checked on every run. What
 *      only a browser can tell (hydration, colours, layout) stays in the
 *      browser checks (tests/e2e/crawl.spec.ts).
 */
import {parseDocument} from 'htmlparser2';
import {selectAll, selectOne} from 'css-select';
import {getAttributeValue, textContent} from 'domutils';
import {isTag, isText, type AnyNode, type Document, type Element} from 'domhandler';

export type {Document, Element};

export function parseHtml(html: string): Document {
  return parseDocument(html);
}

export const $$ = (selector: string, root: AnyNode | AnyNode[]): Element[] =>
  selectAll(selector, root);
export const $ = (selector: string, root: AnyNode | AnyNode[]): Element | null =>
  selectOne(selector, root);
export const attr = (el: Element, name: string): string | undefined => getAttributeValue(el, name);
export const text = (node: AnyNode | AnyNode[]): string => textContent(node);

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Hidden from the accessibility tree as built: `hidden`, `aria-hidden="true"`,
 * an inline `display:none`, inside `<template>`, or `<noscript>` (raw text to
 * a browser that runs scripts), on the element or an ancestor.
 */
export function isHidden(el: Element): boolean {
  for (
    let node: Element | null = el;
    node;
    node = node.parent && isTag(node.parent) ? node.parent : null
  ) {
    if (node.name === 'template' || node.name === 'noscript') return true;
    if (node.attribs.hidden !== undefined) return true;
    if (node.attribs['aria-hidden'] === 'true') return true;
    if (/display\s*:\s*none/i.test(node.attribs.style ?? '')) return true;
  }
  return false;
}

/** Text a name is computed from: text nodes, `img` alt, a child's own aria-label; hidden children left out. */
function nameFromContent(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  if (node.attribs['aria-hidden'] === 'true' || node.attribs.hidden !== undefined) return '';
  if (node.name === 'script' || node.name === 'style' || node.name === 'template') return '';
  const label = node.attribs['aria-label'];
  if (label?.trim()) return ` ${label} `;
  if (node.name === 'img') return ` ${node.attribs.alt ?? ''} `;
  if (node.name === 'svg') {
    const title = node.children.find((c) => isTag(c) && c.name === 'title');
    return title ? ` ${textContent(title)} ` : '';
  }
  return node.children.map(nameFromContent).join('');
}

/**
 * The accessible name of a link or button, in the order of the accname
 * rules that matter for built HTML: aria-labelledby, aria-label, content
 * (text, image alt), title, an input's value.
 */
export function accessibleName(el: Element, doc: Document): string {
  const labelledBy = el.attribs['aria-labelledby'];
  if (labelledBy) {
    const name = squash(
      labelledBy
        .split(/\s+/)
        .map((id) => $(`[id="${id.replace(/"/g, '\\"')}"]`, doc))
        .map((ref) => (ref ? nameFromContent(ref) : ''))
        .join(' '),
    );
    if (name) return name;
  }
  const label = squash(el.attribs['aria-label'] ?? '');
  if (label) return label;
  if (el.name === 'input') return squash(el.attribs.value ?? el.attribs.title ?? '');
  const content = squash(el.children.map(nameFromContent).join(''));
  if (content) return content;
  return squash(el.attribs.title ?? '');
}

/** Links and buttons as a browser's accessibility tree has them (not hidden). */
export function linksAndButtons(doc: Document): {role: 'link' | 'button'; el: Element}[] {
  const out: {role: 'link' | 'button'; el: Element}[] = [];
  for (const el of $$('a[href], area[href], [role="link"]', doc)) {
    if (!isHidden(el)) out.push({role: 'link', el});
  }
  for (const el of $$(
    'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]',
    doc,
  )) {
    if (!isHidden(el)) out.push({role: 'button', el});
  }
  return out;
}

/** The start of an element's HTML, to say which one is meant. */
export function snippet(el: Element): string {
  const attrs = Object.entries(el.attribs)
    .map(([k, v]) => (v === '' ? k : `${k}="${v}"`))
    .join(' ');
  return `<${el.name}${attrs ? ` ${attrs}` : ''}>`.slice(0, 160);
}

/**
 * The texts of the interface chrome (navbar, sidebar, breadcrumbs, footer,
 * buttons, labels): each element's whole text (under 300 characters) and its
 * label attributes, with the elements matching `contentSelector` (the
 * article and what repeats article titles) left out, as the browser check
 * does after hydration.
 */
export function interfaceTexts(doc: Document, contentSelector: string): string[] {
  const body = $('body', doc);
  if (!body) return [];
  const content = new Set($$(contentSelector, body));
  const texts: string[] = [];
  const walk = (node: AnyNode): string => {
    if (isText(node)) return node.data;
    if (!isTag(node) || content.has(node)) return '';
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = node.attribs[name];
      if (value) texts.push(value);
    }
    const inner = node.children.map(walk).join('');
    if (inner.trim() && inner.length < 300) texts.push(inner);
    return inner;
  };
  body.children.forEach(walk);
  return texts;
}
