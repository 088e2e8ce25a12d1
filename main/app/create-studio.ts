// The one place a production Studio is assembled: generation runs in a worker thread.
import { runGenerationInWorker, startSpareGeneration } from '../engine/generate/run-in-worker';
import { appVersion, defaultHomeDir, defaultProjectsDir } from './app-paths';
import { Studio } from './studio';

export function createStudio(overrides: { homeDir?: string; projectsDir?: string } = {}): Studio {
  // A generation worker is made ready while the user writes the first prompt (run-in-worker.ts).
  void startSpareGeneration();
  return new Studio({
    version: appVersion(),
    homeDir: overrides.homeDir ?? defaultHomeDir(),
    projectsDir: overrides.projectsDir ?? defaultProjectsDir(),
    generate: runGenerationInWorker,
  });
}
