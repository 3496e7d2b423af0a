// @vitest-environment jsdom
/**
 * Callout: each Microsoft Docs alert type renders as a note a screen reader
 * can name, with its translated title and an icon kept out of the
 * accessibility tree; a custom title replaces the translated one; an unknown
 * type still shows its text.
 */
import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, screen, within} from '@testing-library/react';
import Callout, {CALLOUT_TYPES, type CalloutType} from '@site/src/components/Callout';
import {calloutTypeFromKeyword} from '@site/src/components/Callout/calloutTypes';
import {setLocale} from '../support/code-translations';
import {renderInBrowser, renderStatic} from '../support/render';

const TITLES: Record<'en' | 'tr', Record<CalloutType, string>> = {
  en: {note: 'Note', tip: 'Tip', important: 'Important', caution: 'Caution', warning: 'Warning'},
  tr: {note: 'Not', tip: 'İpucu', important: 'Önemli', caution: 'Dikkat', warning: 'Uyarı'},
};

afterEach(() => {
  cleanup();
  setLocale('en');
});

describe('Callout', () => {
  for (const locale of ['en', 'tr'] as const) {
    for (const type of CALLOUT_TYPES) {
      it(`${type} (${locale}): a note named by its translated title, with the content`, () => {
        setLocale(locale);
        renderInBrowser(
          <Callout type={type}>
            <p>Lisanslar kiracıda kalır.</p>
          </Callout>,
        );
        const note = screen.getByRole('note', {name: TITLES[locale][type]});
        expect(note).toHaveProperty('dataset.callout', type);
        expect(within(note).getByText('Lisanslar kiracıda kalır.')).toBeTruthy();
        // The icon is decoration: hidden from assistive technology.
        const svg = note.querySelector('svg');
        expect(svg?.closest('[aria-hidden="true"]')).not.toBeNull();
      });
    }
  }

  it('every type has its own icon', () => {
    const icons = CALLOUT_TYPES.map((type) => {
      const doc = renderStatic(<Callout type={type}>x</Callout>);
      return doc.querySelector('svg path')?.getAttribute('d');
    });
    expect(new Set(icons).size).toBe(CALLOUT_TYPES.length);
  });

  it('a custom title replaces the translated one and names the note', () => {
    setLocale('tr');
    renderInBrowser(
      <Callout type="warning" title="Veri kaybı">
        Önce yedek alın.
      </Callout>,
    );
    expect(screen.getByRole('note', {name: 'Veri kaybı'})).toBeTruthy();
    expect(screen.queryByText('Uyarı')).toBeNull();
  });

  it('server-rendered (no JavaScript): title and content are in the HTML, id kept', () => {
    setLocale('tr');
    const doc = renderStatic(
      <Callout type="important" id="lisans-uyarisi">
        Lisanslar aktarılamaz.
      </Callout>,
    );
    const note = doc.querySelector('[data-callout="important"]');
    expect(note?.getAttribute('role')).toBe('note');
    expect(note?.id).toBe('lisans-uyarisi');
    const titleId = note?.getAttribute('aria-labelledby') ?? '';
    expect(doc.getElementById(titleId)?.textContent).toBe('Önemli');
    expect(note?.textContent).toContain('Lisanslar aktarılamaz.');
  });

  it('an unknown type is shown as a note with a warning, never dropped', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderInBrowser(
      // @ts-expect-error: an author's typo, as MDX would pass it
      <Callout type="danger">Keep this text.</Callout>,
    );
    expect(screen.getByRole('note', {name: 'Note'}).textContent).toContain('Keep this text.');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown type "danger"'));
    warn.mockRestore();
  });

  it('Microsoft keywords in any case map to types', () => {
    expect(calloutTypeFromKeyword('IMPORTANT')).toBe('important');
    expect(calloutTypeFromKeyword(' Tip ')).toBe('tip');
    expect(calloutTypeFromKeyword('DANGER')).toBeUndefined();
  });
});
