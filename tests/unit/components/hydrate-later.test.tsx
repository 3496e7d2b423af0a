// @vitest-environment jsdom
/**
 * A part of the page React takes over after hydration
 * (src/components/HydrateLater, used by the desktop sidebar): hydration
 * keeps its server HTML as it is; React renders it when the browser is idle,
 * or at once when the reader focuses something in it, keeping that focus;
 * mounted by an in-page navigation, it renders at once.
 */
import React, {act, useState, type ReactElement} from 'react';
import {render, screen, cleanup} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {BrowserContextProvider} from '@docusaurus/core/lib/client/browserContext';
import HydrateLater from '@site/src/components/HydrateLater';
import {hydrateServerHtml} from '../support/hydrate';

/** What React renders: links that say they are React's. */
function Menu(): ReactElement {
  return (
    <nav>
      <a href="/a" data-react="">
        Article A
      </a>
      <a href="/b" data-react="">
        Article B
      </a>
    </nav>
  );
}

/** The server's HTML of <HydrateLater><Menu/></HydrateLater>, without React's marks. */
const SERVER_HTML =
  '<div class="contents"><nav><a href="/a">Article A</a><a href="/b">Article B</a></nav></div>';

const hydrate = () =>
  hydrateServerHtml(
    SERVER_HTML,
    <HydrateLater>
      <Menu />
    </HydrateLater>,
  );

const reactLinks = (container: HTMLElement): number =>
  container.querySelectorAll('a[data-react]').length;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  document.body.innerHTML = '';
});

describe('HydrateLater', () => {
  it('keeps the server HTML through hydration, then renders when the browser is idle', async () => {
    const {container, errors} = await hydrate();
    expect(container.querySelectorAll('a')).toHaveLength(2);
    expect(reactLinks(container)).toBe(0);

    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(reactLinks(container)).toBe(2);
    expect(container.querySelectorAll('a')).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('hands over at once when the reader focuses a link, which keeps the focus', async () => {
    const {container} = await hydrate();
    const second = container.querySelectorAll<HTMLElement>('a')[1];
    await act(async () => {
      second?.focus();
    });
    expect(reactLinks(container)).toBe(2);
    expect(document.activeElement?.textContent).toBe('Article B');
    expect(document.activeElement?.hasAttribute('data-react')).toBe(true);
  });

  it('renders at once when mounted by an in-page navigation', () => {
    let navigate = (): void => undefined;
    function App(): ReactElement {
      const [page, setPage] = useState(false);
      navigate = () => setPage(true);
      return page ? (
        <HydrateLater>
          <Menu />
        </HydrateLater>
      ) : (
        <p>Home</p>
      );
    }
    render(
      <BrowserContextProvider>
        <App />
      </BrowserContextProvider>,
    );
    act(() => navigate());
    expect(screen.getByText('Article A').hasAttribute('data-react')).toBe(true);
  });
});
