// Sharing a take between projects and people: export any take as one .kinora-take file (its plan,
// seed, trace, media, physics states, lineage and provenance), and import one as a new clip that can be
// remixed, regenerated in part or extended like a take made here. Import checks the whole file first
// (projects/take-package.ts), then that its video is one ffprobe can read; a refused file leaves
// nothing in the project.
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../contract/api';
import type { BlockedCameo } from '../contract/cameo';
import type { TakeChange } from '../contract/remix';
import { takeFile } from '../engine/generate/take-files';
import { findFfprobe } from '../media/ffmpeg-path';
import { probeMedia } from '../media/probe-media';
import { MEDIA_DIR, newId, type ProjectStore } from '../projects/project-store';
import { PACKAGED_FILES, REQUIRED_PACKAGED_FILES, TAKE_PACKAGE_EXT } from '../contract/take-package';
import { readTakePackage, writeTakePackage, type PackagedFile } from '../projects/take-package';
import { INCOMING_DIR } from './media-import';

const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

// The take's family from its original down to it.
function lineageOf(store: ProjectStore, takeId: string): TakeChange[] {
  const takes = new Map(store.state().takes.map((t) => [t.id, t]));
  const chain: TakeChange[] = [];
  for (let take = takes.get(takeId); take && chain.length < 256; take = take.parentTakeId ? takes.get(take.parentTakeId) : undefined) chain.unshift(take.change);
  return chain;
}

// A take holding a cameo that was revoked or deleted is not shared, as it is not exported in a film.
function refuseBlocked(cameos: readonly { id: string }[], blocked: readonly BlockedCameo[]): void {
  const hits = blocked.filter((b) => cameos.some((c) => c.id === b.id));
  if (hits.length === 0) return;
  const who = hits.map((b) => `@${b.name} (${b.deletedAt ? 'deleted' : 'revoked'})`).join(', ');
  throw new ApiError('cameo_unusable', `Kinora will not export this take: it shows ${who}, whose cameo may no longer be used. Regenerate it without that person, then export again.`);
}

export async function exportTake(store: ProjectStore, request: { takeId: string; outputPath: string }, appVersion: string, blocked: readonly BlockedCameo[]): Promise<string> {
  const { take, plan, trace } = store.takeRecord(request.takeId);
  refuseBlocked(plan.cameos ?? [], blocked);
  const takeDir = path.dirname(take.videoPath);
  const files: PackagedFile[] = [];
  for (const role of PACKAGED_FILES) {
    const file = path.join(store.dir, takeFile(takeDir, role));
    if (await exists(file)) files.push({ role, data: await readFile(file) });
    else if ((REQUIRED_PACKAGED_FILES as readonly string[]).includes(role)) throw new ApiError('not_found', 'This take’s files are missing from the project, so it cannot be exported.');
  }
  const outPath = request.outputPath.toLowerCase().endsWith(TAKE_PACKAGE_EXT) ? request.outputPath : request.outputPath + TAKE_PACKAGE_EXT;
  await mkdir(path.dirname(outPath), { recursive: true });
  const partial = `${outPath}.partial`;
  try {
    await writeTakePackage(partial, {
      take: { prompt: take.prompt, seed: take.seed, plan, trace, filmstripFrames: take.filmstripFrames },
      lineage: lineageOf(store, take.id),
      provenance: { app: 'Kinora', appVersion, exportedAt: new Date().toISOString(), project: store.summary().name.slice(0, 200) },
      cameo: { used: (plan.cameos?.length ?? 0) > 0 },
    }, files);
    await rename(partial, outPath);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return outPath;
}

export async function importTake(store: ProjectStore, request: { uploadId: string; fileName: string }, env: NodeJS.ProcessEnv): Promise<void> {
  const staged = path.join(store.dir, MEDIA_DIR, INCOMING_DIR, request.uploadId);
  const name = path.basename(request.fileName);
  const id = newId();
  const folder = path.join(MEDIA_DIR, id);
  try {
    const { header, files } = await readTakePackage(staged, name);
    const { plan, trace } = header.take;
    if (trace.fps !== plan.format.fps || trace.frameCount !== Math.round(plan.format.durationSec * plan.format.fps)) {
      throw new ApiError('invalid_input', `${name} cannot be imported: its motion and its plan do not agree.`);
    }
    await mkdir(path.join(store.dir, folder), { recursive: true });
    await Promise.all(files.map((f) => writeFile(path.join(store.dir, takeFile(folder, f.role)), f.data)));
    await checkVideo(path.join(store.dir, takeFile(folder, 'video')), name, env);
    const origin = header.lineage[header.lineage.length - 1]!;
    store.addTake({
      id, prompt: header.take.prompt, seed: header.take.seed, parentTakeId: null, plan, trace,
      videoPath: takeFile(folder, 'video'), filmstripPath: takeFile(folder, 'filmstrip'), filmstripFrames: header.take.filmstripFrames, peaksPath: takeFile(folder, 'peaks'),
      change: { kind: 'import', summary: `Imported from ${name.slice(0, 120)} (${header.provenance.project.slice(0, 80)}): ${origin.summary.slice(0, 200)}` },
    }, null);
  } catch (error) {
    await rm(path.join(store.dir, folder), { recursive: true, force: true });
    throw error;
  } finally {
    await rm(staged, { force: true });
  }
}

async function checkVideo(file: string, name: string, env: NodeJS.ProcessEnv): Promise<void> {
  const ffprobePath = findFfprobe(env);
  if (!ffprobePath) throw new ApiError('ffmpeg_missing', 'ffprobe was not found next to ffmpeg, so imported takes cannot be checked.');
  const probe = await probeMedia(ffprobePath, file).catch(() => null);
  if (!probe?.streams.some((s) => s.type === 'video')) throw new ApiError('invalid_input', `${name} cannot be imported: its video cannot be read.`);
}
