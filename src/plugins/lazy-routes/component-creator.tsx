/**
 * Docusaurus' ComponentCreator, called when a route is first used (see
 * ./index.ts): the route table gets a stand-in per route, and only the
 * routes a reader opens get their loadable component.
 *
 * In:  (path, hash), as the generated route table calls it.
 * Out: a component rendering Docusaurus' component for that route, with the
 *      same `preload()`; both make that component once, on first use.
 */
import React, {type ComponentType, type ReactNode} from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

type RouteComponent = ReturnType<typeof ComponentCreator>;

export default function LazyComponentCreator(
  path: string,
  hash: string,
): ComponentType<object> & {preload: () => Promise<unknown>} {
  let made: RouteComponent | undefined;
  const make = (): RouteComponent => (made ??= ComponentCreator(path, hash));
  function Route(props: object): ReactNode {
    const Made = make() as ComponentType<object>;
    return <Made {...props} />;
  }
  Route.preload = () => (make() as unknown as {preload: () => Promise<unknown>}).preload();
  return Route;
}
