/**
 * Shared facts about the site for the e2e specs: its articles, locales and
 * versions, and the address of each page.
 */
export const LOCALES = ['en', 'tr'] as const;
export type Locale = (typeof LOCALES)[number];
export const VERSIONS = ['current', '2021-08'] as const;
export type Version = (typeof VERSIONS)[number];

export const SEED_PATH = 'microsoft-365/commerce/licenses/transfer-licenses-between-tenants';

export function pageUrl(locale: Locale, version: Version, docPath: string): string {
  const localePart = locale === 'en' ? '' : `/${locale}`;
  const versionPart = version === 'current' ? '' : `/${version}`;
  return `${localePart}${versionPart}/${docPath}`;
}

export const SEED_TITLE: Record<Locale, string> = {
  en: 'Transfer licenses between tenants',
  tr: 'Lisansları kiracılar arasında aktarma',
};

/** A common phone screen, in CSS pixels. */
export const PHONE = {width: 390, height: 844};
