/**
 * How `npm run build` (scripts/build.mjs) schedules its locales by default:
 * the next locale starts while the previous one runs its postBuild and is
 * held after loading until the previous one has exited
 * (src/plugins/bundling-gate), a failure of either stops the build, and a
 * held locale whose parent dies does not wait for ever.
 *
 * The real build.mjs runs; each locale's `docusaurus build` is a stand-in
 * (tests/fixtures/build-schedule/fake-locale-build.mjs, through
 * SITE_BUILD_PROGRAM) that speaks the gate's messages with the gate's own
 * code and prints when it reached each phase, in a fraction of a second.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, expect, it, vi} from 'vitest';
import bundlingGate from '../../src/plugins/bundling-gate';
import {GATE_ENV, LOADED_MESSAGE} from '../../src/plugins/bundling-gate/gate.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const FAKE = path.join(root, 'tests/fixtures/build-schedule/fake-locale-build.mjs');

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
  vi.unstubAllEnvs();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-schedule-'));
  scratch.push(dir);
  return dir;
}

interface Run {
  code: number | null;
  output: string;
  /** When each locale reached each phase (ms since the epoch), from its lines. */
  at: (locale: string, phase: string) => number | undefined;
}

/** `node scripts/build.mjs --locale en --locale tr` with the stand-in. */
function build(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const dir = tempDir();
  const markers = path.join(dir, 'markers');
  fs.mkdirSync(markers);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        'scripts/build.mjs',
        '--locale',
        'en',
        '--locale',
        'tr',
        '--out-dir',
        path.join(dir, 'build'),
        ...args,
      ],
      {
        cwd: root,
        env: {...process.env, SITE_BUILD_PROGRAM: FAKE, FAKE_MARKERS: markers, ...env},
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const at = (locale: string, phase: string) => {
        const m = new RegExp(`^\\[${locale}\\] ${phase} ([\\d.]+)$`, 'm').exec(output);
        return m ? Number(m[1]) : undefined;
      };
      resolve({code, output, at});
    });
  });
}

it("by default, loads the next locale during the previous one's postBuild and bundles it after that one exited", async () => {
  const run = await build([], {FAKE_AWAIT_LOADED: 'en'});
  expect(run.code, run.output).toBe(0);
  const enExit = run.at('en', 'exit')!;
  expect(enExit, run.output).toBeDefined();
  // Started once the previous one reached postBuild, not at once.
  expect(run.at('tr', 'start')!).toBeGreaterThanOrEqual(run.at('en', 'postBuild')!);
  // (a) its start and loading overlap the previous locale's postBuild...
  expect(run.at('tr', 'loaded')!, run.output).toBeLessThan(enExit);
  // (b) ...but its bundling waits until the previous one has exited.
  expect(run.at('tr', 'bundling')!, run.output).toBeGreaterThanOrEqual(enExit);
  expect(run.output).toContain('[build] en, tr built in');
});

it('--sequential still starts the next locale only when the previous one has exited', async () => {
  const run = await build(['--sequential']);
  expect(run.code, run.output).toBe(0);
  expect(run.at('tr', 'start')!, run.output).toBeGreaterThanOrEqual(run.at('en', 'exit')!);
});

it('stops the build with exit 1 when the next locale fails while the previous one is in postBuild', async () => {
  const run = await build([], {FAKE_AWAIT_LOADED: 'en', FAKE_FAIL: 'tr:loading'});
  expect(run.code, run.output).toBe(1);
  expect(run.output).toContain('build: locale tr failed (exit 1)');
  // The previous locale, still in its postBuild, was stopped.
  expect(run.at('en', 'postBuild'), run.output).toBeDefined();
  expect(run.at('en', 'exit'), run.output).toBeUndefined();
});

it('stops the build with exit 1, the held locale never bundling, when the previous locale fails', async () => {
  const run = await build([], {FAKE_FAIL: 'en:postBuild'});
  expect(run.code, run.output).toBe(1);
  expect(run.output).toContain('build: locale en failed (exit 1)');
  expect(run.at('tr', 'bundling'), run.output).toBeUndefined();
});

it('fails the build when a locale bundled without waiting (the gate plugin missing)', async () => {
  const run = await build([], {FAKE_NO_GATE: 'tr'});
  expect(run.code, run.output).toBe(1);
  expect(run.output).toContain('build: locale tr never waited before bundling');
});

it('a held locale whose parent has gone exits with an error; without the channel it is never held', async () => {
  const markers = tempDir();
  const outDir = path.join(markers, 'out');
  const held = spawn(process.execPath, [FAKE, 'build', '--locale', 'tr', '--out-dir', outDir], {
    env: {...process.env, [GATE_ENV]: 'true', FAKE_MARKERS: markers},
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  held.stderr!.on('data', (d) => (stderr += d));
  held.on('message', (m: {type?: string}) => {
    // What a parent's death does to the channel.
    if (m?.type === LOADED_MESSAGE.type) held.disconnect();
  });
  // Not 'close': the channel the test disconnected never reports closing.
  const [code] = await Promise.all([
    new Promise((resolve) => held.on('exit', resolve)),
    new Promise((resolve) => held.stderr!.on('end', resolve)),
  ]);
  expect(code, stderr).toBe(1);
  expect(stderr).toContain('has gone');
  expect(fs.existsSync(path.join(outDir, 'tr.html'))).toBe(false);

  // No IPC channel (a plain `docusaurus build`): the variable alone holds nothing.
  const plain = spawn(process.execPath, [FAKE, 'build', '--locale', 'tr', '--out-dir', outDir], {
    env: {...process.env, [GATE_ENV]: 'true', FAKE_MARKERS: markers},
    stdio: 'ignore',
  });
  expect(await new Promise((resolve) => plain.on('exit', resolve))).toBe(0);
  expect(fs.existsSync(path.join(outDir, 'tr.html'))).toBe(true);
});

it("the site's own build, held by the plugin, says it has loaded and fails without bundling when its parent goes", async () => {
  const dir = tempDir();
  const outDir = path.join(dir, 'out');
  const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const held = spawn(
    process.execPath,
    [docusaurus, 'build', '--locale', 'tr', '--out-dir', outDir],
    {
      cwd: root,
      env: {
        ...process.env,
        [GATE_ENV]: 'true',
        // Its own generated files, so the site's `.docusaurus*` are never touched.
        DOCUSAURUS_GENERATED_FILES_DIR_NAME: path.join(dir, 'generated'),
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let output = '';
  held.stdout!.on('data', (d) => (output += d));
  held.stderr!.on('data', (d) => (output += d));
  const messages: unknown[] = [];
  held.on('message', (m: {type?: string}) => {
    messages.push(m);
    if (m?.type === LOADED_MESSAGE.type) held.disconnect();
  });
  const code = await new Promise((resolve) => held.on('exit', resolve));
  expect(messages, output).toEqual([LOADED_MESSAGE]);
  expect(code, output).toBe(1);
  // Held before the bundler configurations, which clear (create) the output folder.
  expect(fs.existsSync(outDir), output).toBe(false);
});

it("fails loudly when Docusaurus configures the bundler before the gate's hook has run", () => {
  const plugin = bundlingGate();
  const configure = plugin.configureWebpack as unknown as () => object;
  // Not asked (no variable, no channel): nothing to fence.
  expect(configure()).toEqual({});
  vi.stubEnv(GATE_ENV, 'true');
  const send = process.send;
  process.send = () => true;
  try {
    expect(configure).toThrow(/before allContentLoaded\(\) let it/);
  } finally {
    process.send = send;
  }
});

it("asks each locale for no persistent bundler cache unless --cache (a cold build's cache costs memory and isn't read)", async () => {
  const plain = await build(['--sequential']);
  expect(plain.code, plain.output).toBe(0);
  expect(plain.output).toMatch(/^\[en\] bundler-cache none$/m);
  expect(plain.output).toMatch(/^\[tr\] bundler-cache none$/m);
  const cached = await build(['--sequential', '--cache']);
  expect(cached.code, cached.output).toBe(0);
  expect(cached.output).toMatch(/^\[en\] bundler-cache persistent$/m);
  expect(cached.output).toMatch(/^\[tr\] bundler-cache persistent$/m);
  // Not passed on to `docusaurus build`, which has no such option.
  expect(cached.output).not.toMatch(/unknown option/i);
});
