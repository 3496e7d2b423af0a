/**
 * The build's tree memory (scripts/bench/tree-memory.mjs) leaves out a fork
 * not yet running its own program: it shares its parent's pages, so counting
 * it would report the parent's memory twice for that sample.
 */
import {expect, it} from 'vitest';
import {unexecutedForks} from '../../scripts/bench/tree-memory.mjs';

it('skips a child with its parent command line, and only that', () => {
  const commands: Record<number, string> = {
    1: 'node scripts/build.mjs',
    2: 'node docusaurus.mjs build --locale en',
    3: 'node docusaurus.mjs build --locale en',
    4: '/bin/sh -c cat /proc/cpuinfo',
    5: 'node docusaurus.mjs build --locale tr',
  };
  const tree = [
    {pid: 1, ppid: 0},
    {pid: 2, ppid: 1},
    {pid: 3, ppid: 2},
    {pid: 4, ppid: 2},
    {pid: 5, ppid: 1},
  ];
  expect([...unexecutedForks(tree, (pid) => commands[pid] ?? '')]).toEqual([3]);
});
