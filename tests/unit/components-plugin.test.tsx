// @vitest-environment jsdom
/**
 * remark plugin for component tags in CommonMark (.md) articles: Markdown
 * fixtures (English and Turkish) in, mdast and rendered HTML out; bad
 * fixtures fail with file, line and what was expected.
 */
import fs from 'node:fs';
import path from 'node:path';
import React from 'react';
import * as runtime from 'react/jsx-runtime';
import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {compileSync, evaluateSync} from '@mdx-js/mdx';
import type {PluggableList} from 'unified';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {VFile} from 'vfile';
import remarkMsdocsComponents from '../../src/msdocs/remark/components';
import remarkMsdocsLinks from '../../src/msdocs/remark/links';
import Callout from '@site/src/components/Callout';
import DecisionTable, {DecisionRow} from '@site/src/components/DecisionTable';
import {setLocale} from './support/code-translations';
import {renderStatic} from './support/render';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/components');
const siteDir = path.resolve(import.meta.dirname, '../fixtures/site');
const PAGE = {
  en: path.join(siteDir, 'docs/microsoft-365/admin/page.md'),
  tr: path.join(
    siteDir,
    'i18n/tr/docusaurus-plugin-content-docs/current/microsoft-365/admin/page.md',
  ),
};

function fixture(name: string, filePath = path.join(fixtures, name)): VFile {
  return new VFile({path: filePath, value: fs.readFileSync(path.join(fixtures, name), 'utf8')});
}

function tree(name: string): Root {
  const processor = unified().use(remarkParse).use(remarkMsdocsComponents);
  const file = fixture(name);
  return processor.runSync(processor.parse(file), file) as Root;
}

const attrs = (node: MdxJsxFlowElement) =>
  Object.fromEntries(
    node.attributes.map((a) => [(a as {name: string}).name, (a as {value: string}).value]),
  );

/** As Docusaurus compiles a .md page: CommonMark, then our plugins, then our components. */
function renderMd(locale: 'en' | 'tr'): Document {
  const file = fixture(`${locale}.md`, PAGE[locale]);
  const {default: Content} = evaluateSync(file, {
    ...runtime,
    format: 'md',
    remarkPlugins: [remarkMsdocsComponents, [remarkMsdocsLinks, {siteDir, locale}]],
  });
  setLocale(locale);
  try {
    return renderStatic(<Content components={{Callout, DecisionTable, DecisionRow}} />);
  } finally {
    setLocale('en');
  }
}

describe('remark msdocs components', () => {
  it('pairs tags into JSX elements with the Markdown between them as children', () => {
    const root = tree('en.md');
    const jsx = root.children.filter((n): n is MdxJsxFlowElement => n.type === 'mdxJsxFlowElement');
    expect(jsx.map((n) => n.name)).toEqual(['Callout', 'DecisionTable']);
    const [callout, table] = jsx as [MdxJsxFlowElement, MdxJsxFlowElement];
    expect(attrs(callout)).toEqual({type: 'important'});
    expect(callout.children.map((c) => c.type)).toEqual(['paragraph']);
    const rows = table.children as MdxJsxFlowElement[];
    expect(rows.map((r) => [r.name, attrs(r).id])).toEqual([
      ['DecisionRow', 'employee-leaves'],
      ['DecisionRow', 'employee-stays'],
    ]);
    // Entities decoded, as a browser reads attribute values.
    expect(attrs(rows[0]!).answer).toBe("Yes, they're leaving");
    expect(attrs(rows[0]!).note).toBe('Keep the mailbox until the handover & the audit are done.');
    expect(rows[0]!.children.map((c) => c.type)).toEqual(['list']);
    expect(table.position?.start.line).toBe(11);
    expect(table.position?.end.line).toBe(27);
  });

  it('leaves ordinary HTML alone', () => {
    const root = tree('en.md');
    const paragraph = root.children.find(
      (n) => n.type === 'paragraph' && JSON.stringify(n).includes('<sub>'),
    );
    expect(paragraph).toBeDefined();
  });

  for (const locale of ['en', 'tr'] as const) {
    it(`a .md page renders the components, links inside them localized (${locale})`, () => {
      const doc = renderMd(locale);
      const callout = doc.querySelector('[data-callout="important"]');
      expect(callout?.getAttribute('role')).toBe('note');
      expect(callout?.textContent).toContain(locale === 'en' ? 'Important' : 'Önemli');
      const table = doc.querySelector('table[data-decision-table]');
      expect(Array.from(table?.querySelectorAll('tbody > tr') ?? []).map((tr) => tr.id)).toEqual([
        'employee-leaves',
        'employee-stays',
      ]);
      expect(
        doc.getElementById('employee-leaves')?.querySelector('td a')?.getAttribute('href'),
      ).toBe(
        `https://learn.microsoft.com/${locale === 'en' ? 'en-us' : 'tr-tr'}/microsoft-365/commerce/licenses/buy-licenses#remove`,
      );
      expect(doc.querySelector('decisiontable, decisionrow, callout')).toBeNull();
    });
  }

  it('does nothing to an .mdx page, where the tags are JSX already', () => {
    const source = fs
      .readFileSync(path.join(fixtures, 'en.md'), 'utf8')
      .replace(/<sub>2<\/sub>|<br>/g, '');
    const compile = (remarkPlugins: PluggableList) => String(compileSync(source, {remarkPlugins}));
    expect(compile([remarkMsdocsComponents])).toBe(compile([]));
  });

  const bad: [string, RegExp][] = [
    [
      'bad-unknown-component.md',
      /bad-unknown-component\.md:3:1.*Unknown component <DecisionTabel>; expected one of <Callout>, <DecisionTable>, <DecisionRow>/,
    ],
    [
      'bad-unclosed.md',
      /bad-unclosed\.md:3:1.*<Callout> is never closed; expected <\/Callout> after its content/,
    ],
    [
      'bad-mismatched.md',
      /bad-mismatched\.md:8:1.*<\/DecisionTable> closes <DecisionRow> \(line 4\); expected <\/DecisionRow> first/,
    ],
    ['bad-stray-close.md', /bad-stray-close\.md:5:1.*<\/Callout> closes nothing/],
    [
      'bad-text-beside-tag.md',
      /bad-text-beside-tag\.md:3:1.*<Callout> inside a paragraph; expected component tags on lines of their own/,
    ],
    ['bad-inline.md', /bad-inline\.md:3:16.*<Callout> inside a paragraph/],
  ];
  for (const [name, message] of bad) {
    it(`fails on ${name}`, () => {
      expect(() => tree(name)).toThrow(expect.objectContaining({message: expect.any(String)}));
      try {
        tree(name);
      } catch (error) {
        expect(
          `${(error as {file?: string}).file}:${(error as {line?: number}).line}:${(error as {column?: number}).column} ${(error as Error).message}`,
        ).toMatch(message);
      }
    });
  }
});
