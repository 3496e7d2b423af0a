// @vitest-environment jsdom
/**
 * Lazy components in the browser (src/components/LazyMdx): hydration keeps
 * the server's HTML until the component's code arrives, then the real
 * component takes over; after an in-page navigation the fallback shows
 * until then.
 */
import React, {act, useState, type ReactElement} from 'react';
import {render, screen, cleanup} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import {BrowserContextProvider} from '@docusaurus/core/lib/client/browserContext';
import {lazyComponent} from '@site/src/components/LazyMdx';
import {hydrateServerHtml} from '../support/hydrate';

function Code({text}: {text: string}): ReactElement {
  return <pre data-highlighted="">{text}</pre>;
}

/** A loader the test resolves when it wants the code to "arrive". */
function deferredLoader() {
  let arrive = (): void => undefined;
  const promise = new Promise<{default: typeof Code}>((resolve) => {
    arrive = () => resolve({default: Code});
  });
  return {load: () => promise, arrive: () => act(async () => arrive())};
}

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('lazy components in the browser', () => {
  it('keep the server HTML through hydration, then render the real component', async () => {
    const {load, arrive} = deferredLoader();
    const LazyCode = lazyComponent(load);
    const {container, errors} = await hydrateServerHtml(
      '<div class="lazy-island" style="display:contents"><pre>Get-MgSubscribedSku (server)</pre></div>',
      <LazyCode text="Get-MgSubscribedSku" />,
    );
    expect(container.querySelector('pre')?.textContent).toBe('Get-MgSubscribedSku (server)');

    await arrive();
    expect(container.querySelector('pre[data-highlighted]')?.textContent).toBe(
      'Get-MgSubscribedSku',
    );
    expect(errors).toEqual([]);
  });

  it('show the fallback after an in-page navigation, until the code arrives', async () => {
    const {load, arrive} = deferredLoader();
    const LazyCode = lazyComponent(load, ({text}) => <pre>{text} (plain)</pre>);
    // The page mounts after the app has hydrated, as after a click on a link.
    let navigate = (): void => undefined;
    function App(): ReactElement {
      const [page, setPage] = useState(false);
      navigate = () => setPage(true);
      return page ? <LazyCode text="Get-MgSubscribedSku" /> : <p>Home</p>;
    }
    render(
      <BrowserContextProvider>
        <App />
      </BrowserContextProvider>,
    );
    act(() => navigate());
    expect(await screen.findByText('Get-MgSubscribedSku (plain)')).toBeTruthy();
    await arrive();
    expect(screen.getByText('Get-MgSubscribedSku').hasAttribute('data-highlighted')).toBe(true);
  });
});
