/**
 * Microsoft Docs front matter: validated, typed, normalised.
 *
 * In:  the front matter of a Microsoft Docs article as YAML gives it (keys in
 *      any letter case: `MS.technology` occurs in real files), the file's
 *      name and the locale its folder says it is written in.
 * Out: `MsDocsFrontMatter`, every key Microsoft's articles use, typed and
 *      cleaned (dates as `YYYY-MM-DD`, lists as arrays, `''` as absent), with
 *      unknown keys passed through untouched; the `ArticleMeta` the site
 *      reads (see ./articleMeta.ts); and the front matter Docusaurus gets.
 *      Bad values throw a `FrontMatterError` naming the file, the key, the
 *      value and what was expected.
 *
 * ```yaml
 * ms.date: 8/6/2021            -> date: '2021-08-06'
 * ROBOTS: NOINDEX, NOFOLLOW    -> robots: {index: false, follow: false, archive: true}
 * keywords: a, b               -> keywords: ['a', 'b']   (Docusaurus wants a list)
 * ms.date: 13/45/2021          -> FrontMatterError: ... ms.date = "13/45/2021": expected ...
 * ```
 */
import * as z from 'zod';
import type {ArticleContributor, ArticleMeta, ArticleRobots} from './articleMeta';
import {ARTICLE_META_KEY, CONTENT_LOCALES} from './articleMeta';

export {CONTENT_LOCALES};

export type RawFrontMatter = Record<string, unknown>;

/** Microsoft's documented `ms.topic` values. */
export const TOPICS = [
  'architecture',
  'article',
  'best-practice',
  'concept-article',
  'conceptual',
  'contributor-guide',
  'error-reference',
  'faq',
  'get-started',
  'glossary',
  'how-to',
  'how-to-guide',
  'hub-page',
  'include',
  'install-set-up-deploy',
  'landing-page',
  'limits-and-quotas',
  'overview',
  'quickstart',
  'reference',
  'release-notes',
  'sample',
  'solution-overview',
  'troubleshooting',
  'troubleshooting-general',
  'troubleshooting-known-issue',
  'troubleshooting-problem-resolution',
  'tutorial',
  'upgrade-and-migration-article',
  'video',
  'whats-new',
] as const;

const TRANSLATION_TYPES = ['MT', 'HT'] as const;
const LOCALIZATION_PRIORITIES = ['Priority', 'Normal', 'None', 'high', 'medium', 'low'] as const;
const ROBOTS_DIRECTIVES = ['INDEX', 'NOINDEX', 'FOLLOW', 'NOFOLLOW', 'NOARCHIVE'] as const;

// What each kind of value must look like, in the words the error shows.
const EXPECT = {
  text: 'a non-empty text',
  optionalText: 'a text (or nothing)',
  date: "a date written MM/DD/YYYY (e.g. 08/06/2021; 8/6/2021 also works), '' or nothing",
  list: 'a text, a comma-separated text or a list of texts',
  id: 'a name made of letters, digits, ".", "_" and "-" (e.g. o365-administration)',
  ids: 'a comma-separated text or list of names made of letters, digits, ".", "_" and "-"',
  github: 'a GitHub user name (letters, digits and single hyphens, e.g. cmcatee-MSFT)',
  hex: 'a git hash: 40 or 64 hexadecimal digits',
  digits: 'a number written in digits (e.g. "54503996")',
  appverid: 'a comma-separated text or list of codes of 3 letters and 3 digits (e.g. MET150)',
  topic: `one of Microsoft's ms.topic values (${TOPICS.join(', ')})`,
  translationType: 'MT (machine translated) or HT (translated by a person)',
  priority: `one of ${LOCALIZATION_PRIORITIES.join(', ')} (any letter case), '' or nothing`,
  robots: `a comma-separated list of ${ROBOTS_DIRECTIVES.join(', ')}`,
  contentLocale: 'a locale such as tr-TR',
  anchorAliases:
    'a map from an old section id to the id of the section that replaced it, both section ids: letters, digits, "-", "_" and "." (e.g. {old-id: new-id})',
} as const;

const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** `''`, `null` (a key with no value) and a missing key all mean "not set". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (isBlank(v) ? undefined : v), schema.optional());
}

const text = (expected: string) =>
  z
    .string({error: expected})
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, {error: expected});

/** Case-insensitive choice; returns the value in its listed spelling. */
function oneOf<const T extends readonly string[]>(values: T, expected: string) {
  return text(expected)
    .refine((s) => values.some((v) => v.toLowerCase() === s.toLowerCase()), {error: expected})
    .transform((s) => values.find((v) => v.toLowerCase() === s.toLowerCase()) as T[number]);
}

/**
 * Microsoft writes lists three ways: `a`, `a, b`, and a YAML list (whose
 * items YAML may read as numbers: `- 4689`). All become arrays of texts.
 */
function toList(v: unknown): unknown {
  if (isBlank(v)) return [];
  if (typeof v === 'string') return v.split(',');
  if (typeof v === 'number') return [String(v)];
  if (Array.isArray(v)) return v.map((item) => (typeof item === 'number' ? String(item) : item));
  return v; // an object: the array check below rejects it
}

/** A list whose items all pass `check` (if given); errors speak of the whole list. */
function list(expected: string, check: (item: string) => boolean = () => true) {
  return z.preprocess(
    toList,
    z
      .array(z.string({error: expected}), {error: expected})
      .transform((items) => items.map((s) => s.trim()).filter((s) => s.length > 0))
      .refine((items) => items.every(check), {error: expected}),
  );
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const GITHUB = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const HEX = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
const APPVERID = /^[A-Za-z]{3}\d{3}$/;

/** A section id as headings get them (../slug.ts, `<a name>`): letters, digits, `-`, `_`, `.`. */
const SECTION_ID = /^[\p{L}\p{N}_][\p{L}\p{N}._-]*$/u;

/**
 * `anchor_aliases: {old-id: new-id}`: addresses a renamed section keeps
 * (./remark/anchor-aliases.ts). Keys and values are section ids; a key
 * naming itself is refused.
 */
const anchorAliases = z
  .record(z.string(), z.unknown(), {error: EXPECT.anchorAliases})
  .refine(
    (map) =>
      Object.entries(map).every(
        ([from, to]) =>
          SECTION_ID.test(from) && typeof to === 'string' && SECTION_ID.test(to) && from !== to,
      ),
    {error: EXPECT.anchorAliases},
  )
  .transform((map) => map as Record<string, string>);

const idText = text(EXPECT.id).refine((s) => ID.test(s), {error: EXPECT.id});
const hex = text(EXPECT.hex)
  .refine((s) => HEX.test(s), {error: EXPECT.hex})
  .transform((s) => s.toLowerCase());

/** `MM/DD/YYYY` (unpadded allowed) to `YYYY-MM-DD`; undefined if not a real day. */
export function parseMsDate(value: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!m) return undefined;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return d.toISOString().slice(0, 10);
}

const msDate = z
  .string({error: EXPECT.date})
  .refine((s) => parseMsDate(s) !== undefined, {error: EXPECT.date})
  .transform((s) => parseMsDate(s) as string);

const robots = text(EXPECT.robots)
  .transform((s) => s.split(',').map((d) => d.trim().toUpperCase()))
  .refine((ds) => ds.every((d) => (ROBOTS_DIRECTIVES as readonly string[]).includes(d)), {
    error: EXPECT.robots,
  })
  .refine((ds) => !(ds.includes('INDEX') && ds.includes('NOINDEX')), {
    error: `${EXPECT.robots}, without both INDEX and NOINDEX`,
  })
  .refine((ds) => !(ds.includes('FOLLOW') && ds.includes('NOFOLLOW')), {
    error: `${EXPECT.robots}, without both FOLLOW and NOFOLLOW`,
  })
  .transform((ds): ArticleRobots => ({
    index: !ds.includes('NOINDEX'),
    follow: !ds.includes('NOFOLLOW'),
    archive: !ds.includes('NOARCHIVE'),
  }));

/**
 * The keys, in Microsoft's spelling. Keys of the file match these
 * case-insensitively.
 */
const schema = z
  .object({
    // Keys Docusaurus also reads: Microsoft's forms must still work.
    title: optional(text(EXPECT.text)),
    description: optional(text(EXPECT.optionalText)),
    keywords: list(EXPECT.list),

    'ms.date': optional(msDate),
    'ms.topic': optional(oneOf(TOPICS, EXPECT.topic)),
    'ms.service': optional(idText),
    'ms.prod': optional(idText),
    'ms.subservice': optional(idText),
    'ms.technology': optional(idText),
    author: optional(text(EXPECT.github).refine((s) => GITHUB.test(s), {error: EXPECT.github})),
    'ms.author': optional(idText),
    manager: optional(idText),
    'ms.reviewer': list(EXPECT.ids, (s) => ID.test(s)),
    'ms.audience': optional(text(EXPECT.text)),
    audience: optional(text(EXPECT.text)),
    localization_priority: optional(oneOf(LOCALIZATION_PRIORITIES, EXPECT.priority)),
    'ms.localizationpriority': optional(oneOf(LOCALIZATION_PRIORITIES, EXPECT.priority)),
    'ms.collection': list(EXPECT.list),
    'ms.custom': list(EXPECT.list),
    'ms.translationtype': optional(oneOf(TRANSLATION_TYPES, EXPECT.translationType)),
    'ms.contentlocale': optional(
      text(EXPECT.contentLocale).refine((s) => /^[a-z]{2,3}-[a-z]{2,4}$/i.test(s), {
        error: EXPECT.contentLocale,
      }),
    ),
    'ms.lasthandoff': optional(msDate),
    'ms.sourcegitcommit': optional(hex),
    'ms.openlocfilehash': optional(hex),
    'ms.locfileid': optional(
      z
        .union([z.string(), z.number()], {error: EXPECT.digits})
        .transform((v) => String(v).trim())
        .refine((s) => /^\d+$/.test(s), {error: EXPECT.digits}),
    ),
    ROBOTS: optional(robots),
    'search.appverid': list(EXPECT.appverid, (s) => APPVERID.test(s)).transform((ids) =>
      ids.map((s) => s.toUpperCase()),
    ),
    'f1.keywords': list(EXPECT.ids, (s) => ID.test(s)),
    anchor_aliases: optional(anchorAliases),
  })
  .loose();

export type MsDocsFrontMatter = z.output<typeof schema>;

const KNOWN_KEYS = Object.keys(schema.shape);
const KNOWN_BY_LOWER = new Map(KNOWN_KEYS.map((k) => [k.toLowerCase(), k]));

export interface Problem {
  /** The key as written in the file. */
  key: string;
  value: unknown;
  expected: string;
}

function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return `${value.toISOString().slice(0, 10)} (read by YAML as a date)`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Bad front matter: names the file, each key, its value and what was expected. */
export class FrontMatterError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(
      [
        `Invalid Microsoft Docs front matter in ${file}:`,
        ...problems.map((p) => `  - ${p.key} = ${showValue(p.value)}: expected ${p.expected}`),
      ].join('\n'),
    );
    this.name = 'FrontMatterError';
  }
}

export interface ParseContext {
  /** The file, as the error should name it. */
  file: string;
  /** Locale the file's folder says it is written in (`en`, `tr`). */
  locale: string;
  /** The source language (English): its files are not translations. */
  defaultLocale?: string;
}

/**
 * Validates Microsoft's front matter and returns it typed, keys in
 * Microsoft's spelling, unknown keys untouched. Throws `FrontMatterError`.
 */
export function parseMsDocsFrontMatter(raw: RawFrontMatter, ctx: ParseContext): MsDocsFrontMatter {
  const defaultLocale = ctx.defaultLocale ?? 'en';
  const problems: Problem[] = [];

  // Fold the file's keys onto Microsoft's spelling, remembering how the file
  // wrote them (for the error) and refusing two spellings of one key.
  const input: RawFrontMatter = {};
  const written = new Map<string, string>();
  for (const [key, value] of Object.entries(raw)) {
    const known = KNOWN_BY_LOWER.get(key.toLowerCase());
    if (!known) {
      input[key] = value;
      continue;
    }
    const earlier = written.get(known);
    if (earlier !== undefined) {
      problems.push({
        key,
        value,
        expected: `a single ${known} key (the file also has ${earlier}; keys ignore letter case)`,
      });
      continue;
    }
    written.set(known, key);
    input[known] = value;
  }

  const result = schema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const known = String(issue.path[0] ?? '');
      problems.push({
        key: written.get(known) ?? known,
        value: input[known],
        expected: issue.message,
      });
    }
    throw new FrontMatterError(ctx.file, problems);
  }
  const fm = result.data;
  const at = (key: string): string => written.get(key) ?? key;

  // Rules that involve the file's folder or two keys.
  const expectedLocale = CONTENT_LOCALES[ctx.locale];
  const contentLocale = fm['ms.contentlocale'];
  if (contentLocale !== undefined) {
    const ok = expectedLocale
      ? contentLocale.toLowerCase() === expectedLocale.toLowerCase()
      : contentLocale.toLowerCase().startsWith(`${ctx.locale.toLowerCase()}-`);
    if (!ok) {
      problems.push({
        key: at('ms.contentlocale'),
        value: raw[at('ms.contentlocale')],
        expected: `${expectedLocale ?? `${ctx.locale}-*`}, the locale of the folder the file is in (${ctx.locale})`,
      });
    }
  }
  if (ctx.locale === defaultLocale && fm['ms.translationtype'] !== undefined) {
    problems.push({
      key: at('ms.translationtype'),
      value: raw[at('ms.translationtype')],
      expected: `no ms.translationtype in a source (${defaultLocale}) file: only translations have one`,
    });
  }
  // Microsoft renamed two keys; a file may carry both spellings, if they agree.
  for (const [legacy, current] of [
    ['localization_priority', 'ms.localizationpriority'],
    ['audience', 'ms.audience'],
  ] as const) {
    const a = fm[legacy];
    const b = fm[current];
    if (a !== undefined && b !== undefined && a.toLowerCase() !== b.toLowerCase()) {
      problems.push({
        key: at(current),
        value: raw[at(current)],
        expected: `the same value as ${at(legacy)} (${a}), or only one of the two keys`,
      });
    }
  }
  if (problems.length > 0) throw new FrontMatterError(ctx.file, problems);
  return fm;
}

export interface NormaliseContext extends ParseContext {
  /** Locales in which the article has its own file (same version). */
  locales?: string[];
}

const unique = (items: string[]): string[] => [...new Set(items)];

/** The one object the site reads (see ./articleMeta.ts). */
export function toArticleMeta(fm: MsDocsFrontMatter, ctx: NormaliseContext): ArticleMeta {
  const defaultLocale = ctx.defaultLocale ?? 'en';
  const date = fm['ms.date'];
  const handoff = fm['ms.lasthandoff'];
  const contributors: ArticleContributor[] = [];
  if (fm.author) contributors.push({name: fm.author, github: fm.author});
  else if (fm['ms.author']) contributors.push({name: fm['ms.author']});

  const meta: ArticleMeta = {
    locale: ctx.locale,
    locales: ctx.locales ?? [ctx.locale],
    robots: fm.ROBOTS ?? {index: true, follow: true, archive: true},
    contributors,
    tags: unique([...fm['ms.collection'], ...fm['ms.custom']]),
  };
  if (date ?? handoff) {
    meta.updated = date ?? handoff;
    meta.updatedFrom = date ? 'ms.date' : 'ms.lasthandoff';
  }
  if (ctx.locale !== defaultLocale) {
    meta.translation = dropUndefined({
      type: fm['ms.translationtype'],
      locale: fm['ms.contentlocale'] ?? CONTENT_LOCALES[ctx.locale],
      handoff,
      sourceCommit: fm['ms.sourcegitcommit'],
    });
  }
  const topic = fm['ms.topic'];
  const service = fm['ms.service'] ?? fm['ms.prod'];
  const subservice = fm['ms.subservice'] ?? fm['ms.technology'];
  const audience = fm['ms.audience'] ?? fm.audience;
  if (topic) meta.topic = topic;
  if (service) meta.service = service;
  if (subservice) meta.subservice = subservice;
  if (audience) meta.audience = audience;
  return meta;
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/**
 * What Docusaurus gets: its own keys (Microsoft's forms made into its own),
 * other unknown keys untouched, and the `ArticleMeta` under one key.
 * Microsoft's publishing keys (the ones above, and any other `ms.*` key
 * such as `ms.assetid`) stay on the build machine: Docusaurus ships the
 * front matter in each page's JavaScript, and no page needs them raw.
 */
export function toDocusaurusFrontMatter(fm: MsDocsFrontMatter, meta: ArticleMeta): RawFrontMatter {
  const out: RawFrontMatter = {};
  for (const [key, value] of Object.entries(fm)) {
    if (KNOWN_BY_LOWER.has(key.toLowerCase()) || key.toLowerCase().startsWith('ms.')) continue;
    out[key] = value;
  }
  if (fm.title !== undefined) out.title = fm.title;
  if (fm.description !== undefined) out.description = fm.description;
  if (fm.keywords.length > 0) out.keywords = fm.keywords;
  // Read by ./remark/anchor-aliases.ts (the MDX loader hands it the front matter).
  if (fm.anchor_aliases !== undefined) out.anchor_aliases = fm.anchor_aliases;
  out[ARTICLE_META_KEY] = meta;
  return out;
}
