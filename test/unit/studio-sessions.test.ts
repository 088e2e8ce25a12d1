// The Studio's bookkeeping around projects and jobs, with a stand-in generator whose timing the test
// controls: one project reached by two paths is one session; the queue has a bound; a stopped job's
// partial files go even when the generator left them behind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Studio, MAX_WAITING_JOBS, type GenerateFn } from '../../main/app/studio';
import { abortError } from '../../main/contract/abort';
import { makeTempDir } from '../helpers/temp-dir';

const PROMPT = 'a red rubber ball drops onto the floor, 1 second';

// A generator that writes a partial file into its take folder and then waits until it is cancelled,
// failing with the cancellation *without* cleaning up, like a worker terminated mid-encode.
const stubbornGenerator: GenerateFn = (input, { signal }) =>
  new Promise((_resolve, reject) => {
    const dir = path.join(input.projectDir, input.takeDir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'audio.wav'), 'partial');
    writeFileSync(path.join(dir, 'clip.mp4'), 'partial');
    signal?.addEventListener('abort', () => reject(abortError()), { once: true });
  });

describe('Studio sessions and jobs', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let studio: Studio;
  beforeEach(() => {
    temp = makeTempDir();
    studio = new Studio({ version: 'test', homeDir: path.join(temp.dir, 'home'), projectsDir: path.join(temp.dir, 'projects'), generate: stubbornGenerator });
  });
  afterEach(async () => {
    await studio.close();
    temp.cleanup();
  });

  it('opens a project reached through a symlink as the same session, leaving its running job alone', async () => {
    const { project } = await studio.createProject('Linked');
    const jobId = await studio.startGeneration(project.id, { prompt: PROMPT });
    await new Promise((r) => setTimeout(r, 50));
    const link = path.join(temp.dir, 'elsewhere');
    symlinkSync(project.path, link);

    const again = await studio.openProject(link);
    const viaDots = await studio.openProject(path.join(link, '..', 'elsewhere', '.'));
    expect(again.project.id).toBe(project.id);
    expect(viaDots.project.id).toBe(project.id);
    expect(again.jobs.find((j) => j.id === jobId)?.status).toBe('running');
    expect(readdirSync(path.join(project.path, 'media'))).toHaveLength(1);
    const info = await studio.info();
    expect(info.recentProjects.filter((p) => p.id === project.id)).toHaveLength(1);
  });

  it('refuses more than the queue bound of waiting generations, saying why', async () => {
    const { project } = await studio.createProject('Queue');
    // One runs; the rest wait.
    for (let i = 0; i <= MAX_WAITING_JOBS; i++) await studio.startGeneration(project.id, { prompt: PROMPT });
    await expect(studio.startGeneration(project.id, { prompt: PROMPT })).rejects.toThrow(
      expect.objectContaining({ code: 'busy', message: expect.stringMatching(/already waiting/) }),
    );
  });

  it('removes a cancelled job’s partial files even when the generator left them', async () => {
    const { project } = await studio.createProject('Cancel');
    const jobId = await studio.startGeneration(project.id, { prompt: PROMPT });
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(path.join(project.path, 'media'))).toHaveLength(1);
    studio.cancelJob(project.id, jobId);
    await studio.whenIdle();
    expect(studio.state(project.id).jobs.find((j) => j.id === jobId)?.status).toBe('cancelled');
    expect(readdirSync(path.join(project.path, 'media'))).toEqual([]);
  });

  it('skips recent entries with an invalid id or a missing folder', async () => {
    const { project } = await studio.createProject('Listed');
    await studio.close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path.join(temp.dir, 'home', 'kinora-app.db'));
    db.prepare('INSERT INTO recent_projects (path, id, name, opened_at) VALUES (?, ?, ?, ?)').run('/nowhere', 'fine-id', 'Gone', new Date().toISOString());
    db.prepare('INSERT INTO recent_projects (path, id, name, opened_at) VALUES (?, ?, ?, ?)').run(project.path + '-x', '../../x y', 'Bad', new Date().toISOString());
    mkdirSync(project.path + '-x');
    db.close();
    studio = new Studio({ version: 'test', homeDir: path.join(temp.dir, 'home'), projectsDir: path.join(temp.dir, 'projects'), generate: stubbornGenerator });
    const info = await studio.info();
    expect(info.recentProjects.map((p) => p.name)).toEqual(['Listed']);
    expect(existsSync(project.path)).toBe(true);
  });
});
