// Export: an ExportPlan in, a finished, signed MP4 and its provenance sidecar out. The stages run in
// order (check the plan, finish the sound, encode the film, sign), with one progress bar across them,
// and cancelling stops whichever ffmpeg is running. Nothing appears under the chosen name until the
// film is complete: it is written to a hidden partial file beside the target and renamed at the end,
// and a cancelled or failed export removes everything it wrote.
import { mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { throwIfAborted } from '../../engine/abort';
import { requireFfmpeg } from '../ffmpeg-path';
import { checkPlan } from './check-plan';
import { encodeFilm } from './encode-film';
import type { ExportPlan } from './export-plan';
import { createProgressClock } from './progress-clock';
import { buildManifest, canonicalJson, hashFile, MANIFEST_TAG, sidecarPathFor, signSidecar } from './provenance';
import { renderSound } from './render-sound';
import type { SigningKey } from './signing-key';

export interface ExportOptions {
  signingKey: SigningKey;
  signal?: AbortSignal;
  onProgress?: (fraction: number, etaSec: number | null) => void;
  ffmpegPath?: string;
  now?: () => Date;
}

export interface ExportResult {
  outputPath: string;
  sidecarPath: string;
  integratedLufs: number;
  truePeakDb: number;
}

// Share of the bar each stage owns (the sound is a small, audio-only job; the picture is the work).
const SOUND_SHARE = 0.08;
const FILM_SHARE = 0.9;

const PARTIAL_MARK = '.kinora-partial-';

// `.film.mp4.kinora-partial-<random>`: hidden, beside the target (so the final rename stays on one
// disk), and recognisable so a crashed export's leftovers can be cleared on the next try.
function partialPathFor(target: string, suffix: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}${PARTIAL_MARK}${randomBytes(6).toString('hex')}${suffix}`);
}

async function clearLeftovers(target: string): Promise<void> {
  const prefix = `.${path.basename(target)}${PARTIAL_MARK}`;
  const folder = path.dirname(target);
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (name.startsWith(prefix)) await rm(path.join(folder, name), { force: true });
  }
}

export async function exportTimeline(input: ExportPlan, options: ExportOptions): Promise<ExportResult> {
  const { signal, signingKey } = options;
  const plan = await checkPlan(input);
  const ffmpegPath = options.ffmpegPath ?? requireFfmpeg();
  const clock = createProgressClock(options.onProgress);
  await clearLeftovers(plan.outputPath);
  const sidecarPath = sidecarPathFor(plan.outputPath);
  const partialFilm = partialPathFor(plan.outputPath, '.mp4');
  const partialSidecar = partialPathFor(sidecarPath, '.json');
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'kinora-export-'));
  try {
    const sound = await renderSound({
      ffmpegPath, plan, workDir, ...(signal ? { signal } : {}),
      onProgress: (f) => clock.report(f * SOUND_SHARE),
    });
    const manifest = buildManifest(plan, signingKey, (options.now ?? (() => new Date()))());
    await encodeFilm({
      ffmpegPath, plan, workDir, soundPath: sound.audioPath, outPath: partialFilm, ...(signal ? { signal } : {}),
      metadata: { title: plan.title, comment: `Made with Kinora. Signed provenance: ${path.basename(sidecarPath)}`, [MANIFEST_TAG]: canonicalJson(manifest) },
      onProgress: (f) => clock.report(SOUND_SHARE + f * FILM_SHARE),
    });
    throwIfAborted(signal);
    const hashed = await hashFile(partialFilm);
    const sidecar = signSidecar(manifest, { fileName: path.basename(plan.outputPath), ...hashed }, signingKey);
    await writeFile(partialSidecar, `${JSON.stringify(sidecar, null, 2)}\n`);
    throwIfAborted(signal);
    await rename(partialFilm, plan.outputPath);
    await rename(partialSidecar, sidecarPath);
    clock.finish();
    return { outputPath: plan.outputPath, sidecarPath, integratedLufs: sound.integratedLufs, truePeakDb: sound.truePeakDb };
  } finally {
    await Promise.all([rm(workDir, { recursive: true, force: true }), rm(partialFilm, { force: true }), rm(partialSidecar, { force: true })]);
  }
}
