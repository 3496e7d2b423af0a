// @vitest-environment jsdom
/**
 * DecisionTable, from MDX fixtures (English and Turkish, our own text):
 * - without JavaScript (server rendering): a real table with caption, scoped
 *   headers and every row, ids the same in both languages, nothing selected;
 * - in the browser: the chooser (mouse and keyboard) highlights a row, puts
 *   #id in the address without adding a history entry, announces the row;
 *   an address with #id selects its row on load;
 * - bad tables fail rendering (and so the build) with a clear message.
 */
import React from 'react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {renderToStaticMarkup} from 'react-dom/server';
import {StaticRouter} from 'react-router-dom';
import {cleanup, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  BrokenLinksProvider,
  createStatefulBrokenLinks,
} from '@docusaurus/core/lib/client/BrokenLinksContext';
import {setLocale} from '../support/code-translations';
import {renderInBrowser, renderStatic} from '../support/render';
import {mdxFixture} from '../support/mdx';

const TEXT = {
  en: {
    question: 'Is the employee leaving the company?',
    situation: 'Situation',
    action: 'What to do',
    leaves: 'The employee leaves the company',
    stays: 'The employee moves to another team',
    yes: 'Yes, they are leaving',
    no: 'No, they are staying',
    match: 'Your situation',
    status: 'Highlighted in the table: The employee leaves the company',
    note: 'Note',
  },
  tr: {
    question: 'Çalışan şirketten ayrılıyor mu?',
    situation: 'Durum',
    action: 'Yapılacaklar',
    leaves: 'Çalışan şirketten ayrılıyor',
    stays: 'Çalışan başka bir ekibe geçiyor',
    yes: 'Evet, ayrılıyor',
    no: 'Hayır, şirkette kalıyor',
    match: 'Sizin durumunuz',
    status: 'Tabloda vurgulanan satır: Çalışan şirketten ayrılıyor',
    note: 'Not',
  },
} as const;

beforeEach(() => {
  // jsdom has no layout: scrolling is a no-op here (e2e checks it for real).
  Element.prototype.scrollIntoView = vi.fn();
  window.scrollTo = vi.fn() as typeof window.scrollTo;
  // jsdom lacks CSS.escape, which user-event uses to find a radio's group
  // (our group names are letters, digits and underscores).
  globalThis.CSS ??= {escape: (value: string) => value} as unknown as typeof CSS;
});

afterEach(() => {
  cleanup();
  setLocale('en');
});

for (const locale of ['en', 'tr'] as const) {
  const t = TEXT[locale];

  describe(`DecisionTable without JavaScript (${locale})`, () => {
    it('is a real table: caption, scoped column and row headers, every row with its id', () => {
      setLocale(locale);
      const doc = renderStatic(mdxFixture(`decision-table/${locale}.mdx`));
      const table = doc.querySelector('table[data-decision-table]');
      expect(table).not.toBeNull();
      expect(table?.querySelector('caption')?.textContent).toBe(t.question);
      const columns = Array.from(table!.querySelectorAll('thead th'));
      expect(columns.map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
        [t.situation, 'col'],
        [t.action, 'col'],
      ]);
      const rows = Array.from(table!.querySelectorAll('tbody > tr'));
      expect(rows.map((tr) => tr.id)).toEqual(['employee-leaves', 'employee-stays']);
      expect(rows.map((tr) => tr.querySelector('th[scope="row"] span')?.textContent)).toEqual([
        t.leaves,
        t.stays,
      ]);
    });

    it('shows every row in full and selects none', () => {
      setLocale(locale);
      const doc = renderStatic(mdxFixture(`decision-table/${locale}.mdx`), '/page#employee-stays');
      for (const tr of Array.from(doc.querySelectorAll('tbody > tr'))) {
        expect(tr.hasAttribute('hidden')).toBe(false);
        expect(tr.getAttribute('aria-hidden')).toBeNull();
        expect(tr.hasAttribute('data-selected')).toBe(false);
      }
      const first = doc.getElementById('employee-leaves')!;
      expect(first.querySelectorAll('td ol > li')).toHaveLength(2);
      expect(first.querySelector('td a')?.getAttribute('href')).toMatch(
        locale === 'en'
          ? /^https:\/\/learn\.microsoft\.com\/en-us\//
          : /^https:\/\/learn\.microsoft\.com\/tr-tr\//,
      );
      const note = first.querySelector('[data-callout="note"]');
      expect(note?.textContent).toContain(t.note);
      // Not yet interactive: the :target highlight of a linked row still works.
      expect(doc.querySelector('.theme-decision-table')?.hasAttribute('data-interactive')).toBe(
        false,
      );
    });
  });

  describe(`DecisionTable in the browser (${locale})`, () => {
    it('exposes a table, its headers and the chooser to assistive technology', () => {
      setLocale(locale);
      renderInBrowser(mdxFixture(`decision-table/${locale}.mdx`));
      const table = screen.getByRole('table', {name: t.question});
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((th) => th.textContent),
      ).toEqual([t.situation, t.action]);
      expect(within(table).getAllByRole('row')).toHaveLength(3);
      expect(within(table).getByRole('rowheader', {name: new RegExp(t.leaves)})).toBeTruthy();
      const chooser = screen.getByRole('group', {name: t.question});
      expect(
        within(chooser)
          .getAllByRole('radio')
          .map((r) => (r as HTMLInputElement).checked),
      ).toEqual([false, false]);
    });

    it('choosing an answer with the mouse highlights its row and puts #id in the address', async () => {
      setLocale(locale);
      const user = userEvent.setup();
      renderInBrowser(mdxFixture(`decision-table/${locale}.mdx`));
      const entries = window.history.length;
      await user.click(screen.getByRole('radio', {name: t.yes}));
      expect(window.location.hash).toBe('#employee-leaves');
      expect(window.history.length).toBe(entries);
      const row = document.getElementById('employee-leaves')!;
      expect(row.getAttribute('aria-current')).toBe('true');
      expect(row.hasAttribute('data-selected')).toBe(true);
      expect(within(row).getByText(t.match)).toBeTruthy();
      expect(document.getElementById('employee-stays')!.hasAttribute('data-selected')).toBe(false);
      expect(screen.getByRole('status').textContent).toBe(t.status);

      await user.click(screen.getByRole('radio', {name: t.no}));
      expect(window.location.hash).toBe('#employee-stays');
      expect(document.getElementById('employee-stays')!.getAttribute('aria-current')).toBe('true');
      expect(row.hasAttribute('aria-current')).toBe(false);
    });

    it('the keyboard moves between answers and the highlight follows', async () => {
      setLocale(locale);
      const user = userEvent.setup();
      renderInBrowser(mdxFixture(`decision-table/${locale}.mdx`));
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('radio', {name: t.yes}));
      await user.keyboard(' ');
      expect(window.location.hash).toBe('#employee-leaves');
      await user.keyboard('{ArrowDown}');
      expect(screen.getByRole('radio', {name: t.no})).toHaveProperty('checked', true);
      expect(window.location.hash).toBe('#employee-stays');
      expect(document.getElementById('employee-stays')!.getAttribute('aria-current')).toBe('true');
    });

    it('an address with #id selects that row and its answer on load', () => {
      setLocale(locale);
      renderInBrowser(mdxFixture(`decision-table/${locale}.mdx`), '/page#employee-stays');
      expect(screen.getByRole('radio', {name: t.no})).toHaveProperty('checked', true);
      expect(document.getElementById('employee-stays')!.getAttribute('aria-current')).toBe('true');
      expect(
        document.querySelector('.theme-decision-table')?.hasAttribute('data-interactive'),
      ).toBe(true);
    });
  });
}

describe('DecisionTable details', () => {
  it('without answers there is no chooser, and the caption is the only question', () => {
    renderInBrowser(mdxFixture('decision-table/no-chooser.mdx'));
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByRole('table', {name: 'Which plan fits a small office?'})).toBeTruthy();
    expect(document.getElementById('300-users-or-more')).not.toBeNull();
  });

  it('registers row ids as anchors, so links to #row-id pass the broken-anchor check', () => {
    const brokenLinks = createStatefulBrokenLinks();
    renderToStaticMarkup(
      <StaticRouter location="/page">
        <BrokenLinksProvider brokenLinks={brokenLinks}>
          {mdxFixture('decision-table/en.mdx')}
        </BrokenLinksProvider>
      </StaticRouter>,
    );
    expect(brokenLinks.getCollectedAnchors()).toEqual(
      expect.arrayContaining(['employee-leaves', 'employee-stays']),
    );
  });

  it('an address naming no row selects nothing', () => {
    renderInBrowser(mdxFixture('decision-table/en.mdx'), '/page#something-else');
    expect(document.querySelectorAll('[data-selected]')).toHaveLength(0);
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });
});

describe('a bad decision table fails with a message naming the table, the row and what was expected', () => {
  const cases: [string, RegExp][] = [
    [
      'bad-row-id.mdx',
      /DecisionTable "Çalışan şirketten ayrılıyor mu\?", row 1: "id" is "Çalışan ayrılıyor"; expected lowercase words joined by hyphens/,
    ],
    ['bad-duplicate-id.mdx', /row 2: "id" "employee-leaves" is used by an earlier row/],
    [
      'bad-partial-answers.mdx',
      /rows employee-stays have no "answer"; expected an answer on every row \(for the chooser\) or on none/,
    ],
    ['bad-missing-situation.mdx', /row 1 \(employee-leaves\): "situation" is missing/],
    ['bad-missing-question.mdx', /DecisionTable: "question" is missing/],
    ['bad-stray-content.mdx', /found <p> among its rows; expected only <DecisionRow> elements/],
    [
      'bad-row-outside-table.mdx',
      /<DecisionRow id="employee-leaves"> is outside a <DecisionTable>/,
    ],
    ['bad-no-rows.mdx', /no rows; expected one <DecisionRow> per situation/],
  ];
  for (const [file, message] of cases) {
    it(file, () => {
      expect(() => renderStatic(mdxFixture(`decision-table/${file}`))).toThrow(message);
    });
  }
});
