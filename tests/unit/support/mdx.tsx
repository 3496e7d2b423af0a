/**
 * Compiles an MDX fixture the way a page uses it: our components are the
 * MDX components (as src/theme/MDXComponents registers them), so
 * <DecisionTable>, <DecisionRow> and <Callout> need no import.
 *
 * In: a file under tests/fixtures/. Out: the page's content as an element.
 */
import fs from 'node:fs';
import path from 'node:path';
import React, {type ReactElement} from 'react';
import * as runtime from 'react/jsx-runtime';
import {evaluateSync} from '@mdx-js/mdx';
import Callout from '@site/src/components/Callout';
import DecisionTable, {DecisionRow} from '@site/src/components/DecisionTable';

const fixtures = path.join(import.meta.dirname, '..', '..', 'fixtures');

export function mdxFixture(relPath: string): ReactElement {
  const source = fs.readFileSync(path.join(fixtures, relPath), 'utf8');
  const {default: Content} = evaluateSync(source, {...runtime, baseUrl: import.meta.url});
  return <Content components={{Callout, DecisionTable, DecisionRow}} />;
}
