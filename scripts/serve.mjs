#!/usr/bin/env node
/**
 * Serves the production build the way a careful static host would.
 *
 * In:  a build folder with the host rule files the build writes:
 *      `_headers` (src/plugins/headers: security headers, cache rules) and
 *      `_redirects` (src/plugins/redirects: moved articles, short links,
 *      Learn-style addresses; `from to 301` per line), as Netlify and
 *      Cloudflare Pages read them.
 * Out: HTTP on 127.0.0.1:
 *  - every `_headers` rule whose path matches, read with Netlify's own
 *    parser (values of several matching rules joined, as the hosts do); a
 *    response no rule gives a Cache-Control is revalidated on every visit;
 *  - `_redirects` rules answered first, with real redirects, the query kept;
 *    matched in any letter case when no rule has the exact address
 *    (`/GO/X`, `/TR-TR/...`), as the 404 page's script does on plain hosts;
 *  - files of a compressible type over 1 KB sent brotli- or gzip-compressed
 *    as `Accept-Encoding` asks (`Vary: Accept-Encoding`), each file
 *    compressed once and kept (./compressed-bodies.mjs: compressing every
 *    response grew the server's native memory under load); identity for a
 *    range or an encoding it doesn't know; `/a/b` answered by `a/b.html`
 *    without a redirect; ranges (206/416), `If-None-Match` (304) and
 *    `If-Match`/`If-Unmodified-Since` (412) as
 *    `send` does them, one ETag for every encoding of a file (weak, as
 *    `send` makes it); each locale's 404 page;
 *  - bad requests refused before any file is looked up: methods other than
 *    GET and HEAD (405, with `Allow`), paths over MAX_PATH bytes (414),
 *    bad percent-encoding, NUL bytes, `..` segments and backslashes (400);
 *    no file outside the build folder and no host rule file is ever sent.
 *
 * Usage: node scripts/serve.mjs [--dir build] [--port 3000] [--host 127.0.0.1]
 */
import path from 'node:path';
import fs from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import express from 'express';
import compressible from 'compressible';
import etag from 'etag';
import Negotiator from 'negotiator';
import {parseAllHeaders} from '@netlify/headers-parser';
import {compressedBodies, ENCODINGS} from './compressed-bodies.mjs';

// Each option falls back to the environment variable of its name (PORT...).
const {values} = parseArgs({
  options: {dir: {type: 'string'}, port: {type: 'string'}, host: {type: 'string'}},
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, values.dir ?? process.env.DIR ?? 'build');
const port = Number(values.port ?? process.env.PORT ?? '3000');
const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const LOCALES = ['tr']; // non-default locales, served under /<locale>/
/** Longest path answered (bytes of the request target); browsers and CDNs stop near here too. */
const MAX_PATH = 2048;
const METHODS = ['GET', 'HEAD'];
/** What hosts read and never publish. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);
/** What a host sends when no rule sets a Cache-Control (Netlify's and Cloudflare's default for HTML). */
const REVALIDATE = 'public, max-age=0, must-revalidate';
/** Smaller files go uncompressed (the `compression` middleware's default threshold). */
const COMPRESS_FROM = 1024;
/** Compressed bodies kept in memory at most: the whole site several times over. */
const CACHE_BYTES = 64 * 1024 * 1024;

if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`No build found in ${dir}: run "npm run build" first.`);
  process.exit(1);
}

/** `_redirects` rules by address: `from to [status]`, `#` comments. */
function readRules(file) {
  const rules = new Map();
  if (!fs.existsSync(file)) return rules;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const text = line.trim();
    if (!text || text.startsWith('#')) continue;
    const [from, to, status = '301'] = text.split(/\s+/);
    // The first rule for an address wins, as the hosts apply them.
    if (from && to && !rules.has(from)) rules.set(from, {to, status: Number(status)});
  }
  return rules;
}
const rules = readRules(path.join(dir, '_redirects'));
/** The same rules by lower-case address (the first of those that differ only in case wins). */
const rulesAnyCase = new Map();
for (const [from, rule] of rules) {
  if (!rulesAnyCase.has(from.toLowerCase())) rulesAnyCase.set(from.toLowerCase(), rule);
}

const {headers: headerRules, errors} = await parseAllHeaders({
  headersFiles: [path.join(dir, '_headers')],
  configHeaders: undefined,
  minimal: false,
});
if (errors.length > 0) {
  console.error(`${path.join(dir, '_headers')}:\n${errors.map((e) => e.message).join('\n')}`);
  process.exit(1);
}

/** Headers of every rule matching `urlPath`; a name given by several rules gets their values joined. */
function headersFor(urlPath) {
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const rule of headerRules) {
    if (!('forRegExp' in rule) || !rule.forRegExp.test(urlPath)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  if (!out.has('cache-control')) out.set('cache-control', REVALIDATE);
  return out;
}

/** A file of the build, only if it is inside the build folder. */
function inBuild(relative) {
  const file = path.resolve(dir, `.${path.posix.sep}${relative}`);
  const rel = path.relative(dir, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? file : undefined;
}

const isFile = (file) => fs.statSync(file, {throwIfNoEntry: false})?.isFile() === true;

const app = express();
app.disable('x-powered-by');
app.disable('etag'); // sendBuildFile gives files their ETags; express' would hash each response.

app.use((req, res, next) => {
  const target = req.url.split('?')[0] ?? '';
  if (Buffer.byteLength(target) > MAX_PATH)
    return res.status(414).type('text').send('URI Too Long\n');
  for (const [name, value] of headersFor(req.path)) res.setHeader(name, value);
  if (!METHODS.includes(req.method)) {
    res.setHeader('Allow', METHODS.join(', '));
    return res.status(405).type('text').send('Method Not Allowed\n');
  }
  let decoded;
  try {
    decoded = decodeURIComponent(req.path);
  } catch {
    return res.status(400).type('text').send('Bad Request: malformed percent-encoding\n');
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) {
    return res.status(400).type('text').send('Bad Request\n');
  }
  res.locals.decodedPath = decoded;
  next();
});
app.use((req, res, next) => {
  const address = req.path.replace(/(.)\/+$/, '$1');
  const rule =
    rules.get(address) ??
    rules.get(res.locals.decodedPath.replace(/(.)\/+$/, '$1')) ??
    rulesAnyCase.get(res.locals.decodedPath.replace(/(.)\/+$/, '$1').toLowerCase());
  if (!rule) return next();
  // The request's query goes before the target's #fragment.
  const query = req.url.slice(req.path.length);
  const hash = rule.to.indexOf('#');
  const [target, fragment] =
    hash === -1 ? [rule.to, ''] : [rule.to.slice(0, hash), rule.to.slice(hash)];
  res.redirect(rule.status, (target.includes('?') ? target : target + query) + fragment);
});
app.use((req, res, next) =>
  HOST_FILES.has(res.locals.decodedPath) ? notFound(req, res, next) : next(),
);
app.use((req, res, next) => {
  const file = fileFor(res.locals.decodedPath);
  if (!file) return next();
  sendBuildFile(req, res, file, 200).catch(next);
});
app.use(notFound);
// Never a stack trace: a request that fails is answered, and the server goes on.
app.use((err, req, res, _next) => {
  const status = Number(err?.status ?? err?.statusCode ?? 500);
  if (status >= 500) console.error(`${req.method} ${req.url.slice(0, 200)}: ${err?.message}`);
  if (res.headersSent) return res.end();
  res
    .status(status >= 400 && status < 600 ? status : 500)
    .type('text')
    .send(status >= 500 ? 'Internal Server Error\n' : 'Bad Request\n');
});

function notFound(req, res, next) {
  const locale = LOCALES.find((l) => req.path === `/${l}` || req.path.startsWith(`/${l}/`));
  sendBuildFile(req, res, path.join(dir, locale ? locale : '', '404.html'), 404).catch(next);
}

/**
 * The file answering a decoded address, looked up as static hosts do: the
 * file itself, `<path>.html`, `<path>/index.html` (for `/a/`: the index
 * first). Names starting with a dot are never served.
 */
function fileFor(decoded) {
  if (decoded.split('/').some((segment) => segment.startsWith('.'))) return undefined;
  const clean = decoded.replace(/\/+$/, '');
  const candidates = decoded.endsWith('/')
    ? [`${clean}/index.html`, `${clean}.html`]
    : [decoded, `${clean}.html`, `${clean}/index.html`];
  return candidates.map(inBuild).find((file) => file && isFile(file));
}

const bodies = compressedBodies({maxBytes: CACHE_BYTES});

/**
 * Whether a request's precondition fails for the file whose validators `res`
 * carries (RFC 9110 13.1.1 and 13.1.4), as `send` decides for the files it
 * serves: `If-Match` lists none of the file's ETags (weak or strong form), or
 * without it, the file changed after `If-Unmodified-Since`. A client that
 * edits nothing uses these to be sure the copy it holds is still the one
 * served.
 */
function preconditionFails(req, res) {
  const ifMatch = req.headers['if-match'];
  const tag = String(res.getHeader('ETag') ?? '');
  if (ifMatch) {
    if (ifMatch.trim() === '*') return false;
    const bare = tag.replace(/^W\//, '');
    return !ifMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === bare);
  }
  const since = Date.parse(String(req.headers['if-unmodified-since'] ?? ''));
  if (Number.isNaN(since)) return false;
  const modified = Date.parse(String(res.getHeader('Last-Modified') ?? ''));
  return Number.isNaN(modified) || modified > since;
}

/**
 * A file of the build with `status`: compressed from the cache when the type
 * compresses, the client accepts br or gzip and asks for no range; else as
 * stored, by `send` (ranges, conditional requests).
 */
async function sendBuildFile(req, res, file, status) {
  res.status(status).type(path.extname(file));
  const stat = fs.statSync(file);
  const compresses =
    compressible(String(res.getHeader('Content-Type'))) && stat.size >= COMPRESS_FROM;
  if (compresses) res.vary('Accept-Encoding');
  // Brotli first when the client takes both at the same q (browsers list gzip first).
  const encoding =
    compresses &&
    !req.headers.range &&
    new Negotiator(req).encodings([...ENCODINGS], {preferred: [...ENCODINGS]})[0];
  // `send` keeps these (it makes the same weak ETag when the app lets it).
  res.setHeader('ETag', etag(stat));
  res.setHeader('Last-Modified', stat.mtime.toUTCString());
  if (encoding !== 'br' && encoding !== 'gzip')
    return res.sendFile(file, {cacheControl: false, dotfiles: 'allow'});
  if (preconditionFails(req, res)) {
    res.removeHeader('Content-Type');
    return res.status(412).end();
  }
  if (req.fresh) {
    res.removeHeader('Content-Type');
    return res.status(304).end();
  }
  const body = await bodies.get(file, stat, encoding);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

// `--port 0` picks a free port; the line below says which (tests read it).
const server = app.listen(port, host, () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Serving ${path.relative(root, dir) || '.'} at http://${host}:${address.port}/`);
});
