/**
 * Lazy components in the static build (src/components/LazyMdx): the HTML
 * holds the real component in place, even deep in a long page, where a
 * React Suspense boundary would be moved to a hidden <div> at the end.
 *
 * Rendered as Docusaurus renders pages: renderToPipeableStream, written out
 * once everything is ready.
 */
import React, {type ReactElement} from 'react';
import {PassThrough} from 'node:stream';
import {text} from 'node:stream/consumers';
import {renderToPipeableStream} from 'react-dom/server';
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {lazyComponent} from '@site/src/components/LazyMdx';

function renderLikeDocusaurus(app: ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    const out = new PassThrough();
    const {pipe} = renderToPipeableStream(app, {
      onError: reject,
      onAllReady() {
        pipe(out);
        text(out).then(resolve, reject);
      },
    });
  });
}

function Code({lines}: {lines: number}): ReactElement {
  return (
    <pre>
      {Array.from({length: lines}, (_, i) => `Get-MgSubscribedSku # line ${i + 1}\n`).join('')}
    </pre>
  );
}

describe('lazy components in the static build', () => {
  it('writes the component where it belongs, after a long page, with no hidden copy or script', async () => {
    const LazyCode = lazyComponent(
      () =>
        new Promise<{default: typeof Code}>((resolve) =>
          setTimeout(() => resolve({default: Code}), 10),
        ),
    );
    const html = await renderLikeDocusaurus(
      <main>
        <p>{'Bir paragraf. '.repeat(2000)}</p>
        <LazyCode lines={80} />
        <p>After the code.</p>
      </main>,
    );
    const {document} = new JSDOM(html).window;
    const pre = document.querySelector('main > .lazy-island > pre');
    expect(pre?.textContent).toContain('# line 80');
    expect(pre?.closest('[hidden]')).toBeNull();
    expect(document.querySelector('main > .lazy-island')?.nextElementSibling?.textContent).toBe(
      'After the code.',
    );
    expect(document.querySelectorAll('template, script, [hidden]')).toHaveLength(0);
  });
});
