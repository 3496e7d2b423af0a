#!/usr/bin/env node
/**
 * Serves the production build the way a static host would: compressed
 * (gzip/brotli via `compression`), hashed assets cached for a year, HTML
 * revalidated, `/a/b` answered by `a/b.html` without a redirect, and each
 * locale's own 404 page with status 404.
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

const app = express();
app.disable('x-powered-by');
app.use(compression());
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
