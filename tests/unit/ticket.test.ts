/**
 * "Copy for a ticket": the reference's two forms (src/links/ticket.ts) and
 * the other language's titles read at build time
 * (src/plugins/alternate-titles/read.ts) from the site's own articles.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {referenceTitle, ticketReference} from '../../src/links/ticket';
import {readTitles} from '../../src/plugins/alternate-titles/read';

const SITE = path.resolve(__dirname, '..', '..');
const SEED = 'microsoft-365/commerce/licenses/transfer-licenses-between-tenants.md';

describe('ticket reference', () => {
  it('is "Title — URL" per line as text and one link per line as HTML, escaped', () => {
    const ref = ticketReference([
      {title: referenceTitle('Move <licenses>', 'A & B'), url: 'https://x.test/a?b=1&c="2"'},
      {title: referenceTitle('Taşıma', 'Taşıma'), url: 'https://x.test/tr/a'},
    ]);
    expect(ref.text).toBe(
      'Move <licenses> › A & B — https://x.test/a?b=1&c="2"\nTaşıma — https://x.test/tr/a',
    );
    expect(ref.html).toBe(
      '<a href="https://x.test/a?b=1&#38;c=&#34;2&#34;">Move &#60;licenses&#62; › A &#38; B</a><br><a href="https://x.test/tr/a">Taşıma</a>',
    );
  });
});

describe('alternate titles', () => {
  it("reads an article's title and its sections by the ids the site gives them, in both languages", async () => {
    const en = await readTitles(path.join(SITE, 'docs', SEED), SITE);
    const tr = await readTitles(
      path.join(SITE, 'i18n/tr/docusaurus-plugin-content-docs/current', SEED),
      SITE,
    );
    expect(en.title).toBe('Transfer licenses between tenants');
    expect(tr.title).toBe('Lisansları kiracılar arasında aktarma');
    expect(en.sections['choose-what-to-do']).toBe('Choose what to do');
    expect(tr.sections['choose-what-to-do']).toBe('Ne yapacağınızı seçin');
    // The same section ids in both languages (the Turkish file's <a name> ids).
    expect(Object.keys(tr.sections)).toEqual(Object.keys(en.sections));
  });
});
