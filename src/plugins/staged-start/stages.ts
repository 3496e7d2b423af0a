/**
 * Runs a page's start-up as a chain of steps, each in a task of its own.
 *
 * In:  named steps (a step may return a promise, which is awaited), and the
 *      last step.
 * Out: each step starts in a new task, the first one included (the task
 *      that called this ends at once), after the browser has had the chance
 *      to run what was waiting (input, a paint, other scripts' tasks). Each
 *      step's start is a User Timing mark `site-start:<name>`, seen in the
 *      browser's performance panel and by the end-to-end test.
 *
 * A step before the last one only prepares what the last one would do
 * anyway (evaluates modules, starts loading the route's code): if it fails,
 * the chain goes on, and the last step does that work itself, reporting its
 * failure as it always did. The last step's failure is the chain's.
 */

export type Step = readonly [name: string, run: () => unknown];

export const MARK_PREFIX = 'site-start:';

/**
 * A new task: a message posted to a channel of our own. Not setTimeout (its
 * minimum delay grows once calls nest), and the continuation still waits
 * behind what the browser queued before it.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(`${MARK_PREFIX}${name}`);
}

export async function runInTasks(
  steps: readonly Step[],
  last: Step,
  yieldTask: () => Promise<void> = nextTask,
): Promise<void> {
  for (const [name, run] of steps) {
    await yieldTask();
    mark(name);
    try {
      await run();
    } catch {
      // Left to the last step, which repeats this work and reports its own failure.
    }
  }
  await yieldTask();
  mark(last[0]);
  await last[1]();
}
