/**
 * Worker thread: draws one link-preview card (./card.ts) off the build's
 * main thread.
 *
 * In:  workerData, the card's texts (CardText).
 * Out: one message, `{png: Uint8Array, ms: number}` (the PNG and the time the
 *      drawing took), or the error the drawing threw.
 * Why: the plugin starts the card while the site loads, when the second core
 *      has little to do; drawn in postBuild it ran on the main thread beside
 *      critical-css and the search index (0.4-10 s at 400 articles). The
 *      card's module is TypeScript, loaded with jiti as Docusaurus loads the
 *      plugin itself.
 */
import {parentPort, workerData} from 'node:worker_threads';
import createJiti from 'jiti';

const started = performance.now();
const load = createJiti(import.meta.url, {interopDefault: true});
const {renderCard} = load('./card.ts');
const png = await renderCard(workerData);
parentPort?.postMessage({png, ms: performance.now() - started});
