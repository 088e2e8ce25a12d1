// Checks an ExportPlan before any work starts, so a nonsensical plan is refused in a sentence instead
// of failing half-way through an encode. The schema is typed against ExportPlan, so the two cannot
// drift apart.
import { access, constants, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ApiError } from '../../contract/errors';
import type { ExportPlan } from './export-plan';

const seconds = z.number().finite().min(0);
const file = z.string().min(1).refine((f) => path.isAbsolute(f), 'must be an absolute path');

const provenancePartSchema = z.object({
  timelineStartSec: seconds,
  durationSec: seconds,
  kind: z.enum(['generated', 'imported']),
  takeId: z.string().optional(),
  prompt: z.string().optional(),
  seed: z.number().int().optional(),
  engineVersion: z.string().optional(),
  models: z.array(z.object({ name: z.string(), sha256: z.string() })).optional(),
  cameos: z.array(z.object({ id: z.string(), name: z.string(), consentAt: z.string() })).optional(),
  fileName: z.string().optional(),
  sha256: z.string().optional(),
});

const evenSize = z.number().int().min(16).max(8192).refine((n) => n % 2 === 0, 'must be even');

export const exportPlanSchema: z.ZodType<ExportPlan> = z.object({
  outputPath: file.refine((f) => path.extname(f).toLowerCase() === '.mp4', 'must end in .mp4'),
  title: z.string().max(500),
  durationSec: z.number().finite().positive().max(4 * 3600),
  width: evenSize,
  height: evenSize,
  fps: z.number().finite().min(1).max(120),
  video: z.array(
    z.object({ file, sourceInSec: seconds, durationSec: seconds, timelineStartSec: seconds, layer: z.number().int().min(0).max(64) }),
  ),
  audio: z.array(
    z.object({
      file,
      sourceInSec: seconds,
      durationSec: seconds,
      timelineStartSec: seconds,
      gain: z.number().finite().min(0).max(16),
      fadeInSec: seconds,
      fadeOutSec: seconds,
    }),
  ),
  watermark: z.boolean(),
  provenance: z.object({ generator: z.string().min(1), parts: z.array(provenancePartSchema) }),
});

function refuse(message: string): never {
  throw new ApiError('invalid_input', message);
}

async function isFile(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isFile();
  } catch {
    return false;
  }
}

// Returns the plan as checked; throws an ApiError that says what is wrong.
export async function checkPlan(input: ExportPlan): Promise<ExportPlan> {
  const parsed = exportPlanSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    refuse(`This export cannot start: ${issue ? `${issue.path.join('.') || 'the plan'} ${issue.message}` : 'the plan is not valid'}.`);
  }
  const plan = parsed.data;
  const folder = path.dirname(plan.outputPath);
  try {
    await access(folder, constants.W_OK);
  } catch {
    refuse(`Kinora cannot write to the folder ${folder}: it does not exist or is not writable. Choose another place to save the film.`);
  }
  const sources = [...new Set([...plan.video, ...plan.audio].map((piece) => piece.file))];
  for (const source of sources) {
    if (!(await isFile(source))) {
      throw new ApiError('not_found', `A clip on the timeline has lost its media file (${path.basename(source)}), so the film cannot be exported.`);
    }
  }
  return plan;
}
