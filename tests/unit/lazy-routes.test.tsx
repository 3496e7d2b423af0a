/**
 * Route components made on first use (src/plugins/lazy-routes): the route
 * table's stand-ins call Docusaurus' ComponentCreator only for the routes a
 * page preloads or renders, once each; the plugin stops when the installed
 * Docusaurus client no longer reads route components the way it expects.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import React from 'react';
import {renderToString} from 'react-dom/server';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {checkFence} from '../../src/plugins/lazy-routes';
import {coreClientDir} from '../../src/plugins/page-weight';

const made = vi.hoisted(() => [] as string[]);
vi.mock('@docusaurus/ComponentCreator', () => ({
  default: (routePath: string, hash: string) => {
    made.push(`${routePath}-${hash}`);
    const Page = (): React.ReactElement => <p>{routePath}</p>;
    return Object.assign(Page, {preload: () => Promise.resolve(routePath)});
  },
}));

const {default: LazyComponentCreator} =
  await import('../../src/plugins/lazy-routes/component-creator');

const siteDir = path.resolve(import.meta.dirname, '..', '..');
const scratch: string[] = [];

afterEach(() => {
  made.length = 0;
  for (const dir of scratch.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

describe('route components made on first use', () => {
  it('makes nothing for the routes a page never uses', () => {
    const routes = Array.from({length: 800}, (_, i) => LazyComponentCreator(`/a/${i}`, 'h'));
    expect(routes).toHaveLength(800);
    expect(made).toEqual([]);
  });

  it("makes a route's component once, on preload, and renders it", async () => {
    const Route = LazyComponentCreator('/a/b', '3f2');
    expect(await Route.preload()).toBe('/a/b');
    expect(renderToString(<Route />)).toBe('<p>/a/b</p>');
    expect(made).toEqual(['/a/b-3f2']);
  });
});

describe('lazy-routes fence', () => {
  it('accepts the installed Docusaurus client', () => {
    expect(() => checkFence(siteDir)).not.toThrow();
  });

  it('stops the build when preload.js no longer calls route.component.preload()', () => {
    const client = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-routes-'));
    scratch.push(client);
    const preload = fs.readFileSync(path.join(coreClientDir(), 'preload.js'), 'utf8');
    fs.writeFileSync(
      path.join(client, 'preload.js'),
      preload.replace('match.route.component.preload?.()', 'preloadRoute(match.route)'),
    );
    expect(() => checkFence(siteDir, client)).toThrow(/preload\.js no longer has/);
  });
});
