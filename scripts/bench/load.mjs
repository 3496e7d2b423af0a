#!/usr/bin/env node
/**
 * `npm run bench:load`: the served build under load, beside a plain static
 * server of the field, on 127.0.0.1 only.
 *
 * In:  a build folder (default `build/`).
 * Out: per server and round, requests per second, p99 latency, requests,
 *      errors and timeouts (must be 0), responses by status class, and the
 *      server process' memory (RSS) before the load, at its peak and after;
 *      a pass/fail line per condition; the figures as JSON with --json.
 *
 * Servers: ours is scripts/serve.mjs (the host rules, headers, each file
 * compressed once and kept);
 * the field's is `serve` (Vercel's static server, compression on, same
 * folder). Both are started once and loaded in turn (ours, field, ours,
 * field...), so a busy moment of the machine falls on both, and memory is
 * followed across rounds: it must come back near where it started, not grow
 * round after round.
 * Load: autocannon, N connections for D seconds per round, bounded by time
 * and by requests (--max-requests in all, spread over the connections),
 * cycling through one list of addresses read from the build: every article
 * page in both locales and versions, the homes, the JavaScript and CSS an
 * article loads, each search index, addresses that are not there (404),
 * and redirects (short links, Learn-style addresses). Every address is
 * asked once before the load, and its status from our server checked.
 *
 * Usage: node scripts/bench/load.mjs [--dir build] [--connections 50]
 *          [--duration 30] [--rounds 2] [--max-requests 3000000] [--quick]
 *          [--json] [--strict]
 * --quick: 10 connections for 5 s, one round (a smoke run).
 * --strict: exit 1 when a condition fails.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import autocannon from 'autocannon';
import {parseDocument} from 'htmlparser2';
import {findAll} from 'domutils';
import {startServer} from './server.mjs';
import {REPO} from './site.mjs';
import {htmlFiles} from '../../src/plugins/headers/policy.mjs';

const MIB = 1024 * 1024;
/**
 * Memory after the last round over memory after the first: a server that
 * keeps something per request grows round after round; one that doesn't
 * stays near 1 (the first round already warmed its caches and heap).
 */
export const RSS_GROWTH_LIMIT = 1.25;

/**
 * The addresses of the load, by kind, with the status our server must give.
 * @param {string} dir
 */
export async function loadAddresses(dir) {
  /** @type {{path: string, kind: string, status: number}[]} */
  const list = [];
  const files = await htmlFiles(dir);
  const pages = [];
  for (const file of files) {
    const head = fs.readFileSync(path.join(dir, file), 'utf8').slice(0, 4000);
    if (/http-equiv=["']?refresh/i.test(head)) continue;
    if (/(^|\/)404\.html$/.test(file)) continue;
    const urlPath = `/${file.split(path.sep).join('/')}`
      .replace(/(^|\/)index\.html$/, '$1')
      .replace(/\.html$/, '');
    pages.push(urlPath);
    list.push({path: urlPath, kind: 'page', status: 200});
  }
  // What an article page loads: its scripts and styles (hashed, immutable).
  const article = pages.find((p) => p.split('/').length > 3) ?? '/';
  const doc = parseDocument(fs.readFileSync(path.join(dir, fileOf(article)), 'utf8'));
  const assets = findAll(
    (el) => (el.name === 'script' || el.name === 'link') && !!(el.attribs.src ?? el.attribs.href),
    doc.children,
  ).map((el) => el.attribs.src ?? el.attribs.href ?? '');
  for (const asset of new Set(assets.filter((a) => a.startsWith('/assets/'))))
    list.push({path: asset, kind: 'asset', status: 200});
  for (const file of fs.readdirSync(dir, {recursive: true, encoding: 'utf8'})) {
    const f = file.split(path.sep).join('/');
    if (/(^|\/)search-index[^/]*\.json$/.test(f))
      list.push({path: `/${f}`, kind: 'search index', status: 200});
  }
  for (const missing of ['/no-such-page', '/tr/no-such-page', `${article}-old`])
    list.push({path: missing, kind: '404', status: 404});
  const rules = fs.existsSync(path.join(dir, '_redirects'))
    ? fs
        .readFileSync(path.join(dir, '_redirects'), 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('#'))
        .map((l) => l.split(/\s+/)[0] ?? '')
    : [];
  // A sample of each kind of rule: short links and Learn-style addresses.
  for (const prefix of ['/go/', '/tr/go/', '/en-us/', '/tr-tr/']) {
    for (const from of rules.filter((r) => r.startsWith(prefix)).slice(0, 3))
      list.push({path: from, kind: 'redirect', status: 301});
  }
  return list;
}

/** @param {string} urlPath */
function fileOf(urlPath) {
  return urlPath.endsWith('/') ? `${urlPath.slice(1)}index.html` : `${urlPath.slice(1)}.html`;
}

/** Resident memory of a process, in bytes (Linux /proc; else `ps`). */
function rss(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // Not Linux, or the process is gone.
  }
  return 0;
}

/** A free port of 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** `serve` on the build, compression on, without logging or clipboard. */
async function startFieldServer(dir) {
  const port = await freePort();
  const main = path.join(REPO, 'node_modules', 'serve', 'build', 'main.js');
  const child = spawn(
    process.execPath,
    [main, '--no-clipboard', '--no-request-logging', '-l', `tcp://127.0.0.1:${port}`, dir],
    {stdio: ['ignore', 'ignore', 'inherit']},
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`serve exited (${child.exitCode})`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(undefined);
      child.once('exit', () => resolve(undefined));
      child.kill();
    });
  return {origin, pid: child.pid, stop};
}

/** Each address once: its status (redirects not followed). */
async function preflight(origin, list) {
  const statuses = [];
  for (const item of list) {
    const res = await fetch(origin + item.path, {redirect: 'manual'});
    await res.arrayBuffer();
    statuses.push(res.status);
  }
  return statuses;
}

/** One round of load on a server, with its memory sampled every 200 ms. */
async function loadRound(server, list, {connections, duration, maxRequests}) {
  const before = rss(server.pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rss(server.pid))), 200);
  const result = await autocannon({
    url: server.origin,
    connections,
    duration,
    maxConnectionRequests: Math.ceil(maxRequests / connections),
    headers: {'accept-encoding': 'gzip, br'},
    requests: list.map((item) => ({method: 'GET', path: item.path})),
  });
  clearInterval(timer);
  // Memory once the load is over and the collector has had a moment.
  await new Promise((r) => setTimeout(r, 1000));
  const after = rss(server.pid);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    status: {
      '2xx': result['2xx'],
      '3xx': result['3xx'],
      '4xx': result['4xx'],
      '5xx': result['5xx'],
    },
    rssBefore: before,
    rssPeak: Math.max(peak, after),
    rssAfter: after,
  };
}

/**
 * The load benchmark over a build.
 * @param {{dir: string, connections?: number, duration?: number, rounds?: number,
 *   maxRequests?: number, log?: (...parts: unknown[]) => void}} options
 */
export async function benchLoad({
  dir,
  connections = 50,
  duration = 30,
  rounds = 2,
  maxRequests = 3_000_000,
  log = (...parts) => console.error('[load]', ...parts),
}) {
  const list = await loadAddresses(dir);
  const ours = await startServer(dir);
  const field = await startFieldServer(dir);
  try {
    const servers = {ours, field};
    const expected = await preflight(ours.origin, list);
    const wrong = list.filter((item, i) => expected[i] !== item.status);
    const fieldStatuses = await preflight(field.origin, list);
    const start = {ours: rss(ours.pid), field: rss(field.pid)};
    const runs = [];
    for (let round = 1; round <= rounds; round++) {
      for (const name of /** @type {const} */ (['ours', 'field'])) {
        log(`round ${round}/${rounds}: ${name}, ${connections} connections, ${duration} s`);
        runs.push({
          server: name,
          round,
          ...(await loadRound(servers[name], list, {connections, duration, maxRequests})),
        });
      }
    }
    const kinds = {};
    for (const item of list) kinds[item.kind] = (kinds[item.kind] ?? 0) + 1;
    return {
      addresses: list.length,
      kinds,
      connections,
      duration,
      rounds,
      wrongStatus: wrong.map((item) => ({...item, got: expected[list.indexOf(item)]})),
      fieldStatus: countBy(fieldStatuses),
      rssStart: start,
      runs,
    };
  } finally {
    await ours.stop();
    await field.stop();
  }
}

function countBy(values) {
  const out = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** A server's memory after its last round over after its first. */
function rssGrowth(results, server) {
  const runs = results.runs.filter((r) => r.server === server);
  const [first, last] = [runs.at(0), runs.at(-1)];
  return first && last ? last.rssAfter / first.rssAfter : 1;
}

/** Conditions of the issue: no errors, every status as expected, memory flat across rounds. */
export function loadChecks(results) {
  const oursRuns = results.runs.filter((r) => r.server === 'ours');
  const growth = rssGrowth(results, 'ours');
  return [
    {
      name: 'errors and timeouts (ours)',
      limit: '0',
      measured: String(oursRuns.reduce((n, r) => n + r.errors + r.timeouts, 0)),
      pass: oursRuns.every((r) => r.errors === 0 && r.timeouts === 0),
    },
    {
      name: '5xx responses (ours)',
      limit: '0',
      measured: String(oursRuns.reduce((n, r) => n + r.status['5xx'], 0)),
      pass: oursRuns.every((r) => r.status['5xx'] === 0),
    },
    {
      name: 'addresses with the expected status (ours)',
      limit: `${results.addresses}`,
      measured: `${results.addresses - results.wrongStatus.length}`,
      pass: results.wrongStatus.length === 0,
    },
    {
      name: 'memory after the last round / after the first (ours)',
      limit: `<= ${RSS_GROWTH_LIMIT}x`,
      measured: `${growth.toFixed(2)}x`,
      pass: growth <= RSS_GROWTH_LIMIT,
    },
  ];
}

/** The figures as Markdown tables. */
export function loadReport(results) {
  const mib = (b) => (b / MIB).toFixed(0);
  const rows = results.runs.map((r) => [
    r.server === 'ours' ? 'ours (npm run serve)' : 'field (serve)',
    r.round,
    Math.round(r.rps).toLocaleString('en-US'),
    `${r.p99} ms`,
    r.requests.toLocaleString('en-US'),
    `${r.errors} / ${r.timeouts}`,
    `${r.status['2xx']} / ${r.status['3xx']} / ${r.status['4xx']} / ${r.status['5xx']}`,
    `${mib(results.rssStart[r.server])} / ${mib(r.rssPeak)} / ${mib(r.rssAfter)}`,
  ]);
  const header = [
    'server',
    'round',
    'req/s',
    'p99',
    'requests',
    'errors / timeouts',
    '2xx / 3xx / 4xx / 5xx',
    'RSS MiB start / peak / end',
  ];
  const table = [header, ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  table.splice(1, 0, `|${header.map(() => ' --- ').join('|')}|`);
  const kinds = Object.entries(results.kinds)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const checks = loadChecks(results).map(
    (c) => `- ${c.pass ? 'pass' : 'FAIL'}: ${c.name}: ${c.measured} (limit ${c.limit})`,
  );
  // The field's server compresses every response: its memory, beside ours, for comparison.
  const ends = (server) =>
    results.runs
      .filter((r) => r.server === server)
      .map((r) => mib(r.rssAfter))
      .join(', ');
  const memory = `RSS MiB after each round: ours ${ends('ours')} (${rssGrowth(results, 'ours').toFixed(2)}x); field ${ends('field')} (${rssGrowth(results, 'field').toFixed(2)}x).`;
  return [
    `### Load: ${results.connections} connections, ${results.duration} s a round, 127.0.0.1`,
    '',
    `${results.addresses} addresses in turn (${kinds}); the field's server answered them ${Object.entries(
      results.fieldStatus,
    )
      .map(([s, n]) => `${n}x ${s}`)
      .join(', ')} (it reads no _redirects).`,
    '',
    ...table,
    '',
    memory,
    '',
    ...checks,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({
    options: {
      dir: {type: 'string', default: 'build'},
      connections: {type: 'string'},
      duration: {type: 'string'},
      rounds: {type: 'string'},
      'max-requests': {type: 'string', default: '3000000'},
      quick: {type: 'boolean', default: false},
      json: {type: 'boolean', default: false},
      strict: {type: 'boolean', default: false},
    },
  });
  const dir = path.resolve(REPO, values.dir);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`No build in ${dir}: run "npm run build" first.`);
    process.exit(1);
  }
  const quick = values.quick;
  const results = await benchLoad({
    dir,
    connections: Number(values.connections ?? (quick ? 10 : 50)),
    duration: Number(values.duration ?? (quick ? 5 : 30)),
    rounds: Number(values.rounds ?? (quick ? 1 : 2)),
    maxRequests: Number(values['max-requests']),
  });
  console.log(values.json ? JSON.stringify(results, null, 2) : loadReport(results));
  if (values.strict && loadChecks(results).some((c) => !c.pass)) process.exitCode = 1;
}
