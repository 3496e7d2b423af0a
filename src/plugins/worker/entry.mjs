/**
 * Worker thread: calls one exported function of a build module and sends
 * back what it returns (./index.ts starts it).
 *
 * In:  workerData `{file, name, args}`: the module's path (TypeScript or
 *      JavaScript), the export's name, its arguments (structured-cloneable).
 * Out: one message, `{value}`: the function's result, awaited; an error the
 *      function throws ends the worker with it.
 * Why jiti: the plugins are TypeScript, which Docusaurus loads with jiti;
 *      the worker loads them the same way, so the code that runs in it is the
 *      code that runs on the main thread.
 */
import {parentPort, workerData} from 'node:worker_threads';
import createJiti from 'jiti';

const {file, name, args} = workerData;
const load = createJiti(file, {interopDefault: true});
const value = await load(file)[name](...args);
parentPort?.postMessage({value});
