/**
 * Content is data, never code: the checks the plugins share.
 *
 * In:  an element name, an attribute name, or a URL from an article.
 * Out: a reason it is executable (to put in the build error), or undefined.
 *
 * Browsers ignore ASCII whitespace and control characters inside a URL's
 * scheme (`java\tscript:` runs), so they are dropped before comparing.
 */
const SCRIPT_SCHEMES = [
  'javascript:',
  'vbscript:',
  'data:text/html',
  'data:application/xhtml',
  'data:image/svg',
];

/** Elements that run code or pull in another document. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
  'template',
]);

export function unsafeUrl(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const scheme = SCRIPT_SCHEMES.find((s) => squeezed.startsWith(s));
  return scheme ? `a ${scheme.replace(/:$/, '')} URL runs code` : undefined;
}

export function unsafeElement(name: string): string | undefined {
  return ACTIVE_ELEMENTS.has(name.toLowerCase())
    ? `<${name.toLowerCase()}> is active content`
    : undefined;
}

export function unsafeAttribute(name: string, value: string): string | undefined {
  if (/^on/i.test(name)) return `the ${name.toLowerCase()}= event handler attribute runs code`;
  if (name.toLowerCase() === 'srcdoc') return 'srcdoc= embeds a document';
  if (/^(href|src|action|formaction|xlink:href|poster|background|cite|data|srcset)$/i.test(name))
    return unsafeUrl(value);
  if (
    name.toLowerCase() === 'style' &&
    /expression\s*\(|url\s*\(\s*['"]?\s*javascript:/i.test(value)
  ) {
    return 'the style= attribute runs code';
  }
  return undefined;
}

export const SAFE_CONTENT_HINT =
  'expected plain Markdown or inert HTML (content is data, never code)';
