// Sharing a take as a .kinora-take file, through the API with the real pipeline: export a take from
// one project, import it into another as a new clip that keeps its motion, media and lineage and can
// be extended there; a damaged, foreign or newer-format file is refused with a sentence, adding nothing.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../main/contract/api';
import type { ProjectState } from '../../main/contract/model';
import { createApiRouter } from '../../main/app/api-router';
import { Studio } from '../../main/app/studio';
import { runGenerationInWorker } from '../../main/engine/generate/run-in-worker';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
const small = { width: 192, height: 108 };
const studio = new Studio({
  version: 'test',
  homeDir: path.join(temp.dir, 'home'),
  projectsDir: path.join(temp.dir, 'projects'),
  generate: (input, options) => runGenerationInWorker({ ...input, plan: { ...input.plan, format: { ...input.plan.format, ...small } } }, options),
});
const call = createApiRouter(studio);
async function api<T>(method: ApiMethod, input: unknown): Promise<T> {
  const reply = await call(method, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.output as T;
}
const hash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

// Puts bytes where the transport puts an upload, as the editor's upload would.
function upload(projectId: string, bytes: Buffer): string {
  const { uploadId, file } = studio.uploadTarget(projectId);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return uploadId;
}

let source: ProjectState;
let packagePath = '';
beforeAll(async () => {
  const created = await api<ProjectState>('projects.create', { name: 'Shared' });
  await api('generate.start', { projectId: created.project.id, prompt: 'a tennis ball drops onto a wooden table, 2 seconds', seed: 5 });
  await studio.whenIdle();
  source = studio.state(created.project.id);
  packagePath = (await api<{ path: string }>('takes.export', { projectId: source.project.id, takeId: source.takes[0]!.id, outputPath: path.join(temp.dir, 'out', 'drop') })).path;
}, 120_000);
afterAll(async () => {
  await studio.close();
  temp.cleanup();
});

describe('a take shared as a .kinora-take file', () => {
  it('imports into another project as a new clip with the same motion and media, its lineage, and can be extended there', async () => {
    expect(packagePath.endsWith('drop.kinora-take')).toBe(true);
    const other = await api<ProjectState>('projects.create', { name: 'Mine' });
    const projectId = other.project.id;
    const state = await api<ProjectState>('takes.import', { projectId, uploadId: upload(projectId, readFileSync(packagePath)), fileName: 'drop.kinora-take' });
    expect(state.timeline.clips).toHaveLength(1);
    const [mine, theirs] = [state.takes[0]!, source.takes[0]!];
    expect(mine.change.kind).toBe('import');
    expect(mine.change.summary).toContain('Shared');
    expect(mine.seed).toBe(theirs.seed);
    expect(hash(path.join(state.project.path, mine.videoPath))).toBe(hash(path.join(source.project.path, theirs.videoPath)));
    const read = (s: ProjectState, id: string) => studio.read(s.project.id, (store) => store.takeRecord(id));
    expect(JSON.stringify(read(state, mine.id).trace)).toBe(JSON.stringify(read(source, theirs.id).trace));
    // The imported take carries its physics states: it continues exactly, like a take made here.
    await api('clips.extend', { projectId, clipId: state.timeline.clips[0]!.id, bySec: 1 });
    await studio.whenIdle();
    const extended = studio.state(projectId);
    expect(extended.jobs.find((j) => j.status === 'failed')).toBeUndefined();
    expect(extended.takes.find((t) => t.parentTakeId === mine.id)?.durationSec).toBe(3);
    // Importing is one undoable edit.
    await api('history.undo', { projectId });
    await api('history.undo', { projectId });
    expect(studio.state(projectId).timeline.clips).toHaveLength(0);
  }, 120_000);

  it('refuses a damaged, foreign or newer file with a sentence and adds nothing', async () => {
    const good = readFileSync(packagePath);
    const damaged = Buffer.from(good);
    damaged[damaged.length - 100] = damaged[damaged.length - 100]! ^ 0xff;
    const newer = Buffer.from(good);
    newer.writeUInt32LE(99, 8);
    const projectId = source.project.id;
    const cases: [Buffer, RegExp][] = [
      [damaged, /does not match its checksum/],
      [good.subarray(0, good.length - 10), /cut short or damaged/],
      [Buffer.from('ftypisom not a take at all'), /not a Kinora take file/],
      [newer, /take format 99/],
    ];
    for (const [bytes, message] of cases) {
      const reply = await call('takes.import', { projectId, uploadId: upload(projectId, bytes), fileName: 'x.kinora-take' });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.message).toMatch(message);
    }
    expect(studio.state(projectId).takes).toHaveLength(1);
  });
});
