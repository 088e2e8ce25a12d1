// Export: an ExportPlan in, a finished, signed MP4 and its provenance sidecar out. After the plan is
// checked, the sound and the picture are made side by side (they share nothing, and the sound work is
// mostly single-threaded, so on two cores this saves time), then muxed, hashed and signed. One
// progress bar spans it all; cancelling, or either half failing, stops every ffmpeg that runs. Nothing appears under the chosen name until the
// film is complete: it is written to a hidden partial file beside the target and renamed at the end,
// and a cancelled or failed export removes everything it wrote.
import { mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../contract/errors';
import { abortError, isAbortError, throwIfAborted } from '../../contract/abort';
import { requireFfmpeg } from '../ffmpeg-path';
import { checkPlan } from './check-plan';
import { encodePicture } from './encode-picture';
import type { ExportPlan } from './export-plan';
import { createProgressClock } from './progress-clock';
import { buildManifest, canonicalJson, hashFile, MANIFEST_TAG, sidecarPathFor, signSidecar } from './provenance';
import { muxFilm } from './mux-film';
import { renderSound, type SoundResult } from './render-sound';
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

// Share of the bar each half owns, by what each costs (measured with npm run bench:export); the
// mux and the signature take the last sliver.
const SOUND_SHARE = 0.25;
const PICTURE_SHARE = 0.72;

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

// A failure the user sees says that the export failed and why, in one sentence.
function explained(error: unknown): unknown {
  if (error instanceof ApiError || isAbortError(error) || !(error instanceof Error)) return error;
  const reason = error.message.replace(/\.$/, '');
  return new ApiError('internal', `The film could not be exported: ${reason}. Nothing was saved under its name.`);
}

interface Stage {
  ffmpegPath: string;
  plan: ExportPlan;
  workDir: string;
  signal: AbortSignal | undefined;
}

// Runs the sound and the picture together. If one fails the other is stopped, and both have ended
// before this returns (so nothing still writes into the work folder while it is removed).
async function renderHalves(stage: Stage, report: (sound: number, picture: number) => void): Promise<{ sound: SoundResult; picturePath: string }> {
  const both = new AbortController();
  const stopBoth = (): void => both.abort();
  if (stage.signal?.aborted) both.abort();
  stage.signal?.addEventListener('abort', stopBoth, { once: true });
  const done = { sound: 0, picture: 0 };
  const stopOnFailure = <T>(work: Promise<T>): Promise<T> => work.catch((error: unknown) => { both.abort(); throw error; });
  const picturePath = path.join(stage.workDir, 'picture.mp4');
  const base = { ffmpegPath: stage.ffmpegPath, plan: stage.plan, workDir: stage.workDir, signal: both.signal };
  const [sound, picture] = await Promise.allSettled([
    stopOnFailure(renderSound({ ...base, onProgress: (f) => report((done.sound = f), done.picture) })),
    stopOnFailure(encodePicture({ ...base, outPath: picturePath, onProgress: (f) => report(done.sound, (done.picture = f)) })),
  ]);
  stage.signal?.removeEventListener('abort', stopBoth);
  if (stage.signal?.aborted) throw abortError();
  // The half that failed first explains the failure; the other was only stopped because of it.
  const failures = [sound, picture].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length) throw failures.find((e) => !isAbortError(e)) ?? failures[0];
  return { sound: (sound as PromiseFulfilledResult<SoundResult>).value, picturePath };
}

export async function exportTimeline(input: ExportPlan, options: ExportOptions): Promise<ExportResult> {
  const { signal, signingKey } = options;
  const plan = await checkPlan(input);
  const ffmpegPath = options.ffmpegPath ?? requireFfmpeg();
  const clock = createProgressClock(options.onProgress);
  const sidecarPath = sidecarPathFor(plan.outputPath);
  await Promise.all([clearLeftovers(plan.outputPath), clearLeftovers(sidecarPath)]);
  const partialFilm = partialPathFor(plan.outputPath, '.mp4');
  const partialSidecar = partialPathFor(sidecarPath, '.json');
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'kinora-export-'));
  try {
    const { sound, picturePath } = await renderHalves({ ffmpegPath, plan, workDir, signal }, (s, p) =>
      clock.report(s * SOUND_SHARE + p * PICTURE_SHARE),
    );
    const manifest = buildManifest(plan, signingKey, (options.now ?? (() => new Date()))());
    await muxFilm({
      ffmpegPath, picturePath, soundPath: sound.audioPath, outPath: partialFilm, workDir, ...(signal ? { signal } : {}),
      metadata: { title: plan.title, comment: `Made with Kinora. Signed provenance: ${path.basename(sidecarPath)}`, [MANIFEST_TAG]: canonicalJson(manifest) },
    });
    const hashed = await hashFile(partialFilm);
    const sidecar = signSidecar(manifest, { fileName: path.basename(plan.outputPath), ...hashed }, signingKey);
    await writeFile(partialSidecar, `${JSON.stringify(sidecar, null, 2)}\n`);
    throwIfAborted(signal);
    await rename(partialFilm, plan.outputPath);
    await rename(partialSidecar, sidecarPath);
    clock.finish();
    return { outputPath: plan.outputPath, sidecarPath, integratedLufs: sound.integratedLufs, truePeakDb: sound.truePeakDb };
  } catch (error) {
    throw explained(error);
  } finally {
    await Promise.all([rm(workDir, { recursive: true, force: true }), rm(partialFilm, { force: true }), rm(partialSidecar, { force: true })]);
  }
}
