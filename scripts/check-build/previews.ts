/**
 * The link-preview check: what a chat client or ticket system reads from a
 * page to unfurl its link (Open Graph, Twitter cards).
 *
 * In:  one built page (its facts and parsed document) and the build (files,
 *      locales). Out: the reasons it would unfurl badly, one per problem;
 *      none for a good page.
 * Why: unfurlers read the static HTML only, never run scripts, and show
 *      nothing or the wrong language when a tag is missing or malformed; the
 *      tags come from several components (theme, src/components/LinkPreview,
 *      ArticleHead), so the built page is where they can be checked together.
 */
import fs from 'node:fs';
import path from 'node:path';
import {imageSize} from 'image-size';
import {openGraphLocale} from '../../src/links/linkPreview';
import {$$, attr, text, type Document} from './html';
import {fileForPath, type Build, type PageFacts} from './site';

/** Tags every page must carry once, with a value. */
const REQUIRED = [
  'og:title',
  'og:description',
  'og:site_name',
  'og:type',
  'og:locale',
  'og:url',
  'og:image',
  'og:image:type',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:card',
  'twitter:title',
  'twitter:description',
] as const;

/** Twitter's minimum for a large image card (https://developer.x.com, summary_large_image). */
const LARGE_CARD = {width: 300, height: 157};

/** ISO 8601 date or date-time (`2024-05-02`, `2024-05-02T10:00:00Z`). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

const MIME: Record<string, string> = {png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif'};

interface ImageFacts {
  width?: number;
  height?: number;
  type?: string;
}
const images = new Map<string, ImageFacts>();

function imageFacts(file: string): ImageFacts {
  let facts = images.get(file);
  if (!facts) {
    try {
      const size = imageSize(fs.readFileSync(file));
      facts = {width: size.width, height: size.height, type: size.type && MIME[size.type]};
    } catch {
      facts = {};
    }
    images.set(file, facts);
  }
  return facts;
}

/** Every value of a meta tag, by `property` or `name`. */
function metaValues(doc: Document, key: string): string[] {
  return $$(`meta[property="${key}"], meta[name="${key}"]`, doc).map(
    (el) => attr(el, 'content') ?? '',
  );
}

/** `dateModified` of the page's JSON-LD, if any. */
function dateModified(doc: Document): string | undefined {
  for (const el of $$('script[type="application/ld+json"]', doc)) {
    try {
      const data = JSON.parse(text(el)) as {dateModified?: unknown};
      if (typeof data.dateModified === 'string') return data.dateModified;
    } catch {
      // Not ours to judge here: the crawl reports invalid JSON-LD.
    }
  }
  return undefined;
}

export function previewProblems(
  page: PageFacts,
  doc: Document,
  build: Pick<Build, 'dir' | 'files' | 'locales'>,
): string[] {
  const problems: string[] = [];
  const one = (key: string): string | undefined => {
    const values = metaValues(doc, key);
    if (values.length > 1) problems.push(`${values.length} ${key} tags: ${JSON.stringify(values)}`);
    return values[0]?.trim() || undefined;
  };
  const tags = Object.fromEntries(REQUIRED.map((key) => [key, one(key)])) as Record<
    (typeof REQUIRED)[number],
    string | undefined
  >;
  for (const key of REQUIRED) if (!tags[key]) problems.push(`no ${key}`);

  // Articles and FAQ pages are articles; home, landing, search and 404 pages are not.
  const type = page.docId && !page.landing ? 'article' : 'website';
  if (tags['og:type'] && tags['og:type'] !== type)
    problems.push(`og:type "${tags['og:type']}", expected "${type}"`);

  const locale = openGraphLocale(page.locale);
  if (tags['og:locale'] && tags['og:locale'] !== locale)
    problems.push(`og:locale "${tags['og:locale']}", expected "${locale}"`);
  const alternates = metaValues(doc, 'og:locale:alternate').sort();
  const others = build.locales.locales
    .filter((l) => l !== page.locale)
    .map(openGraphLocale)
    .sort();
  if (alternates.join() !== others.join())
    problems.push(
      `og:locale:alternate ${JSON.stringify(alternates)}, expected ${JSON.stringify(others)}`,
    );

  if (tags['og:url'] && page.canonical[0] && tags['og:url'] !== page.canonical[0])
    problems.push(`og:url ${tags['og:url']} is not the canonical ${page.canonical[0]}`);

  if (tags['twitter:title'] && tags['twitter:title'] !== tags['og:title'])
    problems.push(
      `twitter:title "${tags['twitter:title']}" differs from og:title "${tags['og:title']}"`,
    );
  if (tags['twitter:description'] && tags['twitter:description'] !== tags['og:description'])
    problems.push('twitter:description differs from og:description');

  // The image: on this site, in the build, of the size and type the page declares.
  let large = false;
  if (tags['og:image']) {
    let url: URL | undefined;
    try {
      url = new URL(tags['og:image']);
    } catch {
      problems.push(`og:image is not an absolute URL: ${tags['og:image']}`);
    }
    const origin =
      page.canonical[0] && URL.canParse(page.canonical[0])
        ? new URL(page.canonical[0]).origin
        : undefined;
    const file = url && url.origin === origin ? fileForPath(build, url.pathname) : undefined;
    if (url && !file) problems.push(`og:image ${url.href}: no such file in the build`);
    if (file) {
      const facts = imageFacts(path.join(build.dir, file));
      const declared = {
        width: Number(tags['og:image:width']),
        height: Number(tags['og:image:height']),
        type: tags['og:image:type'],
      };
      if (facts.width !== declared.width || facts.height !== declared.height)
        problems.push(
          `og:image is ${facts.width}x${facts.height}, the page says ${declared.width}x${declared.height}`,
        );
      if (facts.type !== declared.type)
        problems.push(
          `og:image is ${facts.type ?? 'not an image'}, the page says ${declared.type}`,
        );
      large = (facts.width ?? 0) >= LARGE_CARD.width && (facts.height ?? 0) >= LARGE_CARD.height;
    }
  }
  const card = large ? 'summary_large_image' : 'summary';
  if (tags['twitter:card'] && tags['twitter:card'] !== card)
    problems.push(`twitter:card "${tags['twitter:card']}", expected "${card}" for this image`);

  // When the article was last changed: the date its structured data gives.
  const modified = one('article:modified_time');
  const date = dateModified(doc);
  if (type === 'article' && date && modified !== date)
    problems.push(
      `article:modified_time "${modified ?? ''}", expected "${date}" (its dateModified)`,
    );
  if (modified && (!ISO_DATE.test(modified) || Number.isNaN(Date.parse(modified))))
    problems.push(`article:modified_time "${modified}" is not an ISO 8601 date`);
  return problems;
}
