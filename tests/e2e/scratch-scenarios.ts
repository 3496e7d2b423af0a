/**
 * The one scratch copy of the site that the scenario specs share: built once
 * per run by scratch.setup.ts, served by each spec (sharedScratchSite() in
 * scratch-build.ts), removed by scratch.teardown.ts.
 *
 * In:  the copy's folder. Out: the copy with every spec's content change,
 *      each in an article of its own so that none sees another's:
 *  - page-weight.spec.ts: the benchmark's corpus, CORPUS_N articles per
 *    locale and version, around the seed article it weighs (left as it is);
 *  - links-ledger.spec.ts: a copy of the seed at LEDGER_PATH, recorded in the
 *    copy's links.lock.json, then two of its sections renamed (one with an
 *    anchor alias);
 *  - translation-status.spec.ts: a copy of the seed at TRANSLATION_PATH whose
 *    English gained a section after the Turkish was recorded, and an English
 *    2021-08 snapshot of it without a Turkish one; a copy at HUMAN_PATH
 *    whose Turkish a translator made (`ms.translationtype: HT`);
 *  - content-defects.spec.ts: an imported article with one of each content
 *    defect at DEFECTS_PATH (its failing build, not imported, is its own).
 * Why one copy: each spec built its own copy of the whole site, both
 * locales, cold: four production builds a run where one does. A scenario
 * whose build must fail can't share a successful build and keeps its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import {SEED_PATH, type Locale} from './site';

export const TR_ROOT = 'i18n/tr/docusaurus-plugin-content-docs/current';
const TR_2021_08 = 'i18n/tr/docusaurus-plugin-content-docs/version-2021-08';
const EN_2021_08 = 'versioned_docs/version-2021-08';

/** Articles per locale and version in the copy, as in the benchmark's corpus. */
export const CORPUS_N = 40;
export const LEDGER_PATH = 'microsoft-365/commerce/licenses/renamed-sections';
export const TRANSLATION_PATH = 'microsoft-365/commerce/licenses/translation-drift';
export const DEFECTS_PATH = 'microsoft-365/commerce/licenses/imported-defects';
export const HUMAN_PATH = 'microsoft-365/commerce/licenses/human-translation';
/**
 * Articles the copy has in each locale's current version beyond the real
 * site's: the corpus' CORPUS_N - 1 and one per other scenario.
 */
export const ADDED_ARTICLES = CORPUS_N - 1 + 4;

/** What the setup hands the specs, written next to the copy. */
export interface ScenarioFacts {
  /** The corpus article with a PowerShell block, as a doc path. */
  withCode: string;
}

/** A copy of the seed article at another path: the same text, no short link of its own. */
function copySeed(dir: string, root: string, to: string): string {
  const text = fs
    .readFileSync(path.join(dir, root, `${SEED_PATH}.md`), 'utf8')
    .replace(/^support_id: .*\n/m, '');
  const file = path.join(dir, root, `${to}.md`);
  fs.writeFileSync(file, text);
  return file;
}

function replaceOnce(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text)))
    throw new Error(`${file} no longer has ${String(from)}: update ${__filename}`);
  fs.writeFileSync(file, text.replace(from, to));
}

// --- links-ledger.spec.ts -------------------------------------------------

/** The seed's sections, renamed as an author and a translator would. */
const RENAMES: Record<Locale, [from: string, to: string][]> = {
  en: [
    [
      '## <a name="choose-what-to-do"></a>Choose what to do',
      '## <a name="pick-a-path"></a>Pick a path',
    ],
    [
      '## <a name="move-your-data"></a>In both cases: move your data',
      '## <a name="copy-your-data"></a>In both cases: copy your data',
    ],
  ],
  tr: [
    [
      '## <a name="choose-what-to-do"></a>Ne yapacağınızı seçin',
      '## <a name="pick-a-path"></a>Bir yol seçin',
    ],
    [
      '## <a name="move-your-data"></a>Her iki durumda da: verilerinizi taşıyın',
      '## <a name="copy-your-data"></a>Her iki durumda da: verilerinizi kopyalayın',
    ],
  ],
};

/**
 * The seed copied to LEDGER_PATH in both languages, its addresses recorded in
 * the copy's ledger as the seed's are (as if published before), then renamed.
 */
function renamedSections(dir: string): void {
  const lockFile = path.join(dir, 'links.lock.json');
  const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as {pages: Record<string, unknown>};
  for (const prefix of ['', '/tr']) {
    const seen = lock.pages[`${prefix}/${SEED_PATH}`];
    if (!seen)
      throw new Error(`links.lock.json has no ${prefix}/${SEED_PATH}: update ${__filename}`);
    lock.pages[`${prefix}/${LEDGER_PATH}`] = seen;
  }
  fs.writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);

  for (const [locale, root] of [
    ['en', 'docs'],
    ['tr', TR_ROOT],
  ] as const) {
    const file = copySeed(dir, root, LEDGER_PATH);
    for (const [from, to] of RENAMES[locale]) replaceOnce(file, from, to);
    // The alias goes into the English source; the translation follows it.
    if (locale === 'en')
      replaceOnce(file, /^---\n/, '---\nanchor_aliases: {move-your-data: copy-your-data}\n');
  }
}

// --- translation-status.spec.ts -------------------------------------------

/** The date the copy's Turkish translation was recorded, whatever the seed's says. */
export const TRANSLATION_DATE = '2021-08-06';

function translationDrift(dir: string): void {
  copySeed(dir, TR_ROOT, TRANSLATION_PATH);
  replaceOnce(
    path.join(dir, TR_ROOT, `${TRANSLATION_PATH}.md`),
    /^translation\.date: .*$/m,
    `translation.date: ${TRANSLATION_DATE}`,
  );
  fs.appendFileSync(
    copySeed(dir, 'docs', TRANSLATION_PATH),
    '\nA sentence added after the translation was made.\n\n## Added later\n\nA section the translation does not have.\n',
  );
  // 2021-08: English only.
  copySeed(dir, EN_2021_08, TRANSLATION_PATH);
  if (fs.existsSync(path.join(dir, TR_2021_08, `${TRANSLATION_PATH}.md`)))
    throw new Error(`${TRANSLATION_PATH} is translated in 2021-08: update ${__filename}`);

  copySeed(dir, 'docs', HUMAN_PATH);
  replaceOnce(
    copySeed(dir, TR_ROOT, HUMAN_PATH),
    'ms.translationtype: MT',
    'ms.translationtype: HT',
  );
}

// --- content-defects.spec.ts ----------------------------------------------

const IMAGE = path.resolve(__dirname, '../fixtures/bad/docs/microsoft-365/bad/media/present.png');

/** The article, in our words, one content defect per block. */
const defectsArticle = (title: string, date: string) => `---
title: ${title}
ms.date: ${date}
---
# ${title}

Sign in as an admin of <TenantName> and add <your domain> to the accepted domains.

![](media/present.png)

See [](transfer-licenses-between-tenants.md) before you start.

:::row:::
   :::column span="":::
   Monthly billing.
   :::column-end:::
:::row-end:::

:::code language="powershell" source="renew.ps1":::

[!INCLUDE [gone](includes/retired-note.md)]

> [!REMINDER]
> Renew before the end of the month.

Read [the renewal steps](#renewal-steps) first.

## Cancel a subscription

Steps.
`;

/**
 * The defects article in English and Turkish, listed in imported-docsets.json
 * when `imported` (then it builds, repaired), else not (then the build fails).
 */
export function addDefectsArticle(dir: string, imported: boolean, date: string): void {
  for (const [root, title] of [
    ['docs', 'Imported article with defects'],
    [TR_ROOT, 'Kusurlu içe aktarılmış makale'],
  ] as const) {
    const file = path.join(dir, root, `${DEFECTS_PATH}.md`);
    fs.writeFileSync(file, defectsArticle(title, date));
    fs.mkdirSync(path.join(path.dirname(file), 'media'), {recursive: true});
    fs.copyFileSync(IMAGE, path.join(path.dirname(file), 'media/present.png'));
  }
  const files = [`${DEFECTS_PATH}.md`];
  fs.writeFileSync(
    path.join(dir, 'imported-docsets.json'),
    JSON.stringify({
      docsets: imported ? [{path: 'microsoft-365/commerce', files: {en: files, tr: files}}] : [],
    }),
  );
}

// --- all of them ----------------------------------------------------------

// Loaded with import(): Playwright compiles a static import of an .mjs file
// to require(), which can't load an ES module.
const corpusModule = (): Promise<typeof import('../../scripts/bench/corpus.mjs')> =>
  import('../../scripts/bench/corpus.mjs');

/** Edits the copy with every scenario above. */
export async function writeScenarios(dir: string): Promise<ScenarioFacts> {
  const {writeCorpus} = await corpusModule();
  const article = writeCorpus(dir, CORPUS_N).find((a) => a.hasCode);
  if (!article) throw new Error('the corpus has no article with a code block');
  for (const p of [LEDGER_PATH, TRANSLATION_PATH, DEFECTS_PATH, HUMAN_PATH]) {
    if (fs.existsSync(path.join(dir, 'docs', `${p}.md`)))
      throw new Error(`the corpus wrote ${p} already: pick another path in ${__filename}`);
  }
  renamedSections(dir);
  translationDrift(dir);
  addDefectsArticle(dir, true, '13/45/2021');
  return {withCode: article.relPath.replace(/\.md$/, '')};
}
