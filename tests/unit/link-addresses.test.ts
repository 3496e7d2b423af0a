import {describe, expect, it} from 'vitest';
import {findMeantPath, type LostPathSite} from '../../src/links/lostPath';
import {encodeFragmentPart, plainFragment, textFragmentHash} from '../../src/links/textFragment';

const ARTICLE = 'microsoft-365/commerce/licenses/transfer-licenses-between-tenants';
const localeBaseUrls = {en: '/', tr: '/tr/'};

const enSite: LostPathSite = {
  routePaths: [
    '/',
    `/${ARTICLE}`,
    `/2021-08/${ARTICLE}`,
    '/Exchange/mailbox-migration/x',
    '/search',
  ],
  baseUrl: '/',
  localeBaseUrls,
  defaultLocale: 'en',
  shortLinkSegment: 'go',
};
const trSite: LostPathSite = {
  ...enSite,
  baseUrl: '/tr/',
  routePaths: enSite.routePaths.map((p) => `/tr${p}`),
};

describe('what a 404 address meant', () => {
  it('reads learn.microsoft.com locale segments in any case', () => {
    expect(findMeantPath(`/EN-US/${ARTICLE}`, enSite)).toBe(`/${ARTICLE}`);
    expect(
      findMeantPath(
        `/Tr-TR/Microsoft-365/Commerce/Licenses/Transfer-Licenses-Between-Tenants`,
        enSite,
      ),
    ).toBe(`/tr/${ARTICLE}`);
    expect(
      findMeantPath(
        '/en-gb/microsoft-365/commerce/licenses/transfer-licenses-between-tenants',
        enSite,
      ),
    ).toBe(`/${ARTICLE}`);
  });

  it('sends other Microsoft languages to the default language', () => {
    expect(findMeantPath(`/de-de/${ARTICLE}`, enSite)).toBe(`/${ARTICLE}`);
  });

  it('finds our own addresses typed in another case, in either locale build', () => {
    expect(findMeantPath(`/TR/2021-08/${ARTICLE.toUpperCase()}`, trSite)).toBe(
      `/tr/2021-08/${ARTICLE}`,
    );
    expect(findMeantPath('/exchange/MAILBOX-migration/X', enSite)).toBe(
      '/Exchange/mailbox-migration/x',
    );
  });

  it('lowercases short links', () => {
    expect(findMeantPath('/GO/Transfer-Licenses', enSite)).toBe('/go/transfer-licenses');
    expect(findMeantPath('/TR-TR/go/TRANSFER-LICENSES', enSite)).toBe('/tr/go/transfer-licenses');
    expect(findMeantPath('/tr/Go/transfer-licenses', trSite)).toBe('/tr/go/transfer-licenses');
  });

  it('gives up on unknown pages and never sends an address to itself', () => {
    expect(findMeantPath('/no/such/page', enSite)).toBeUndefined();
    expect(findMeantPath('/en-us/no/such/page', enSite)).toBeUndefined();
    expect(findMeantPath('/go/unknown-id', enSite)).toBeUndefined();
    expect(findMeantPath('/%E0%A4%A', enSite)).toBeUndefined();
  });
});

describe('text fragment links', () => {
  it('percent-encodes the text and the characters the syntax reserves', () => {
    expect(encodeFragmentPart('kiracı-arası, 2 & 3')).toBe(
      'kirac%C4%B1%2Daras%C4%B1%2C%202%20%26%203',
    );
  });

  it('puts the section id first so the section opens when the text is gone', () => {
    expect(textFragmentHash({textStart: 'Lisansları aktarmak'}, 'before-you-begin')).toBe(
      '#before-you-begin:~:text=Lisanslar%C4%B1%20aktarmak',
    );
    expect(textFragmentHash({textStart: 'Licenses'})).toBe('#:~:text=Licenses');
  });

  it('writes prefix, start, end and suffix in the directive order', () => {
    expect(
      textFragmentHash({
        prefix: 'can',
        textStart: 'be transferred',
        textEnd: 'tenants',
        suffix: 'If',
      }),
    ).toBe('#:~:text=can-,be%20transferred,tenants,-If');
  });

  it('shortens a long selection to its first and last words', () => {
    const long = Array.from({length: 80}, (_, i) => `word${i}`).join(' ');
    expect(plainFragment(long)).toEqual({
      textStart: 'word0 word1 word2 word3 word4',
      textEnd: 'word75 word76 word77 word78 word79',
    });
    expect(plainFragment('  a short\n passage ')).toEqual({textStart: 'a short passage'});
  });
});
