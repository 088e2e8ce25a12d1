// A Studio over a temporary home whose generations run the real pipeline in a worker at a small
// picture size (every take of its projects is made at 192x108, which keeps API-level tests quick).
import path from 'node:path';
import { Studio } from '../../main/app/studio';
import { runGenerationInWorker } from '../../main/engine/generate/run-in-worker';

export const SMALL_FRAME = { width: 192, height: 108 };

// Made again over the same `dir`, it reopens what the last one left (a restart of the app).
export const makeSmallStudio = (dir: string): Studio =>
  new Studio({
    version: 'test',
    homeDir: path.join(dir, 'home'),
    projectsDir: path.join(dir, 'projects'),
    generate: (input, options) => runGenerationInWorker({ ...input, plan: { ...input.plan, format: { ...input.plan.format, ...SMALL_FRAME } } }, options),
  });
