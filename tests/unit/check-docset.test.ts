/**
 * The parts of `npm run check:docset` (scripts/check-docset.mjs) that read
 * a docset before anything is built: which folders are docsets, where each
 * page is served, what a FAQ page asks, what a toc lists.
 */
import path from 'node:path';
import * as cheerio from 'cheerio';
import {describe, expect, it} from 'vitest';
import {
  docsetPaths,
  faqQuestions,
  htmlFile,
  questionElement,
  routeOf,
  tocNames,
  yamlMime,
} from '../../scripts/check-docset.mjs';

const fixture = path.resolve(__dirname, '..', 'fixtures', 'docset');

describe('check:docset', () => {
  it('finds the docsets of a root by their toc.yml (not Microsoft`s breadcrumb toc)', () => {
    expect(docsetPaths(path.join(fixture, 'en'))).toEqual(['microsoft-365/sample-docset']);
    expect(docsetPaths(path.join(fixture, 'tr'))).toEqual(['microsoft-365/sample-docset']);
  });

  it('serves articles and .yml pages without extension, index.yml at its folder', () => {
    expect(routeOf('a/b/c.md')).toBe('/a/b/c');
    expect(routeOf('a/b/faq.yml')).toBe('/a/b/faq');
    expect(routeOf('a/b/index.yml')).toBe('/a/b');
    expect(htmlFile('/build', 'tr', '/a/b')).toBe(path.join('/build', 'tr', 'a/b.html'));
  });

  it('reads a FAQ page`s kind and questions, and a toc`s names in order', () => {
    const faq =
      '### YamlMime:FAQ\ntitle: T\nsections:\n  - name: S\n    questions:\n      - question: |\n          First?\n        answer: A\n      - question: Second?\n        answer: B\n';
    expect(yamlMime(faq)).toBe('FAQ');
    expect(faqQuestions(faq)).toEqual(['First?', 'Second?']);
    expect(
      tocNames('items:\n- name: A\n  href: a.md\n  items:\n  - name: B\n').map((e) => e.name),
    ).toEqual(['A', 'B']);
    expect(tocNames('- name: C\n  href: c.yml\n')).toEqual([{name: 'C', href: 'c.yml'}]);
  });

  it('finds a FAQ question on the page, whatever follows it in its heading', () => {
    const $ = cheerio.load(
      '<main><section id="buying"><h2>Buying</h2><h3 id="single-seat">Can I buy a <code>single</code> seat?<a class="hash-link">\u200b</a><button>Copy link</button></h3><p>Yes.</p></section></main>',
    );
    expect(questionElement($, 'Can I buy a `single` seat?').attr('id')).toBe('single-seat');
    expect(questionElement($, 'Is this asked?').length).toBe(0);
  });
});
