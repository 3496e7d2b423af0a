#!/usr/bin/env node
/**
 * Serves the production build the way a static host would: compressed
 * (gzip/brotli via `compression`), hashed assets cached for a year, HTML
 * revalidated, `/a/b` answered by `a/b.html` without a redirect, and each
 * locale's own 404 page with status 404. The host rules the build writes
 * (`build/_redirects`: moved articles, short links, Learn-style addresses;
 * `from to 301` per line, as Netlify and Cloudflare Pages read it) are
 * answered first, with real redirects; the query string is kept.
 *
 * Usage: node scripts/serve.mjs [--dir build] [--port 3000] [--host 127.0.0.1]
 */
import path from 'node:path';
import fs from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import express from 'express';
import compression from 'compression';

// Each option falls back to the environment variable of its name (PORT...).
const {values} = parseArgs({
  options: {dir: {type: 'string'}, port: {type: 'string'}, host: {type: 'string'}},
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, values.dir ?? process.env.DIR ?? 'build');
const port = Number(values.port ?? process.env.PORT ?? '3000');
const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const LOCALES = ['tr']; // non-default locales, served under /<locale>/

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

const app = express();
app.disable('x-powered-by');
app.use(compression());
app.use((req, res, next) => {
  const rule = rules.get(req.path.replace(/(.)\/+$/, '$1'));
  if (!rule) return next();
  // The request's query goes before the target's #fragment.
  const query = req.url.slice(req.path.length);
  const hash = rule.to.indexOf('#');
  const [target, fragment] =
    hash === -1 ? [rule.to, ''] : [rule.to.slice(0, hash), rule.to.slice(hash)];
  res.redirect(rule.status, (target.includes('?') ? target : target + query) + fragment);
});
app.use(
  express.static(dir, {
    extensions: ['html'],
    redirect: false,
    setHeaders(res, filePath) {
      if (
        /[.-][0-9a-f]{8,}\.(js|css|woff2?|svg|png|jpe?g|webp)$/i.test(filePath) ||
        filePath.includes(`${path.sep}assets${path.sep}`)
      ) {
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else {
        res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
      }
    },
  }),
);
// `/tr` and `/2021-08/` style addresses: try `<path>/index.html` and `<path>.html`.
app.use((req, res, next) => {
  const clean = decodeURIComponent(req.path).replace(/\/+$/, '');
  for (const candidate of [`${clean}.html`, `${clean}/index.html`]) {
    const file = path.join(dir, candidate);
    if (file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
      return res.sendFile(file);
    }
  }
  next();
});
app.use((req, res) => {
  const locale = LOCALES.find((l) => req.path === `/${l}` || req.path.startsWith(`/${l}/`));
  const notFound = path.join(dir, locale ? locale : '', '404.html');
  res.status(404).sendFile(notFound);
});

// `--port 0` picks a free port; the line below says which (tests read it).
const server = app.listen(port, host, () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  console.log(`Serving ${path.relative(root, dir) || '.'} at http://${host}:${address.port}/`);
});
