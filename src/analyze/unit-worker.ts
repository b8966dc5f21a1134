import { parentPort, workerData } from 'node:worker_threads';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { loadProject, openProject } from '../load/load-project.js';
import { TrackingVfs } from '../util/tracking-vfs.js';
import { UnitRunner } from './analyze.js';
import { takeNext, type WorkerCommand, type WorkerMessage, type WorkerRequest } from './parallel.js';

/**
 * A worker thread of `analyze()` (parallel.ts): opens and loads the project
 * and runs the App's launch while the main thread does the same, then waits
 * for the units to share out; takes units from the shared counter and sends
 * each result back until none is left. The project's own diagnostics (loader,
 * launch) are the main thread's to report; only the units' are sent.
 */
const command = new Promise<WorkerCommand>((resolve) => parentPort!.once('message', resolve));

async function work(req: WorkerRequest): Promise<void> {
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  const diags = new DiagnosticBag();
  const opened = openProject(req.dir, diags);
  const tracker = opened && req.track ? new TrackingVfs(opened.projectVfs) : null;
  const project = opened ? await loadProject(tracker ?? opened.projectVfs, diags) : null;
  const runner = project ? new UnitRunner(project, diags, req.stepBudget, tracker, new Map()) : null;
  const cmd = await command;
  if (cmd.type === 'units' && runner) {
    const next = new Int32Array(req.next);
    for (let i = takeNext(next); i < cmd.keys.length; i = takeNext(next)) post({ type: 'unit', key: cmd.keys[i]!, unit: runner.run(cmd.keys[i]!) });
  }
  post({ type: 'done', stamps: tracker ? [...tracker.stamps] : [] });
}

work(workerData as WorkerRequest).catch((e: unknown) => {
  parentPort!.postMessage({ type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerMessage);
});
