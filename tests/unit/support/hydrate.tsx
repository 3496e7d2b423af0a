/**
 * Hydrates server HTML in the test's document, as a page load does: the
 * HTML in a container, React's root hydrated over it inside Docusaurus'
 * browser context (so useIsBrowser() turns true once hydrated).
 *
 * In:  the server's HTML and the element React renders over it.
 * Out: the container, and the hydration errors React recovered from.
 */
import React, {act, type ReactElement} from 'react';
import {hydrateRoot} from 'react-dom/client';
import {BrowserContextProvider} from '@docusaurus/core/lib/client/browserContext';

// React's act() checks this flag (Testing Library sets it for its own renders).
Object.assign(globalThis, {IS_REACT_ACT_ENVIRONMENT: true});

export async function hydrateServerHtml(
  html: string,
  element: ReactElement,
): Promise<{container: HTMLElement; errors: unknown[]}> {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, <BrowserContextProvider>{element}</BrowserContextProvider>, {
      onRecoverableError: (error) => errors.push(error),
    });
  });
  return {container, errors};
}
