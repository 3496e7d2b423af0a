// @vitest-environment jsdom
/**
 * Copy-link buttons inside components: every decision-table row and every
 * callout that has an id gets one, named "Copy link" / "Bağlantıyı kopyala",
 * copying its own #id; a callout without an id has none, and the button
 * never becomes part of the callout's name.
 */
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, screen, within} from '@testing-library/react';
import Callout from '@site/src/components/Callout';
import {setLocale} from '../support/code-translations';
import {renderInBrowser, renderStatic} from '../support/render';
import {mdxFixture} from '../support/mdx';

const COPY = {en: 'Copy link', tr: 'Bağlantıyı kopyala'} as const;

afterEach(() => {
  cleanup();
  setLocale('en');
});

for (const locale of ['en', 'tr'] as const) {
  describe(`copy-link buttons (${locale})`, () => {
    it('every decision-table row has one, for its own #id, also without JavaScript', () => {
      setLocale(locale);
      const doc = renderStatic(mdxFixture(`decision-table/${locale}.mdx`));
      const rows = Array.from(doc.querySelectorAll('tbody > tr'));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const button = row.querySelector('th button');
        expect(button?.getAttribute('aria-label')).toBe(COPY[locale]);
        expect(button?.getAttribute('data-copy-link')).toBe(`#${row.id}`);
      }
    });

    it('a callout with an id has one; the callout is still named by its title alone', () => {
      setLocale(locale);
      renderInBrowser(
        <Callout type="important" id="volume-licensing">
          <p>Toplu Lisanslama müşterileri hizmet merkezine başvurur.</p>
        </Callout>,
      );
      const note = screen.getByRole('note', {name: locale === 'en' ? 'Important' : 'Önemli'});
      const button = within(note).getByRole('button', {name: COPY[locale]});
      expect(button.getAttribute('data-copy-link')).toBe('#volume-licensing');
    });

    it('a callout without an id has none', () => {
      setLocale(locale);
      renderInBrowser(<Callout type="note">Metin.</Callout>);
      expect(within(screen.getByRole('note')).queryByRole('button')).toBeNull();
    });
  });
}
