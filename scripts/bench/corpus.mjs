/**
 * Synthetic corpus in the Microsoft Docs style, for the benchmark.
 *
 * In:  a site directory (a copy of this site) and N, the number of articles
 *      each locale and version should hold.
 * Out: N - 1 generated articles next to the real ones (so N = 1 is the real
 *      site), in English (`docs/`, `versioned_docs/version-2021-08/`) and
 *      Turkish (`i18n/tr/docusaurus-plugin-content-docs/{current,version-2021-08}/`),
 *      the `_category_.json` of their folders and the Turkish labels of those
 *      folders. Returns the list of generated articles.
 *
 * The articles use what Microsoft's articles use: `ms.*` front matter,
 * `# <a name="x"></a>Title` headings with the same ids in both languages,
 * DocFX alerts, numbered steps, tables, PowerShell blocks, root-relative and
 * relative `.md` links between articles, links to learn.microsoft.com.
 * Turkish text carries its letters (ç ğ ı İ ö ş ü). The text is our own,
 * picked by a seeded generator: the same N gives the same corpus, byte for
 * byte, so runs compare.
 */
import fs from 'node:fs';
import path from 'node:path';

export const VERSIONS = ['current', '2021-08'];

/** Folders the generated articles go into, with their labels. */
export const AREAS = [
  {dir: 'microsoft-365/commerce/billing', en: 'Billing', tr: 'Faturalama'},
  {dir: 'microsoft-365/commerce/subscriptions', en: 'Subscriptions', tr: 'Abonelikler'},
  {dir: 'microsoft-365/commerce/licenses', en: 'Licenses', tr: 'Lisanslar'},
  {dir: 'microsoft-365/commerce/try-or-buy', en: 'Try or buy', tr: 'Deneme veya satın alma'},
  {dir: 'microsoft-365/admin/add-users', en: 'Add users', tr: 'Kullanıcı ekleme'},
  {dir: 'microsoft-365/admin/manage', en: 'Manage the organization', tr: 'Kuruluşu yönetme'},
  {dir: 'microsoft-365/enterprise', en: 'Enterprise', tr: 'Kurumsal'},
  {dir: 'microsoft-365/compliance', en: 'Compliance', tr: 'Uyumluluk'},
];

const PARENTS = [{dir: 'microsoft-365/admin', en: 'Admin', tr: 'Yönetim'}];

const PRODUCTS = [
  'Microsoft 365 Business Basic',
  'Microsoft 365 Business Standard',
  'Microsoft 365 Business Premium',
  'Microsoft 365 E3',
  'Microsoft 365 E5',
  'Office 365 E1',
  'Exchange Online Plan 1',
  'Microsoft Teams Essentials',
  'Microsoft 365 Apps for business',
  'Visio Plan 2',
  'Project Plan 3',
  'Microsoft Defender for Office 365',
];

// Parallel phrase banks: index i in English and Turkish say the same thing.
const TITLES = [
  {en: (p) => `Assign ${p} licenses to users`, tr: (p) => `Kullanıcılara ${p} lisansları atama`},
  {en: (p) => `Renew ${p} subscriptions`, tr: (p) => `${p} aboneliklerini yenileme`},
  {en: (p) => `Cancel ${p} and get a refund`, tr: (p) => `${p} iptali ve para iadesi`},
  {en: (p) => `Understand your ${p} invoice`, tr: (p) => `${p} faturanızı anlama`},
  {en: (p) => `Move users to ${p}`, tr: (p) => `Kullanıcıları ${p} planına taşıma`},
  {en: (p) => `Buy more ${p} licenses`, tr: (p) => `Daha fazla ${p} lisansı satın alma`},
  {
    en: (p) => `Change the payment method for ${p}`,
    tr: (p) => `${p} için ödeme yöntemini değiştirme`,
  },
  {en: (p) => `Try ${p} for free`, tr: (p) => `${p} ürününü ücretsiz deneme`},
  {
    en: (p) => `Remove ${p} licenses you don't use`,
    tr: (p) => `Kullanmadığınız ${p} lisanslarını kaldırma`,
  },
  {
    en: (p) => `Share ${p} billing with another admin`,
    tr: (p) => `${p} faturalamasını başka bir yöneticiyle paylaşma`,
  },
];

const SENTENCES = [
  {
    en: 'Only a global admin or a billing admin can do the steps in this article.',
    tr: 'Bu makaledeki adımları yalnızca genel yönetici veya faturalama yöneticisi uygulayabilir.',
  },
  {
    en: 'Changes you make here apply to every user in the organization at the start of the next billing period.',
    tr: 'Burada yaptığınız değişiklikler, bir sonraki fatura döneminin başında kuruluştaki tüm kullanıcılara uygulanır.',
  },
  {
    en: 'If you bought the subscription through a partner, contact the partner instead: the admin center shows their details.',
    tr: 'Aboneliği bir iş ortağı aracılığıyla satın aldıysanız bunun yerine iş ortağına başvurun: yönetim merkezi onun bilgilerini gösterir.',
  },
  {
    en: 'Licenses that are assigned to users count against the total even when the user is signed out.',
    tr: 'Kullanıcılara atanmış lisanslar, kullanıcı oturum açmamış olsa bile toplamdan düşülür.',
  },
  {
    en: 'The invoice lists each charge with the dates it covers, the quantity and the price per license.',
    tr: 'Fatura, her ücreti kapsadığı tarihler, miktar ve lisans başına fiyat ile birlikte listeler.',
  },
  {
    en: 'It can take up to 24 hours for a change to appear in every service.',
    tr: 'Bir değişikliğin tüm hizmetlerde görünmesi 24 saati bulabilir.',
  },
  {
    en: 'Data in Exchange Online and SharePoint is kept for 90 days after a subscription ends, then deleted.',
    tr: 'Exchange Online ve SharePoint içindeki veriler abonelik bittikten sonra 90 gün saklanır, ardından silinir.',
  },
  {
    en: 'You can’t mix monthly and annual commitments on the same subscription.',
    tr: 'Aynı abonelikte aylık ve yıllık taahhütleri birleştiremezsiniz.',
  },
  {
    en: 'Prices shown in the admin center include the taxes of your country or region when they apply.',
    tr: 'Yönetim merkezinde gösterilen fiyatlar, geçerli olduğunda ülkenizin veya bölgenizin vergilerini içerir.',
  },
  {
    en: 'Users keep their mailbox, files and settings when you switch them to another plan.',
    tr: 'Kullanıcıları başka bir plana geçirdiğinizde posta kutuları, dosyaları ve ayarları korunur.',
  },
  {
    en: 'Check the number of available licenses before you add new users, so nobody is left without access.',
    tr: 'Kimsenin erişimsiz kalmaması için yeni kullanıcı eklemeden önce kullanılabilir lisans sayısını denetleyin.',
  },
  {
    en: 'A trial turns into a paid subscription only if you add a payment method and turn on recurring billing.',
    tr: 'Deneme sürümü, yalnızca bir ödeme yöntemi ekler ve yinelenen faturalamayı açarsanız ücretli aboneliğe dönüşür.',
  },
];

const ALERTS = [
  {
    type: 'NOTE',
    en: 'The steps are the same in every version of the admin center.',
    tr: 'Adımlar yönetim merkezinin tüm sürümlerinde aynıdır.',
  },
  {
    type: 'TIP',
    en: 'Filter the list by product to find a subscription quickly.',
    tr: 'Bir aboneliği hızla bulmak için listeyi ürüne göre filtreleyin.',
  },
  {
    type: 'IMPORTANT',
    en: 'Write down the subscription ID before you change anything: support asks for it.',
    tr: 'Herhangi bir değişiklik yapmadan önce abonelik kimliğini not edin: destek ekibi bunu ister.',
  },
  {
    type: 'CAUTION',
    en: 'Removing a license deletes the user’s mailbox after 30 days.',
    tr: 'Bir lisansı kaldırmak, kullanıcının posta kutusunu 30 gün sonra siler.',
  },
  {
    type: 'WARNING',
    en: 'A canceled subscription can’t be turned back on after the grace period.',
    tr: 'İptal edilen bir abonelik, ek süre dolduktan sonra yeniden açılamaz.',
  },
];

const STEPS = [
  {
    en: 'In the admin center, go to the **Billing** > [Your products](https://go.microsoft.com/fwlink/p/?linkid=842054) page.',
    tr: 'Yönetim merkezinde **Faturalama** > [Ürünleriniz](https://go.microsoft.com/fwlink/p/?linkid=842054) sayfasına gidin.',
  },
  {
    en: 'On the **Products** tab, select the subscription.',
    tr: '**Ürünler** sekmesinde aboneliği seçin.',
  },
  {
    en: 'Under **Licenses**, select **Assign licenses**.',
    tr: '**Lisanslar** altında **Lisans ata**’yı seçin.',
  },
  {
    en: 'Choose the users, then select **Save**.',
    tr: 'Kullanıcıları seçin, ardından **Kaydet**’i seçin.',
  },
  {en: 'Review the summary and close the pane.', tr: 'Özeti gözden geçirin ve bölmeyi kapatın.'},
  {
    en: 'Go to **Billing** > **Bills & payments** and open the latest invoice.',
    tr: '**Faturalama** > **Faturalar ve ödemeler**’e gidin ve en son faturayı açın.',
  },
];

const HEADINGS = {
  before: {id: 'before-you-begin', en: 'Before you begin', tr: 'Başlamadan önce'},
  steps: {id: 'steps', en: 'Do it in the admin center', tr: 'Yönetim merkezinde yapın'},
  compare: {id: 'compare-plans', en: 'Compare the plans', tr: 'Planları karşılaştırın'},
  powershell: {id: 'use-powershell', en: 'Use PowerShell', tr: 'PowerShell kullanın'},
  related: {id: 'related-content', en: 'Related content', tr: 'İlgili içerik'},
};

const TABLE_HEAD = {
  en: '| Plan | Maximum users | Included apps | Price per user, month |',
  tr: '| Plan | En fazla kullanıcı | Dahil olan uygulamalar | Kullanıcı başına aylık fiyat |',
};
const APPS = {
  en: ['Web and mobile', 'Desktop apps', 'Desktop apps and security'],
  tr: ['Web ve mobil', 'Masaüstü uygulamaları', 'Masaüstü uygulamaları ve güvenlik'],
};

/** Deterministic PRNG (mulberry32): same seed, same corpus. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slugify = (s) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * @template T
 * @param {readonly T[]} list
 * @param {number} i
 * @returns {T} the item at `i`, counting round the list
 */
function at(list, i) {
  return /** @type {T} */ (list[i % list.length]);
}

/** The list of articles for N (without writing anything). */
export function planCorpus(n) {
  const articles = [];
  for (let i = 1; i < n; i++) {
    const product = at(PRODUCTS, i);
    const title = at(TITLES, Math.floor(i / PRODUCTS.length));
    const area = at(AREAS, i);
    const en = title.en(product);
    const slug = `${slugify(en)}-${i}`;
    // Every fourth article shows PowerShell, as many of Microsoft's do.
    articles.push({
      index: i,
      area,
      slug,
      relPath: `${area.dir}/${slug}.md`,
      title: {en, tr: title.tr(product)},
      product,
      hasCode: i % 4 === 0,
    });
  }
  return articles;
}

function msDate(rand) {
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/2021`;
}

function hex(rand, length) {
  let s = '';
  while (s.length < length) s += Math.floor(rand() * 16).toString(16);
  return s;
}

/** One article's Markdown in one locale and version. */
export function renderArticle(article, all, locale, version) {
  const rand = prng(article.index * 7919 + (version === 'current' ? 0 : 104729));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const L = (phrase) => phrase[locale];
  const date = msDate(rand);
  const topic = pick(['article', 'how-to', 'conceptual']);

  const fm = [
    '---',
    `title: ${JSON.stringify(article.title[locale])}`,
    `description: ${JSON.stringify(L(pick(SENTENCES)))}`,
    'ms.author: cmcatee',
    'author: cmcatee-MSFT',
    'manager: scotv',
    `ms.date: ${date}`,
    'ms.audience: Admin',
    `ms.topic: ${topic}`,
    'ms.service: o365-administration',
    'localization_priority: Normal',
    'ms.collection:',
    '- M365-subscription-management',
    '- Adm_O365',
    'ms.custom:',
    '- commerce_billing',
    `- "${1500000 + article.index}"`,
    'search.appverid:',
    '- MET150',
  ];
  if (locale === 'tr') {
    fm.push(
      `ms.openlocfilehash: ${hex(rand, 64)}`,
      `ms.sourcegitcommit: ${hex(rand, 40)}`,
      `ms.translationtype: ${article.index % 3 === 0 ? 'HT' : 'MT'}`,
      'ms.contentlocale: tr-TR',
      `ms.lasthandoff: ${date}`,
      `ms.locfileid: "${54000000 + article.index}"`,
    );
  } else {
    fm.push('ms.contentlocale: en-US');
  }
  fm.push('---');

  const heading = (level, h) => `${'#'.repeat(level)} <a name="${h.id}"></a>${h[locale]}`;
  const paragraph = (count) => Array.from({length: count}, () => L(pick(SENTENCES))).join(' ');
  const alert = (a) => `> [!${a.type}]\n> ${L(a)}`;

  // Links to neighbours: one relative .md link, one root-relative link (how
  // Microsoft writes them), one to learn.microsoft.com.
  const neighbours = [1, 2, 3]
    .map((k) => all[(article.index - 1 + k * 17) % all.length])
    .filter((a) => a && a !== article);
  const related = neighbours.map((a, k) => {
    const text = a.title[locale];
    if (k === 0) {
      const rel = path.posix.relative(path.posix.dirname(article.relPath), a.relPath);
      return `- [${text}](${rel.startsWith('.') ? rel : `./${rel}`})`;
    }
    return `- [${text}](/${a.relPath.replace(/\.md$/, '')})`;
  });
  related.push(
    locale === 'en'
      ? '- [Microsoft 365 for business subscriptions](https://learn.microsoft.com/en-us/microsoft-365/commerce/subscriptions/subscriptions-overview)'
      : '- [İş için Microsoft 365 abonelikleri](https://learn.microsoft.com/tr-tr/microsoft-365/commerce/subscriptions/subscriptions-overview)',
  );

  const rows = PRODUCTS.slice(0, 4 + (article.index % 3)).map((p, k) => {
    const users = k < 3 ? '300' : locale === 'en' ? 'Unlimited' : 'Sınırsız';
    const price = (6 + k * 6.5).toFixed(2);
    return `| ${p} | ${users} | ${APPS[locale][k % 3]} | ${locale === 'en' ? `USD ${price}` : `${price.replace('.', ',')} USD`} |`;
  });

  const steps = Array.from(
    {length: 3 + (article.index % 3)},
    (_, k) => `${k + 1}. ${L(STEPS[(article.index + k) % STEPS.length])}`,
  );

  const body = [
    `# <a name="${article.slug}"></a>${article.title[locale]}`,
    '',
    paragraph(3),
    '',
    alert(ALERTS[article.index % ALERTS.length]),
    '',
    heading(2, HEADINGS.before),
    '',
    paragraph(2),
    '',
    ...[0, 1, 2].map((k) => `- ${L(SENTENCES[(article.index + k * 5) % SENTENCES.length])}`),
    '',
    heading(2, HEADINGS.steps),
    '',
    ...steps,
    '',
    alert(ALERTS[(article.index + 2) % ALERTS.length]),
    '',
    heading(2, HEADINGS.compare),
    '',
    paragraph(2),
    '',
    TABLE_HEAD[locale],
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ];
  if (article.hasCode) {
    body.push(
      heading(2, HEADINGS.powershell),
      '',
      paragraph(1),
      '',
      '```powershell',
      'Connect-MgGraph -Scopes "Organization.Read.All"',
      `Get-MgSubscribedSku | Where-Object SkuPartNumber -like "*${article.product.split(' ').pop()}*" |`,
      '  Select-Object SkuPartNumber, ConsumedUnits, @{n="Enabled";e={$_.PrepaidUnits.Enabled}}',
      '```',
      '',
    );
  }
  body.push(heading(2, HEADINGS.related), '', ...related, '');
  if (version !== 'current') {
    body.push(
      locale === 'en'
        ? '*This is the August 2021 edition of the article.*'
        : '*Bu, makalenin Ağustos 2021 sürümüdür.*',
      '',
    );
  }
  return `${fm.join('\n')}\n${body.join('\n')}`;
}

/** Content folder of a locale and version inside a site. */
export function contentDir(siteDir, locale, version) {
  if (locale === 'en') {
    return version === 'current'
      ? path.join(siteDir, 'docs')
      : path.join(siteDir, 'versioned_docs', `version-${version}`);
  }
  return path.join(
    siteDir,
    'i18n',
    locale,
    'docusaurus-plugin-content-docs',
    version === 'current' ? 'current' : `version-${version}`,
  );
}

function writeJsonMerge(file, entries) {
  const existing = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, `${JSON.stringify({...existing, ...entries}, null, 2)}\n`);
}

/**
 * Writes the corpus into `siteDir`. Categories start collapsed (only the
 * reader's own folder opens), as a large Microsoft site's table of contents does.
 */
export function writeCorpus(siteDir, n) {
  const articles = planCorpus(n);
  const used = new Set(articles.map((a) => a.area.dir));
  for (const version of VERSIONS) {
    for (const locale of ['en', 'tr']) {
      const root = contentDir(siteDir, locale, version);
      for (const a of articles) {
        const file = path.join(root, a.relPath);
        fs.mkdirSync(path.dirname(file), {recursive: true});
        fs.writeFileSync(file, renderArticle(a, articles, locale, version));
      }
    }
    const enRoot = contentDir(siteDir, 'en', version);
    const labels = {};
    for (const [k, area] of [...PARENTS, ...AREAS].entries()) {
      const inUse = PARENTS.includes(area)
        ? [...used].some((d) => d.startsWith(`${area.dir}/`))
        : used.has(area.dir);
      if (!inUse) continue;
      const file = path.join(enRoot, area.dir, '_category_.json');
      if (!fs.existsSync(file)) {
        fs.mkdirSync(path.dirname(file), {recursive: true});
        fs.writeFileSync(file, `${JSON.stringify({label: area.en, position: 10 + k})}\n`);
      }
      labels[`sidebar.docs.category.${area.en}`] = {
        message: area.tr,
        description: `The label for category '${area.en}' in sidebar 'docs'`,
      };
    }
    const i18nFile = path.join(
      siteDir,
      'i18n',
      'tr',
      'docusaurus-plugin-content-docs',
      version === 'current' ? 'current.json' : `version-${version}.json`,
    );
    writeJsonMerge(i18nFile, labels);
  }
  return articles;
}
