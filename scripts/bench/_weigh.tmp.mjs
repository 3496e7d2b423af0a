import {chromium} from '@playwright/test';
import {spawn} from 'node:child_process';
import {weighPage, kib} from '/work/wt-10/scripts/bench/page-weight.mjs';
const [dir, port, ...paths] = process.argv.slice(2);
const srv = spawn('node', ['/work/wt-10/scripts/serve.mjs', '--dir', dir, '--port', port], {stdio: 'inherit'});
await new Promise(r => setTimeout(r, 1500));
const b = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox']});
for (const p of paths) {
  const ctx = await b.newContext({viewport: {width: 1280, height: 720}}); const page = await ctx.newPage();
  const w = await weighPage(page, `http://127.0.0.1:${port}${p}`);
  console.log(p, 'html', kib(w.html.gz), 'js', kib(w.js.gz), 'run', kib(w.jsRun.gz), 'pref', kib(w.jsPrefetched.gz), 'css', kib(w.css.gz), 'req', w.requests);
  if (process.env.V) for (const f of w.files) console.log('   ', f.kind, f.path, f.bytes, f.gz);
  await ctx.close();
}
await b.close(); srv.kill();
