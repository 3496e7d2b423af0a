/**
 * Each Microsoft Docs construct, English and Turkish fixture in, HTML (and
 * where it matters the tree) out: tests/fixtures/site/{docs,i18n/tr/...}/microsoft-365/fixtures/.
 */
import {describe, expect, it} from 'vitest';
import {visit} from 'unist-util-visit';
import {render, EN_FIXTURES, TR_FIXTURES} from './helpers/msdocs';

const both = [
  ['en', EN_FIXTURES],
  ['tr', TR_FIXTURES],
] as const;

describe('alerts', () => {
  for (const [locale, dir] of both) {
    it(`every alert form becomes a Callout with its type (${locale})`, async () => {
      const {$} = await render(`${dir}/alerts.md`);
      expect(
        $('callout')
          .map((_, c) => $(c).attr('type'))
          .get(),
      ).toEqual(['note', 'tip', 'important', 'caution', 'warning', 'note']);
      // The marker is gone, the text and what's inside stays.
      expect($.text()).not.toContain('[!');
      expect($('callout[type=caution] br')).toHaveLength(1);
      expect($('callout[type=warning] pre code.language-powershell').text()).toContain(
        'AllowSelfServicePurchase',
      );
      expect($('ol > li callout[type=note]')).toHaveLength(1);
    });
  }
});

describe('includes', () => {
  it('splices block, nested, inline and glued includes, without their front matter', async () => {
    const {$, tree} = await render(`${EN_FIXTURES}/includes.md`);
    expect($('p').first().text()).toMatch(/^A license lets one person use a product\./);
    expect(
      $('callout')
        .map((_, c) => $(c).attr('type'))
        .get(),
    ).toEqual(['tip', 'note']);
    expect($('p:contains("Every admin works in")').html()).toContain(
      '<strong>Microsoft 365 admin center</strong> to manage',
    );
    expect($.text()).not.toMatch(/title:|ms\.topic|\[!include/i);
    expect(
      tree.children.some((n) => n.type === 'yaml' && n.value.includes('Licensing basics')),
    ).toBe(false);
  });

  it('rebases links written in an include onto the article', async () => {
    const {$} = await render(`${EN_FIXTURES}/includes.md`);
    // includes/licensing-basics.md links to ../alerts.md, i.e. next to the article.
    expect($('a:contains("Alert examples")').attr('href')).toBe('./alerts.md');
  });

  it('uses the Turkish include where there is one and the English one where there is not', async () => {
    const {$} = await render(`${TR_FIXTURES}/includes.md`);
    expect($('p').first().text()).toMatch(/^Bir lisans, bir kişinin/);
    expect($('a:contains("uyarı örneklerine")').attr('href')).toBe('./alerts.md');
    expect($('callout[type=tip]').text()).toContain('Group-based licensing');
    expect($('p:contains("Her yönetici")').text()).toContain(
      'Microsoft 365 yönetim merkezi içinden',
    );
  });
});

describe('heading ids', () => {
  const ids = ($: Awaited<ReturnType<typeof render>>['$']) =>
    $('h2')
      .map((_, h) => $(h).attr('id'))
      .get();

  it("gives English headings Microsoft's ids", async () => {
    const {$} = await render(`${EN_FIXTURES}/headings.md`);
    expect(ids($)).toEqual([
      'before-you-begin',
      'what-if-i-dont-see-the-buy-licenses-button',
      'buy--remove-licenses-step-2',
      // Docusaurus' own heading plugin numbers the repeat (before-you-begin-1).
      'before-you-begin',
    ]);
  });

  it('turns <a name> into the heading id, so both languages share ids', async () => {
    const [en, tr] = await Promise.all([
      render(`${EN_FIXTURES}/headings.md`),
      render(`${TR_FIXTURES}/headings.md`),
    ]);
    expect(ids(tr.$).slice(0, 3)).toEqual(ids(en.$).slice(0, 3));
    expect(tr.$('h1').attr('id')).toBe('headings-fixture');
    expect(tr.$('h1').html()).toBe('Başlıklar örneği');
    expect(tr.$('h2 a, h1 a')).toHaveLength(0);
    // No <a name>: the id comes from the Turkish text, Microsoft's way (İ -> i).
    expect(ids(tr.$)[3]).toBe('ilgili-içerik');
  });

  it('leaves no HTML in the heading text the title and table of contents use', async () => {
    const {tree} = await render(`${TR_FIXTURES}/headings.md`);
    visit(tree, 'heading', (h) => {
      expect(h.children.some((c) => c.type === 'html')).toBe(false);
    });
  });
});

describe('raw HTML', () => {
  for (const [locale, dir] of both) {
    it(`renders inert HTML, drops comments and makes <a target> a safe link (${locale})`, async () => {
      const {$, html} = await render(`${dir}/html.md`);
      expect($('kbd')).toHaveLength(2);
      expect($('sup').text()).toBe('1');
      expect($('sub').text()).toBe('2');
      expect($('br')).toHaveLength(1);
      expect(html).not.toContain('<!--');
      expect($.text()).not.toMatch(/hidden section|gizli bir bölüm/i);
      // A URL as the text of a raw link stays that link's text (no nested autolink).
      const portal = $('a[href="https://go.microsoft.com/fwlink/p/?linkid=513813"]');
      expect(portal.text()).toBe('https://portal.partner.microsoftonline.cn/');
      expect(portal.find('a')).toHaveLength(0);
      const external = $('a[target=_blank]').first();
      expect(external.attr('href')).toBe('https://go.microsoft.com/fwlink/p/?linkid=842054');
      expect(external.attr('rel')).toBe('noopener noreferrer');
      expect(external.find('strong')).toHaveLength(1);
      // A raw <a href="/microsoft-365/..."> goes through the link rules too.
      const learn = locale === 'en' ? 'en-us' : 'tr-tr';
      expect(
        $(
          `a[href="https://learn.microsoft.com/${learn}/microsoft-365/commerce/licenses/buy-licenses"]`,
        ),
      ).toHaveLength(1);
      // A lone <a name> stays a link target.
      expect($('a#old-anchor')).toHaveLength(1);
      expect($('a[href="#old-anchor"]')).toHaveLength(1);
    });
  }
});

describe('images', () => {
  it('turns :::image and standalone ![]() into figures with alt text, lightbox links and captions', async () => {
    const {$} = await render(`${EN_FIXTURES}/images.md`);
    const figures = $('figure');
    expect(figures).toHaveLength(4);
    const first = figures.eq(0);
    expect(first.hasClass('msdocs-figure--border')).toBe(true);
    expect(first.find('a').attr('href')).toBe('./media/licenses-page-large.png');
    expect(first.find('a > img').attr('alt')).toBe('The Licenses page lists each subscription.');
    expect(figures.eq(1).find('figcaption').text()).toContain('40 assigned licenses');
    expect(figures.eq(2).find('img').attr('alt')).toBe('A bill with the total circled.');
    expect(figures.eq(2).hasClass('msdocs-figure--border')).toBe(false);
    // Written as Media/Licenses-Page.png: found case-insensitively.
    expect(figures.eq(3).find('img').attr('src')).toBe('./media/licenses-page.png');
  });

  it('keeps icons inline and decorative', async () => {
    const {$} = await render(`${EN_FIXTURES}/images.md`);
    const icon = $('p .msdocs-icon img[src="./media/gear.png"]');
    expect(icon.attr('alt')).toBe('');
    expect(icon.closest('p').text()).toContain('icon to open the settings');
  });

  it("uses a translation's own image, else the English article's", async () => {
    const {$} = await render(`${TR_FIXTURES}/images.md`);
    expect($('figure').eq(0).find('img').attr('src')).toBe('./media/licenses-page.png');
    expect($('figure').eq(0).find('img').attr('alt')).toBe(
      'Lisanslar sayfası her aboneliği listeler.',
    );
    expect($('figure').eq(1).find('img').attr('src')).toBe(
      '../../../../../../docs/microsoft-365/fixtures/media/license-chart.png',
    );
  });
});

describe('[!div] blocks and videos', () => {
  for (const [locale, dir] of both) {
    it(`renders next steps as a button, selectors, checklists and other classes (${locale})`, async () => {
      const {$} = await render(`${dir}/divs.md`);
      const next = $('.msdocs-nextstep a');
      expect(next.attr('class')).toBe('button button--primary');
      expect(next.attr('href')).toBe('./alerts.md');
      expect(
        $('.msdocs-selector li a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ).toEqual(['./alerts.md', './headings.md']);
      expect($('.msdocs-checklist li')).toHaveLength(2);
      expect($('.msdocs-td-break table')).toHaveLength(1);
      expect($('[data-docfx-class="custom-callout-box"] p').text()).not.toBe('');
      expect($.text()).not.toContain('[!div');
    });

    it(`turns [!VIDEO] into a link card, never an iframe (${locale})`, async () => {
      const {$, html} = await render(`${dir}/video.md`);
      expect(
        $('videocard')
          .map((_, v) => $(v).attr('src'))
          .get(),
      ).toEqual([
        'https://www.microsoft.com/videoplayer/embed/RE4KWvE',
        'https://learn-video.azurefd.net/vod/player?id=0a1b2c3d',
      ]);
      expect(html).not.toContain('iframe');
      expect($.text()).not.toContain('[!');
    });
  }
});

describe('monikers, zones, rows and no-loc', () => {
  for (const [locale, dir] of both) {
    it(`shows worldwide content and collapses other clouds' content (${locale})`, async () => {
      const {$} = await render(`${dir}/monikers.md`);
      const china = $('moniker');
      expect(china.map((_, m) => $(m).attr('range')).get()).toEqual([
        'o365-21vianet',
        'o365-21vianet',
      ]);
      // The lazy `::: moniker-end` right after "1. ..." ends the list, as on Learn.
      expect($('body > ol, ol').first().find('li')).toHaveLength(1);
      expect($('ol[start="2"] li')).toHaveLength(2);
      expect(china.eq(1).find('h2').attr('id')).toBe('request-a-fapiao');
      expect(china.eq(1).find('callout[type=note]')).toHaveLength(1);
      expect($.text()).not.toContain(':::');
    });

    it(`groups zone pivots into tabs and drops chromeless zones (${locale})`, async () => {
      const {$} = await render(`${dir}/zones.md`);
      const tabs = $('tabs');
      expect(tabs.attr('queryString')?.toLowerCase() ?? tabs.attr('querystring')).toBe('pivots');
      expect(
        tabs
          .find('tabitem')
          .map((_, t) => $(t).attr('value'))
          .get(),
      ).toEqual(['admin-center', 'powershell']);
      expect($.text()).toMatch(/This sentence shows on the site\.|Bu cümle sitede görünür\./);
      expect($.text()).not.toMatch(/help pane|yardım bölmesi/);
    });

    it(`lays out rows and columns and keeps no-loc text as written (${locale})`, async () => {
      const {$} = await render(`${dir}/grid.md`);
      const columns = $('.msdocs-row > .msdocs-column');
      expect(columns).toHaveLength(2);
      expect(columns.eq(0).attr('data-span')).toBe('2');
      expect($('span[translate=no]').text()).toBe('Microsoft Teams');
      expect($.text()).not.toContain(':::');
    });
  }

  it('publishes another moniker when the site is configured for it', async () => {
    const {$} = await render(`${EN_FIXTURES}/monikers.md`, {moniker: 'o365-21vianet'});
    expect(
      $('moniker')
        .map((_, m) => $(m).attr('range'))
        .get(),
    ).toEqual(['o365-worldwide']);
    expect($('h2#request-a-fapiao').parents('moniker')).toHaveLength(0);
  });
});
