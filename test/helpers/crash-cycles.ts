// Crash durability, the way a user's machine crashes: the host process is killed with SIGKILL at a
// random moment while it generates and edits, then started again. After every kill the project file
// must pass SQLite's integrity check, keep every edit the host acknowledged, hold no media folder
// that no take owns, keep the files of every take, and show the job it was running as interrupted.
// Used by a bounded vitest (CI) and by scripts/crash-durability.ts (as many cycles as you like).
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { projectStateSchema, type ProjectState } from '../../main/contract/model';
import { mulberry32 } from '../../main/engine/seeded-random';
import { startSourceHost } from './source-host';
import { connect, type WsSession } from './ws-call';

const PROMPT = 'a red rubber ball drops onto the floor, 1 second';

export interface CrashReport {
  cycle: number;
  killedAfterMs: number;
  acknowledgedRevision: number;
  reopenedRevision: number;
  clips: number;
  takes: number;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`Crash durability broken: ${message}`);
}

function verifyFileIntegrity(projectDir: string): void {
  const db = new Database(path.join(projectDir, 'project.kinora'), { readonly: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    check(result === 'ok', `integrity_check said ${String(result)}`);
  } finally {
    db.close();
  }
}

function verifyReopened(state: ProjectState, acknowledged: ProjectState | null): void {
  if (acknowledged) {
    check(state.revision >= acknowledged.revision, `revision ${state.revision} is behind the acknowledged ${acknowledged.revision}`);
    if (state.revision === acknowledged.revision) {
      check(JSON.stringify(state.timeline.clips) === JSON.stringify(acknowledged.timeline.clips), 'the timeline differs from the last acknowledged edit');
    }
  }
  check(!state.jobs.some((j) => j.status === 'queued' || j.status === 'running'), 'a job from before the crash still claims to run');
  const media = path.join(state.project.path, 'media');
  const known = new Set(state.takes.map((t) => t.id));
  for (const entry of readdirSync(media)) check(known.has(entry), `media/${entry} belongs to no take`);
  for (const take of state.takes) {
    for (const file of [take.videoPath, take.filmstripPath, take.peaksPath]) check(existsSync(path.join(state.project.path, file)), `take ${take.id} lost ${file}`);
  }
}

// Edits as fast as the host answers, remembering the newest state it acknowledged, until stopped.
async function editUntilKilled(api: WsSession, state: ProjectState, random: () => number, stop: { killed: boolean }, onAck: (s: ProjectState) => void): Promise<void> {
  const projectId = state.project.id;
  let clips = state.timeline.clips;
  while (!stop.killed && clips.length > 0) {
    const clip = clips[Math.floor(random() * clips.length)]!;
    const roll = random();
    // Undo never takes the last clip away, so every cycle has something to edit.
    const [method, input] =
      roll < 0.5 || (roll < 0.75 && clips.length < 2)
        ? roll < 0.25
          ? ['clips.move', { projectId, clipIds: [clip.id], deltaSec: Math.round((random() * 2 - 0.5) * 24) / 24 }]
          : ['markers.add', { projectId, timeSec: Math.round(random() * 48) / 24 }]
        : roll < 0.75
          ? ['history.undo', { projectId }]
          : ['history.redo', { projectId }];
    const reply = await api.call(method, input).catch(() => null);
    if (!reply?.ok) continue;
    const next = projectStateSchema.parse(reply.output);
    clips = next.timeline.clips;
    onAck(next);
  }
}

export async function runCrashCycles(options: { dir: string; cycles: number; seed?: number; log?: (report: CrashReport) => void }): Promise<CrashReport[]> {
  const rng = mulberry32(options.seed ?? 7);
  const random = (): number => rng.next();
  const reports: CrashReport[] = [];
  let projectPath: string | null = null;
  let acknowledged: ProjectState | null = null;
  for (let cycle = 1; cycle <= options.cycles; cycle++) {
    const host = await startSourceHost(options.dir);
    const api = await connect(`ws://127.0.0.1:${host.port}/api?token=${host.token}`);
    const opened = projectPath
      ? await api.call('projects.open', { path: projectPath })
      : await api.call('projects.create', { name: 'Crash test' });
    check(opened.ok, `the project did not open: ${opened.error?.message}`);
    let state = projectStateSchema.parse(opened.output);
    projectPath = state.project.path;
    verifyReopened(state, acknowledged);
    const reopenedRevision = state.revision;

    // The first cycle waits for one take so later cycles have clips to edit; later cycles are killed
    // whenever the dice say, often in the middle of a generation.
    if (state.timeline.clips.length === 0) {
      await api.call('generate.start', { projectId: state.project.id, prompt: PROMPT, seed: cycle });
      for (let i = 0; i < 600 && state.timeline.clips.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
        state = projectStateSchema.parse((await api.call('projects.state', { projectId: state.project.id })).output);
      }
    } else if (random() < 0.6) {
      await api.call('generate.start', { projectId: state.project.id, prompt: PROMPT, seed: cycle });
    }
    acknowledged = state;
    const killAfterMs = Math.round(100 + random() * 2400);
    const stop = { killed: false };
    const editing = editUntilKilled(api, state, random, stop, (s) => {
      if (!stop.killed && (!acknowledged || s.revision >= acknowledged.revision)) acknowledged = s;
    });
    await new Promise((r) => setTimeout(r, killAfterMs));
    stop.killed = true;
    await host.stop('SIGKILL');
    api.close();
    await editing;
    verifyFileIntegrity(projectPath);
    const report = { cycle, killedAfterMs: killAfterMs, acknowledgedRevision: acknowledged.revision, reopenedRevision, clips: acknowledged.timeline.clips.length, takes: acknowledged.takes.length };
    reports.push(report);
    options.log?.(report);
  }
  return reports;
}
