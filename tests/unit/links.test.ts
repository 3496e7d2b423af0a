import {describe, expect, it, vi} from 'vitest';
import {transformLinks} from './helpers/links';

const transform = transformLinks;

const EN_PAGE = 'docs/microsoft-365/commerce/licenses/page.md';
const TR_PAGE =
  'i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/commerce/licenses/page.md';
const TR_OLD_PAGE =
  'i18n/tr/docusaurus-plugin-content-docs/version-2021-08/microsoft-365/commerce/licenses/page.md';

describe('remark msdocs links', () => {
  it('sends root-relative links to learn.microsoft.com in the page language when the article is not here', async () => {
    expect(
      await transform('[Buy](/microsoft-365/commerce/licenses/buy-licenses#buy)', EN_PAGE, 'en'),
    ).toBe(
      '[Buy](https://learn.microsoft.com/en-us/microsoft-365/commerce/licenses/buy-licenses#buy)',
    );
    expect(
      await transform('[Geçir](/Exchange/mailbox-migration/x?view=o365#a)', TR_PAGE, 'tr'),
    ).toBe('[Geçir](https://learn.microsoft.com/tr-tr/Exchange/mailbox-migration/x?view=o365#a)');
  });

  it('turns a root-relative link to an article of this site into a relative .md link', async () => {
    expect(
      await transform('[Here](/microsoft-365/commerce/licenses/here-article#part)', EN_PAGE, 'en'),
    ).toBe('[Here](./here-article.md#part)');
    expect(await transform('[Bill](/microsoft-365/commerce/billing/bill)', TR_PAGE, 'tr')).toBe(
      '[Bill](../billing/bill.md)',
    );
  });

  it('matches Microsoft paths case-insensitively', async () => {
    expect(
      await transform('[Here](/Microsoft-365/Commerce/licenses/HERE-article)', EN_PAGE, 'en'),
    ).toBe('[Here](./here-article.md)');
  });

  it('looks in the same version: an article only in current is external from 2021-08', async () => {
    expect(await transform('[Bill](/microsoft-365/commerce/billing/bill)', TR_OLD_PAGE, 'tr')).toBe(
      '[Bill](https://learn.microsoft.com/tr-tr/microsoft-365/commerce/billing/bill)',
    );
  });

  it('sends relative .md links to missing articles to learn.microsoft.com without .md', async () => {
    expect(await transform('[Pay](../billing/pay.md?tabs=a#b)', EN_PAGE, 'en')).toBe(
      '[Pay](https://learn.microsoft.com/en-us/microsoft-365/commerce/billing/pay?tabs=a#b)',
    );
  });

  it('leaves external links, in-page anchors and files outside the docs alone', async () => {
    expect(
      await transform('[A](https://aka.ms/x) [B](#part) [C](mailto:a@b.c)', EN_PAGE, 'en'),
    ).toBe('[A](https://aka.ms/x) [B](#part) [C](mailto:a@b.c)');
    expect(await transform('[X](/microsoft-365/y)', 'src/pages/page.md', 'en')).toBe(
      '[X](/microsoft-365/y)',
    );
  });

  it("sends Microsoft's YAML pages (faq.yml) to learn.microsoft.com without the extension", async () => {
    expect(await transform('[FAQ](self-service-purchase-faq.yml#who)', TR_PAGE, 'tr')).toBe(
      '[FAQ](https://learn.microsoft.com/tr-tr/microsoft-365/commerce/licenses/self-service-purchase-faq#who)',
    );
  });

  it('links to the top of an article of this site that no longer has the #anchor, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(
        await transform(
          '[Here](/microsoft-365/commerce/licenses/here-article#renamed-section)',
          EN_PAGE,
          'en',
        ),
      ).toBe('[Here](./here-article.md)');
      const printed = [...warn.mock.calls, ...log.mock.calls].flat().join(' ');
      expect(printed).toContain('here-article.md has no heading "#renamed-section"');
      expect(printed).toContain('docs/microsoft-365/commerce/licenses/page.md:1:1');
      // The anchor it does have is kept.
      expect(
        await transform(
          '[Here](/microsoft-365/commerce/licenses/here-article#part)',
          TR_PAGE,
          'tr',
        ),
      ).toBe('[Here](./here-article.md#part)');
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});
