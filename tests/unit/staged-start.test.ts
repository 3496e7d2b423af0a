/**
 * src/plugins/staged-start: each step of the page's start-up runs in a task
 * of its own, in order, and a failed preparatory step doesn't stop the
 * client entry; the plugin's fences stop the build when Docusaurus' client
 * entry is not what ./entry.ts repeats, or when the built main.js lacks it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {MARK_PREFIX, nextTask, runInTasks} from '../../src/plugins/staged-start/stages';
import {checkEntry, checkFence, checkStagedEntry} from '../../src/plugins/staged-start';
import {coreClientDir} from '../../src/plugins/page-weight';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'staged-start-'));
  dirs.push(dir);
  return dir;
}

describe('runInTasks', () => {
  it('starts each step in a new task, after what was queued before it', async () => {
    const log: string[] = [];
    // A task queued by each step (as input or a paint would be) runs before the next step.
    const step = (name: string) =>
      [
        name,
        () => {
          log.push(name);
          setTimeout(() => log.push(`task after ${name}`), 0);
        },
      ] as const;
    // Each yield waits for a timer, so the timers each step queued run first.
    const yieldTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    const done = runInTasks([step('a'), step('b')], step('c'), yieldTask);
    // The caller's task (the one that ran main.js) ends before the first step.
    log.push('caller');
    await done;
    expect(log).toEqual(['caller', 'a', 'task after a', 'b', 'task after b', 'c']);
  });

  it('yields with a real task, not a microtask', async () => {
    const log: string[] = [];
    const done = runInTasks(
      [['a', () => void log.push('a')]],
      ['b', () => void log.push('b')],
      nextTask,
    );
    // Posted after the chain's first yield, before its second: a message task runs between a and b.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      log.push('message');
      channel.port1.close();
    };
    channel.port2.postMessage(null);
    await done;
    expect(log).toEqual(['a', 'message', 'b']);
  });

  it('awaits a step that returns a promise before the next step', async () => {
    const log: string[] = [];
    await runInTasks(
      [['load', () => new Promise<void>((r) => setTimeout(() => (log.push('loaded'), r()), 5))]],
      ['entry', () => void log.push('entry')],
    );
    expect(log).toEqual(['loaded', 'entry']);
  });

  it('goes on to the last step when a preparatory step fails, and fails with the last step', async () => {
    const log: string[] = [];
    await runInTasks(
      [
        [
          'route',
          () => {
            throw new Error('chunk failed');
          },
        ],
        ['route-async', () => Promise.reject(new Error('chunk failed'))],
      ],
      ['entry', () => void log.push('entry')],
    );
    expect(log).toEqual(['entry']);
    await expect(
      runInTasks(
        [],
        [
          'entry',
          () => {
            throw new Error('entry failed');
          },
        ],
      ),
    ).rejects.toThrow('entry failed');
  });

  it('marks the start of each step for the performance panel', async () => {
    performance.clearMarks();
    await runInTasks([['one', () => 1]], ['two', () => 2]);
    expect(
      performance
        .getEntriesByType('mark')
        .map((m) => m.name)
        .filter((n) => n.startsWith(MARK_PREFIX)),
    ).toEqual([`${MARK_PREFIX}one`, `${MARK_PREFIX}two`]);
  });
});

describe('fences', () => {
  it('passes the installed Docusaurus client and its entry', () => {
    expect(() => checkFence(process.cwd())).not.toThrow();
    expect(() => checkEntry(path.join(coreClientDir(), 'clientEntry.js'))).not.toThrow();
  });

  it('stops when the client entry no longer preloads before rendering', () => {
    const clientDir = tempDir();
    for (const file of ['clientEntry.js', 'App.js', 'preload.js'])
      fs.copyFileSync(path.join(coreClientDir(), file), path.join(clientDir, file));
    expect(() => checkFence(process.cwd(), clientDir)).not.toThrow();
    const entry = path.join(clientDir, 'clientEntry.js');
    fs.writeFileSync(
      entry,
      fs.readFileSync(entry, 'utf8').replace('preload(window.location.pathname).then(', 'x('),
    );
    expect(() => checkFence(process.cwd(), clientDir)).toThrow(/clientEntry\.js no longer has/);
  });

  it('stops when the bundle entry is not Docusaurus client entry', () => {
    expect(() => checkEntry('/somewhere/else.js')).toThrow(/browser bundle's entry/);
    expect(() => checkEntry({main: 'x'})).toThrow(/browser bundle's entry/);
  });

  it('checks that the built main.js carries the staged entry', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'main.0a1b2c3d.js'), `performance.mark("${MARK_PREFIX}"+e)`);
    expect(() => checkStagedEntry(dir)).not.toThrow();
    fs.writeFileSync(path.join(dir, 'main.0a1b2c3d.js'), 'hydrateRoot(e)');
    expect(() => checkStagedEntry(dir)).toThrow(/does not carry the staged entry/);
    fs.rmSync(path.join(dir, 'main.0a1b2c3d.js'));
    expect(() => checkStagedEntry(dir)).toThrow(/found 0/);
  });
});
