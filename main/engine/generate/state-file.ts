// A take's physics states on disk (states.bin in its folder): a small header, then one JSON block
// with the recipes (each stored once) and every state's bookkeeping, then the Rapier snapshots,
// deflated (they shrink about sixfold). Read back in the generation worker only, and checked as it
// is read: a damaged file is refused with a sentence, never half-used.
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { deflateRaw, inflateRaw } from 'node:zlib';
import { z } from 'zod';
import { ApiError } from '../../contract/api';
import { scenePlanSchema } from '../../contract/scene-plan';
import type { Recipe, TakeState } from '../simulate/run-state';

const deflate = promisify(deflateRaw);
const inflate = promisify(inflateRaw);

const MAGIC = 'KNST';
const VERSION = 1;
// A 20 s clip keeps about 21 states of tens of kilobytes each; anything far bigger is not ours.
const MAX_HEADER_BYTES = 16 * 1024 * 1024;
const MAX_STATE_BYTES = 64 * 1024 * 1024;

const recipeSchema = z.object({
  plan: scenePlanSchema,
  seed: z.number().int(),
  // The search's own data (a shot's launch: velocity and spin); its module reads it back.
  choice: z.unknown(),
  bounces: z.object({ seed: z.number().int(), fromStep: z.number().int(), toStep: z.number().int() }).nullable(),
  speech: z
    .array(z.object({ line: z.number().int().min(0), actor: z.string().nullable(), startSec: z.number(), durationSec: z.number(), hz: z.number(), energy: z.array(z.number()).max(100_000) }))
    .max(64),
});
const headerSchema = z.object({
  recipes: z.array(recipeSchema).max(64),
  states: z.array(z.object({ step: z.number().int().min(0), recipe: z.number().int().min(0), book: z.unknown(), bytes: z.number().int().min(1).max(MAX_STATE_BYTES) })).max(1024),
});

const DAMAGED = 'The take’s stored physics states are damaged, so it cannot be continued exactly. Regenerate it whole, or remix its look.';

export async function writeStates(file: string, states: readonly TakeState[]): Promise<void> {
  const recipeKeys: string[] = [];
  const recipes: Recipe[] = [];
  const worlds = await Promise.all(states.map((s) => deflate(s.world)));
  const entries = states.map((s, i) => {
    const key = JSON.stringify(s.recipe);
    let index = recipeKeys.indexOf(key);
    if (index < 0) {
      index = recipeKeys.push(key) - 1;
      recipes.push(s.recipe);
    }
    return { step: s.step, recipe: index, book: s.book, bytes: worlds[i]!.length };
  });
  const header = Buffer.from(JSON.stringify({ recipes, states: entries }));
  const lead = Buffer.alloc(12);
  lead.write(MAGIC, 0, 'ascii');
  lead.writeUInt32LE(VERSION, 4);
  lead.writeUInt32LE(header.length, 8);
  await writeFile(file, Buffer.concat([lead, header, ...worlds]));
}

export async function readStates(file: string): Promise<TakeState[]> {
  const data = await readFile(file).catch(() => null);
  if (!data) return [];
  try {
    if (data.length < 12 || data.toString('ascii', 0, 4) !== MAGIC || data.readUInt32LE(4) !== VERSION) throw new Error('header');
    const headerBytes = data.readUInt32LE(8);
    if (headerBytes > MAX_HEADER_BYTES || 12 + headerBytes > data.length) throw new Error('size');
    const header = headerSchema.parse(JSON.parse(data.toString('utf8', 12, 12 + headerBytes)));
    let offset = 12 + headerBytes;
    const out: TakeState[] = [];
    for (const entry of header.states) {
      const recipe = header.recipes[entry.recipe];
      if (!recipe || offset + entry.bytes > data.length) throw new Error('entry');
      const world = new Uint8Array(await inflate(data.subarray(offset, offset + entry.bytes)));
      offset += entry.bytes;
      out.push({ step: entry.step, recipe: recipe as Recipe, book: entry.book as TakeState['book'], world });
    }
    return out;
  } catch {
    throw new ApiError('invalid_input', DAMAGED);
  }
}
