// `npm run soak:crash -- --cycles N`: kills the browser host with SIGKILL N times (default 100) at
// random moments of generating and editing, checking the project after each (see
// test/helpers/crash-cycles.ts), and prints one line per cycle.
import { parseArgs } from 'node:util';
import { runCrashCycles } from '../test/helpers/crash-cycles';
import { makeTempDir } from '../test/helpers/temp-dir';

const { values } = parseArgs({ options: { cycles: { type: 'string', default: '100' }, seed: { type: 'string', default: '7' } } });
const temp = makeTempDir('kinora-soak-');
try {
  const reports = await runCrashCycles({
    dir: temp.dir,
    cycles: Number(values.cycles),
    seed: Number(values.seed),
    log: (r) => console.info(`cycle ${r.cycle}: killed after ${r.killedAfterMs} ms; acknowledged revision ${r.acknowledgedRevision} (reopened at ${r.reopenedRevision}); ${r.clips} clips, ${r.takes} takes; integrity ok`),
  });
  console.info(`${reports.length} SIGKILLs: no acknowledged edit lost, no damaged file, no orphan media.`);
} finally {
  temp.cleanup();
}
