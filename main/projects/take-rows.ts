// Takes as rows: how a finished take is stored, and read back as the editor sees it (without its
// plan and trace, which only generation needs).
import { z } from 'zod';
import { takeCameoSchema } from '../contract/cameo-use';
import type { Take } from '../contract/model';
import { takeChangeSchema, type TakeChange } from '../contract/remix';
import { understandingSchema } from '../contract/understanding';
import type { Db } from '../db/types';
import { dialogueLineSchema, type ScenePlan } from '../contract/scene-plan';
import type { WorldTrace } from '../contract/world-trace';

export interface NewTake {
  id: string;
  prompt: string;
  seed: number;
  parentTakeId: string | null;
  plan: ScenePlan;
  trace: WorldTrace;
  videoPath: string;
  filmstripPath: string;
  filmstripFrames: number;
  peaksPath: string;
  // How it came from its parent; by default an original (no parent) or a regeneration.
  change?: TakeChange;
  // Its dialogue stem (relative paths), when its lines were rendered apart from the world's sound.
  speech?: { path: string; peaksPath: string } | null;
}

export interface TakeRow {
  id: string;
  prompt: string;
  seed: number;
  parent_take_id: string | null;
  duration_sec: number;
  width: number;
  height: number;
  fps: number;
  video_path: string;
  filmstrip_path: string;
  filmstrip_frames: number;
  peaks_path: string;
  outcome: string;
  created_at: string;
  // The plan's understanding only (SQLite's json_extract), never the whole plan or trace.
  understanding_json?: string | null;
  // The cameos the plan used, the same way.
  cameos_json?: string | null;
  // The plan's spoken lines, the same way.
  dialogue_json?: string | null;
  change_json: string | null;
  speech_path: string | null;
  speech_peaks_path: string | null;
}

export const TAKE_COLUMNS =
  "id, prompt, seed, parent_take_id, duration_sec, width, height, fps, video_path, filmstrip_path, filmstrip_frames, peaks_path, outcome, created_at, change_json, speech_path, speech_peaks_path, json_extract(plan_json, '$.understanding') AS understanding_json, json_extract(plan_json, '$.cameos') AS cameos_json, json_extract(plan_json, '$.dialogue') AS dialogue_json";

export function toTake(row: TakeRow): Take {
  return {
    id: row.id,
    prompt: row.prompt,
    seed: row.seed,
    parentTakeId: row.parent_take_id,
    durationSec: row.duration_sec,
    width: row.width,
    height: row.height,
    fps: row.fps,
    videoPath: row.video_path,
    filmstripPath: row.filmstrip_path,
    filmstripFrames: row.filmstrip_frames,
    peaksPath: row.peaks_path,
    outcome: row.outcome,
    createdAt: row.created_at,
    change: changeOf(row),
    ...understandingOf(row.understanding_json),
    ...cameosOf(row.cameos_json),
    ...(row.speech_path && row.speech_peaks_path ? { speech: { path: row.speech_path, peaksPath: row.speech_peaks_path, ...linesOf(row.dialogue_json) } } : {}),
  };
}

// Who the take's cameos were (id and name), from its plan.
function cameosOf(json: string | null | undefined): Pick<Take, 'cameos'> {
  if (!json) return {};
  try {
    // The schema keeps id and name and drops the rest of each record.
    const parsed = z.array(takeCameoSchema).safeParse(JSON.parse(json));
    return parsed.success && parsed.data.length > 0 ? { cameos: parsed.data } : {};
  } catch {
    return {};
  }
}

// Who says what in the take (speaker and words only); none when the plan's lines do not read.
function linesOf(json: string | null | undefined): { lines?: { speaker: string; text: string }[] } {
  if (!json) return {};
  try {
    const parsed = z.array(dialogueLineSchema.pick({ speaker: true, text: true })).safeParse(JSON.parse(json));
    return parsed.success && parsed.data.length > 0 ? { lines: parsed.data } : {};
  } catch {
    return {};
  }
}

// The understanding stored in a take's plan; a plan from before it was recorded, or one that does
// not read, simply has none.
function understandingOf(json: string | null | undefined): Pick<Take, 'understanding'> {
  if (!json) return {};
  try {
    const parsed = understandingSchema.safeParse(JSON.parse(json));
    return parsed.success ? { understanding: parsed.data } : {};
  } catch {
    return {};
  }
}

// A row whose change does not read (a hand-edited file) is shown as what its parent link says.
function changeOf(row: TakeRow): TakeChange {
  try {
    const parsed = takeChangeSchema.safeParse(JSON.parse(row.change_json ?? 'null'));
    if (parsed.success) return parsed.data;
  } catch {
    // Falls through.
  }
  return defaultChange(row.parent_take_id);
}

export function defaultChange(parentTakeId: string | null): TakeChange {
  return parentTakeId ? { kind: 'regenerate', summary: 'Regenerated' } : { kind: 'original', summary: 'Generated from the prompt' };
}

export function insertTake(db: Db, take: NewTake): void {
  const { plan } = take;
  db.prepare(
    `INSERT INTO takes (id, prompt, seed, parent_take_id, plan_json, trace_json, duration_sec, width, height, fps,
       video_path, filmstrip_path, filmstrip_frames, peaks_path, outcome, created_at, change_json, speech_path, speech_peaks_path)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    take.id, take.prompt, take.seed, take.parentTakeId, JSON.stringify(plan), JSON.stringify(take.trace),
    plan.format.durationSec, plan.format.width, plan.format.height, plan.format.fps,
    take.videoPath, take.filmstripPath, take.filmstripFrames, take.peaksPath, take.trace.outcome.summary, new Date().toISOString(),
    JSON.stringify(take.change ?? defaultChange(take.parentTakeId)),
    take.speech?.path ?? null, take.speech?.peaksPath ?? null,
  );
}
