import type {Config, LoadContext} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {createMsdocsRemarkPlugins, msdocsRehypePlugins} from './src/msdocs/remark';
import type {ContentDefectSettings} from './src/msdocs/defects';
import {createParseFrontMatter} from './src/msdocs/parseFrontMatter';
import {lightCodeTheme, darkCodeTheme} from './src/prismTheme';
import {DOCS_EXCLUDE} from './src/msdocs/paths';
import {tocSidebarItemsGenerator} from './src/msdocs/tocSidebar';
import {YAML_NOT_PAGES} from './src/msdocs/yaml';
import {createYamlPreprocessor} from './src/msdocs/yaml/hooks';
import homeArticles from './src/plugins/home-articles';
import translationStatus from './src/plugins/translation-status';
import searchPlugin from './src/plugins/search';
import {SEARCH_SHORTCUT} from './src/search/shortcut';
import shortLinks from './src/plugins/short-links';
import redirects from './src/plugins/redirects';
import pageWeight from './src/plugins/page-weight';
import lazyRoutes from './src/plugins/lazy-routes';
import literalRoutes from './src/plugins/literal-routes';
import bundledSignal from './src/plugins/bundled-signal';
import bundlingGate from './src/plugins/bundling-gate';
import yamlPages from './src/plugins/yaml-pages';
import contentReport from './src/plugins/content-report';
import securityHeaders from './src/plugins/headers';
import criticalCss from './src/plugins/critical-css';
import routePreloads from './src/plugins/route-preloads';
import {siteUrl} from './src/links/siteUrl';
import linkPreviews from './src/plugins/link-previews';
import alternateTitles from './src/plugins/alternate-titles';
import compileHints from './src/plugins/compile-hints';
import stagedStart from './src/plugins/staged-start';
import {sitePreviewMetadata} from './src/links/linkPreview';
import localized from './docusaurus.config.localized.json';
// Also read by scripts/build.mjs, which builds each locale in its own process.
import siteLocales from './src/locales.json';

const {locales, defaultLocale} = siteLocales;
// Docusaurus sets the locale being built in this variable; the config is
// evaluated once per locale. `docusaurus start` without --locale sets it to
// the string "undefined" (it assigns its option as given).
const fromEnv = process.env.DOCUSAURUS_CURRENT_LOCALE;
const currentLocale = fromEnv && fromEnv !== 'undefined' ? fromEnv : defaultLocale;
const baseUrl = '/';

/**
 * scripts/build.mjs (`npm run build`) builds each locale in its own process,
 * with `--locale x`; Docusaurus gives a single-locale build the base URL `/`
 * unless the locale sets one. The script asks for the base URLs a build of
 * all locales infers (`/`, `/tr/`), so the pages are the same either way.
 */
function localeBaseUrl(locale: string): {baseUrl?: string} {
  if (process.env.SITE_LOCALE_BASE_URLS !== 'all-locales') return {};
  return {baseUrl: locale === defaultLocale ? baseUrl : `${baseUrl}${locale}/`};
}

/**
 * Rspack's persistent cache (node_modules/.cache/rspack), which v4 turns on,
 * only when asked: `npm run build -- --cache` sets SITE_BUNDLER_CACHE. A cold
 * build that writes the cache holds it in memory until the process exits:
 * at 400 articles per locale a locale's peak was 2,349-2,540 MB with it and
 * 2,035-2,075 MB without, and the build was no quicker (README, Build
 * memory). A fresh clone, CI and the benchmark build cold, where a cache is
 * never read; repeated local builds read it (`--cache`).
 */
const bundlerCache = process.env.SITE_BUNDLER_CACHE === 'persistent';

/** Per-locale site values (those theme JSON files can't translate). */
function localize(key: keyof typeof localized): string {
  const values: Record<string, string> = localized[key];
  const value = values[currentLocale];
  if (value === undefined) {
    throw new Error(`docusaurus.config.localized.json: no "${currentLocale}" value for "${key}"`);
  }
  return value;
}

/**
 * What a content defect does (src/msdocs/defects.ts), read here only: the
 * site's own articles fail the build ('throw'); docsets listed in
 * imported-docsets.json are repaired or shown and reported ('warn').
 * Unsafe content (scripts, event handlers, javascript: URLs) always fails.
 */
const contentDefects: ContentDefectSettings = {
  onContentDefect: 'throw',
  onImportedContentDefect: 'warn',
};

// Site wiring only: locales, versions, plugins. Logic lives in src/msdocs
// (Markdown compatibility) and src/plugins (site-wide data).

/** Each locale's name in its own language, language tag and base URL. */
const localeConfigs: Record<string, {label: string; htmlLang: string; baseUrl?: string}> = {
  en: {label: 'English', htmlLang: 'en', ...localeBaseUrl('en')},
  tr: {label: 'Türkçe', htmlLang: 'tr', ...localeBaseUrl('tr')},
};

const config: Config = {
  title: localize('title'),
  tagline: localize('tagline'),
  favicon: 'img/favicon.svg',

  // The public address: SITE_URL when a deployment sets it (validated), else a
  // placeholder for local builds (src/links/siteUrl.ts).
  url: siteUrl(),
  baseUrl,
  // Pages are written as `path.html`, so `/a/b` is served without a redirect
  // and links pasted into tickets never bounce.
  trailingSlash: false,
  // Off: Docusaurus' banner for a wrong baseUrl is inserted by an inline
  // script at DOMContentLoaded unless the bundle has run by then, and the
  // bundle now starts after the first paint (src/plugins/critical-css/after-paint.ts):
  // every home page would show it. A wrong baseUrl fails the static checks
  // instead (no internal link would resolve).
  baseUrlIssueBanner: false,

  future: {
    // v4 turns on @docusaurus/faster (Rspack, SWC, Lightning CSS).
    v4: true,
    faster: {rspackPersistentCache: bundlerCache},
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    // `.md` files are CommonMark, as Microsoft writes them (raw HTML,
    // comments, braces and `<` in text are fine); `.mdx` files stay MDX. The
    // compatibility plugins check the raw HTML (no script, no on*=).
    format: 'detect',
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
    // Front matter runs through the steps of src/msdocs/parseFrontMatter.ts,
    // in the order listed there: `.yml` pages, translation status,
    // Microsoft's keys validated into Docusaurus' keys plus one `msdocs`
    // object, titles without `<a name>`.
    parseFrontMatter: createParseFrontMatter({
      locales,
      locale: currentLocale,
      htmlLang: localeConfigs[currentLocale]?.htmlLang,
      ...contentDefects,
    }),
    // The same Markdown is what the MDX loader compiles for a `.yml` page.
    preprocessor: createYamlPreprocessor(),
  },

  i18n: {
    defaultLocale,
    locales,
    localeConfigs,
  },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // Folders with a toc.yml get Microsoft's navigation (src/msdocs/toc.ts).
          sidebarItemsGenerator: tocSidebarItemsGenerator,
          lastVersion: 'current',
          versions: {
            current: {label: 'Current', path: ''},
            '2021-08': {label: '2021-08', path: '2021-08', banner: 'unmaintained'},
          },
          beforeDefaultRemarkPlugins: createMsdocsRemarkPlugins({
            ...contentDefects,
            contentReport: true,
          }),
          rehypePlugins: msdocsRehypePlugins,
          // Microsoft's FAQ and landing pages are docs too (src/msdocs/yaml);
          // navigation files (toc.yml) are not pages.
          include: ['**/*.{md,mdx}', '**/*.yml'],
          exclude: [...DOCS_EXCLUDE, ...YAML_NOT_PAGES],
        },
        blog: false,
        pages: {},
        theme: {customCss: ['./src/css/custom.css', './src/css/msdocs.css']},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    homeArticles,
    translationStatus,
    [
      searchPlugin,
      {
        // Docs are served from the site root.
        docsRouteBasePath: '/',
        indexBlog: false,
        // The library's client-side stop words and query handling follow the
        // page's language; indexes are rebuilt per locale by src/plugins/search.
        language: [currentLocale],
        // Pages marked ROBOTS: NOINDEX stay out of search engines, not out of
        // the site's own search (readers arrive at them from tickets).
        forceIgnoreNoIndex: true,
        // Results show the article and section path of each hit.
        explicitSearchResultPath: true,
        searchResultLimits: 8,
        searchBarShortcutKeymap: SEARCH_SHORTCUT,
      },
    ],
    shortLinks,
    (context: LoadContext) => redirects(context, contentDefects),
    pageWeight,
    lazyRoutes,
    literalRoutes,
    yamlPages,
    contentReport,
    alternateTitles,
    (context: LoadContext) => linkPreviews(context, {imageAlt: localize('previewImageAlt')}),
    // Each page's route scripts, preloaded by critical-css's rewrite of the page.
    routePreloads,
    criticalCss,
    compileHints,
    // The page's start-up in several tasks (production builds).
    stagedStart,
    securityHeaders,
    // Tells scripts/build.mjs when this locale's bundling is over, only when it
    // asks (`--staggered`): a plugin is listed in the site metadata of the
    // browser bundle, so other builds stay byte for byte what they were.
    ...(process.env.SITE_BUNDLED_SIGNAL === 'true' ? [bundledSignal] : []),
    // Holds this locale before bundling until the previous one has exited,
    // when scripts/build.mjs asks (its default schedule).
    ...(process.env.SITE_BUNDLING_GATE === 'true' ? [bundlingGate] : []),
  ],

  // A link to a renamed section (#old-id) says what it is called now.
  clientModules: ['./src/links/anchorAliasClient.ts'],

  themeConfig: {
    // Link previews: og:locale as tr_TR, defaults a page's own tags replace.
    metadata: sitePreviewMetadata(currentLocale, locales, {
      title: localize('title'),
      tagline: localize('tagline'),
    }),
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Licensing Guidance',
      // Sized, so the browser reserves its place before the image arrives.
      logo: {alt: 'Licensing Guidance home', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'docs',
          position: 'left',
          label: 'Articles',
        },
        {type: 'docsVersionDropdown', position: 'right'},
        {type: 'search', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guidance',
          items: [
            {
              label: 'Transfer licenses between tenants',
              to: '/microsoft-365/commerce/licenses/transfer-licenses-between-tenants',
            },
          ],
        },
        {
          title: 'Microsoft',
          items: [
            {label: 'Microsoft 365 admin center', href: 'https://admin.microsoft.com'},
            {label: 'Microsoft Learn', href: 'https://learn.microsoft.com'},
          ],
        },
      ],
      copyright:
        'Articles adapted from Microsoft documentation (CC BY 4.0). Not an official Microsoft site.',
    },
    // Microsoft's articles show PowerShell; Prism loads only on pages with code
    // (src/theme/CodeBlock).
    prism: {theme: lightCodeTheme, darkTheme: darkCodeTheme, additionalLanguages: ['powershell']},
  } satisfies Preset.ThemeConfig,
};

export default config;
