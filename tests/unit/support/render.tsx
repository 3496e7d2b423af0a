/**
 * Rendering components as the site does, for unit tests.
 *
 * - renderStatic(): the server-rendered HTML a reader gets without
 *   JavaScript (react-dom/server, StaticRouter: no effects run, so
 *   useIsBrowser() is false), parsed into a DOM to query.
 * - renderInBrowser(): the hydrated page in jsdom (BrowserRouter over
 *   jsdom's window.history, Docusaurus' BrowserContextProvider), for
 *   Testing Library queries and user-event.
 */
import React, {type ReactElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {BrowserRouter, StaticRouter} from 'react-router-dom';
import {render, type RenderResult} from '@testing-library/react';
import {BrowserContextProvider} from '@docusaurus/core/lib/client/browserContext';
import {JSDOM} from 'jsdom';

export function renderStatic(ui: ReactElement, url = '/page'): Document {
  const html = renderToStaticMarkup(<StaticRouter location={url}>{ui}</StaticRouter>);
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

export function renderInBrowser(ui: ReactElement, url = '/page'): RenderResult {
  window.history.replaceState(null, '', url);
  return render(
    <BrowserContextProvider>
      <BrowserRouter>{ui}</BrowserRouter>
    </BrowserContextProvider>,
  );
}
