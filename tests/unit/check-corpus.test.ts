/**
 * The parts of `npm run check:corpus` that read sources and built pages
 * (the command itself builds a site; CI runs it on the fixtures and corpus).
 */
import {describe, expect, it} from 'vitest';
import {countAlerts, imagePaths, includePaths, inspectPage} from '../../scripts/check-corpus.mjs';
import {msSlug} from '../../src/msdocs/slug';

describe('check:corpus source counts', () => {
  it('counts alerts in every form, but not in front matter or plain text', () => {
    const md = [
      '---',
      'description: "> [!NOTE] in front matter does not count"',
      '---',
      '> [!NOTE]',
      '> a',
      '',
      '>[!tip]',
      '1. Step',
      '    > [!Warning]',
      '> > [!CAUTION]',
      'Plain [!NOTE] text is no alert.',
      '> [!div class="nextstepaction"]',
    ].join('\n');
    expect(countAlerts(md)).toBe(4);
  });

  it('lists includes and images, relative ones only', () => {
    const md = [
      '[!INCLUDE [a](../includes/a.md)] and [!include[b](b.md)]',
      ':::image type="content" source="media/x.png" alt-text="X" lightbox="media/x-big.png":::',
      '![Y](Media/y.PNG "title") ![Z](https://example.org/z.png) ![R](/root.png)',
    ].join('\n');
    expect(includePaths(md)).toEqual(['../includes/a.md', 'b.md']);
    expect(imagePaths(md).sort()).toEqual(['Media/y.PNG', 'media/x-big.png', 'media/x.png']);
  });
});

describe('check:corpus page inspection', () => {
  it('counts callouts and finds DocFX syntax left as text outside code', () => {
    const html = `<html><body><nav>[!NOTE] in the menu is not the article</nav><article>
      <aside data-callout="note"><p>Fine</p></aside>
      <h2 id="before-you-begin">Before</h2>
      <p>Left over: [!VIDEO https://x] and ::: moniker-end</p>
      <pre><code>> [!NOTE] in code is fine</code></pre>
      <p><code>:::image:::</code> too</p>
    </article></body></html>`;
    const page = inspectPage(html);
    expect(page.callouts).toBe(1);
    expect(page.leftovers).toEqual(['[!VIDEO', '::: moniker-end']);
    expect(page.ids).toEqual(['before-you-begin']);
  });
});

describe("Microsoft's heading ids", () => {
  it.each([
    [
      'What if I don\'t see the "Buy licenses" button?',
      'what-if-i-dont-see-the-buy-licenses-button',
    ],
    ['Step 6: Review your selections.', 'step-6-review-your-selections'],
    ['Buy & remove licenses', 'buy--remove-licenses'],
    ['İlgili İçerik', 'ilgili-içerik'],
    ['Use `Get-MgUser` in PowerShell_7', 'use-get-mguser-in-powershell_7'],
  ])('%s -> %s', (text, id) => {
    expect(msSlug(text)).toBe(id);
  });
});
