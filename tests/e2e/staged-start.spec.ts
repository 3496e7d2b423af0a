/**
 * The page's start-up runs in several tasks (src/plugins/staged-start): the
 * browser gets a turn between each step (a tap, a paint, another script),
 * where Docusaurus' client entry did all of it in the task that ran main.js.
 *
 * A message loop started before the page's own scripts stands for what else
 * the browser has to do: each beat is a task queued behind whatever the page
 * is running. A beat between two steps' marks means the page let go of the
 * main thread there. English and Turkish articles, desktop and phone; the
 * page hydrates after the last step.
 */
import {test, expect} from '@playwright/test';
import {PHONE, SEED_PATH, pageUrl} from './site';

const STEPS = ['react-dom', 'route-table', 'app', 'route', 'client-entry'];

/**
 * Beats until the page has hydrated (Docusaurus sets `data-has-hydrated` to
 * true), at most 30 s; the first beats come before the document has an element.
 */
const HEARTBEAT = `(() => {
  const beats = [];
  window.__startupBeats = beats;
  const channel = new MessageChannel();
  const until = performance.now() + 30000;
  channel.port1.onmessage = () => {
    // How many steps had started when this beat ran (timestamps are too coarse to order them).
    beats.push(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('site-start:')).length);
    if (document.documentElement?.getAttribute('data-has-hydrated') !== 'true' && performance.now() < until)
      channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
})();`;

const CASES = [
  {name: 'English article, desktop', url: pageUrl('en', 'current', SEED_PATH), screen: undefined},
  {name: 'Turkish article, phone', url: pageUrl('tr', 'current', SEED_PATH), screen: PHONE},
];

for (const {name, url, screen} of CASES) {
  test(`${name}: the start-up lets the browser in between its steps`, async ({page}) => {
    if (screen) await page.setViewportSize(screen);
    await page.addInitScript(HEARTBEAT);
    await page.goto(url);
    await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
    const {marks, beats} = await page.evaluate(() => ({
      marks: performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('site-start:'))
        .map((m) => m.name.slice('site-start:'.length)),
      beats: (window as unknown as {__startupBeats: number[]}).__startupBeats,
    }));
    expect(marks, 'the start-up steps, in order').toEqual(STEPS);
    for (const [i, step] of STEPS.slice(0, -1).entries())
      expect(
        beats.filter((started) => started === i + 1).length,
        `tasks the browser ran after step ${step}, before the next`,
      ).toBeGreaterThan(0);
  });
}
