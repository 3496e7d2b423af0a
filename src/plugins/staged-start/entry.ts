/**
 * The browser bundle's entry in production (see ./index.ts): Docusaurus'
 * own client entry, with the work its first task did split into tasks.
 *
 * Docusaurus' client entry, as a bundle's entry, evaluated React DOM, the
 * route table and the app's modules, matched the route and evaluated its
 * code, all in the one task that ran main.js: at 400 articles per locale on
 * a phone (4x CPU slowdown), one task of 250-320 ms during which the page
 * could not answer a tap. Here the task that runs main.js ends after its
 * compile, and each of those is evaluated in a task of its own; the client
 * entry then finds them done and only hydrates.
 * The order is the client entry's own: React, the route table, the app with
 * its client modules, then the route's components.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- synchronous
   requires keep these modules in main.js and evaluate them when called;
   import() would move them to chunks loaded later. */
import {runInTasks} from './stages';

void runInTasks(
  [
    ['react-dom', () => require('react-dom/client')],
    [
      'route-table',
      () => {
        require('@generated/routes');
        require('@generated/registry');
        require('@generated/routesChunkNames');
      },
    ],
    ['app', () => require('@docusaurus/core/lib/client/App.js')],
    [
      'route',
      () =>
        (
          require('@docusaurus/core/lib/client/preload.js') as {
            default: (pathname: string) => Promise<unknown>;
          }
        ).default(window.location.pathname),
    ],
  ],
  ['client-entry', () => require('@docusaurus/core/lib/client/clientEntry.js')],
);
