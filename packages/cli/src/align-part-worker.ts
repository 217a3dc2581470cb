/**
 * A worker thread that aligns parts of a long pair (align-threads.ts sends them).
 * It reports the time each stage took on its own clock, for `pnpm bench align --scale`.
 */
import { parentPort } from 'node:worker_threads';
import { alignPart, type PartTask } from './align-part.js';

parentPort?.on('message', (task: PartTask) => {
  void alignPart(task).then((result) => parentPort!.postMessage(result));
});
