// Ten SIGKILLs of the host at random moments of generating and editing (more with
// `npm run soak:crash -- --cycles 200`): see test/helpers/crash-cycles.ts for what each one checks.
import { afterAll, describe, expect, it } from 'vitest';
import { runCrashCycles } from '../helpers/crash-cycles';
import { makeTempDir } from '../helpers/temp-dir';

describe('crash durability', () => {
  const temp = makeTempDir('kinora-crash-');
  afterAll(() => temp.cleanup());

  it('keeps every acknowledged edit and a sound project through 10 SIGKILLs', async () => {
    const reports = await runCrashCycles({ dir: temp.dir, cycles: 10 });
    expect(reports).toHaveLength(10);
    // The edits really happened: the revision moved on over the run.
    expect(reports.at(-1)!.acknowledgedRevision).toBeGreaterThan(reports[0]!.acknowledgedRevision);
  }, 300_000);
});
