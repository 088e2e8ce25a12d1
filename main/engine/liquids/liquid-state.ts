// What a scene's liquid keeps in a take's states (its hook's save and resume), so a range or an
// extension continues the liquid exactly where it was: the particles' positions and velocities to
// the bit (the bytes of their float64s in base64: exact, and half the size of JSON numbers), and
// what the hook remembers of the run so far (the levels, what was above the surface, the liquid
// arriving in the glass for the pour's sound, the splashes, and the frame it is at), and DFSPH's
// warm start (optional: a take stored before it, or stepped by PBF, has none). Read back
// through a schema: a state that does not fit is refused with a sentence, never half-used.
import { z } from 'zod';
import { ApiError } from '../../contract/api';
import type { TraceEvent } from '../../contract/world-trace-types';
import { LIQUID_METHODS, type LiquidMethod } from '../../contract/scene-plan';
import type { ParticleFluid } from './pbf';
import { stillOffset } from './dfsph-sleep';

export interface LiquidBook {
  x: string;
  v: string;
  // A container's level; null where it holds none (-Infinity, which JSON cannot write).
  levels: [string, number | null][];
  wasAbove: [string, boolean][];
  arriving: { t: number; inside: number }[];
  events: TraceEvent[];
  frame: number;
  // DFSPH's state between steps (dfsph.ts's warm: its kappas...), packed as x; absent for PBF.
  warm?: string;
  // The pressure solve it stepped with (absent in a take stored before: DFSPH's had a warm state).
  method?: LiquidMethod;
  // Each particle's share of a second liquid (mix.ts), packed as x; absent with one liquid.
  mix?: string;
}

const bookSchema = z.object({
  x: z.string(),
  v: z.string(),
  levels: z.array(z.tuple([z.string(), z.number().nullable()])),
  wasAbove: z.array(z.tuple([z.string(), z.boolean()])),
  arriving: z.array(z.object({ t: z.number(), inside: z.number().int().min(0) })),
  events: z.array(z.object({ kind: z.string(), t: z.number() }).passthrough()),
  frame: z.number().int().min(0),
  warm: z.string().optional(),
  method: z.enum(LIQUID_METHODS).optional(),
  mix: z.string().optional(),
});

const DAMAGED = 'The take’s stored liquid does not match its scene, so it cannot be continued exactly. Regenerate it whole, or remix its look.';

export function packFloats(a: Float64Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

// The floats packed in `s`, which must be `count` of them.
export function unpackFloats(s: string, count: number): Float64Array {
  const bytes = Buffer.from(s, 'base64');
  if (bytes.length !== 8 * count) throw new ApiError('invalid_input', DAMAGED);
  const out = new Float64Array(count);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

// The solve a saved liquid stepped with: a resumed take steps on with it, whatever the plan says now.
export function bookMethod(book: LiquidBook): LiquidMethod {
  return book.method ?? (book.warm !== undefined ? 'dfsph' : 'pbf');
}

export function readBook(state: unknown): LiquidBook {
  const parsed = bookSchema.safeParse(state);
  if (!parsed.success) throw new ApiError('invalid_input', DAMAGED);
  return { ...parsed.data, events: parsed.data.events as TraceEvent[] };
}

// What the hook remembers of the run: frames from firstFrame on (a continued take's liquid starts
// at its join), the last step run, splashes, the containers' levels, what was above the surface,
// and the liquid arriving in the glass a pour fills.
export interface LiquidMemory {
  frames: number[][];
  firstFrame: number;
  stepsRun: number;
  events: TraceEvent[];
  levels: Map<string, number>;
  wasAbove: Map<string, boolean>;
  arriving: { t: number; inside: number }[];
}

export function freshMemory(): LiquidMemory {
  return { frames: [], firstFrame: 0, stepsRun: 0, events: [], levels: new Map(), wasAbove: new Map(), arriving: [] };
}

export function saveMemory(fluid: ParticleFluid, mem: LiquidMemory, substeps: number): LiquidBook {
  return {
    x: packFloats(fluid.x),
    v: packFloats(fluid.v),
    levels: [...mem.levels].map(([id, y]) => [id, Number.isFinite(y) ? y : null]),
    wasAbove: [...mem.wasAbove],
    arriving: [...mem.arriving],
    events: [...mem.events],
    frame: Math.round(mem.stepsRun / substeps),
    ...(fluid.warm.length > 0 ? { warm: packFloats(fluid.warm) } : {}),
    method: fluid.method,
  };
}

// The saved particles and memory in place of what start() set up (the maps are kept, refilled).
export function resumeMemory(book: LiquidBook, fluid: ParticleFluid, mem: LiquidMemory, substeps: number): void {
  fluid.x.set(unpackFloats(book.x, fluid.x.length));
  fluid.v.set(unpackFloats(book.v, fluid.v.length));
  // DFSPH's warm start; a take saved by the other solver has none, and starts it from zero. One
  // saved before still water slept (dfsph-sleep.ts) has no counts of still substeps: all awake.
  if (book.warm !== undefined && fluid.warm.length > 0) {
    const older = Buffer.from(book.warm, 'base64').length === 8 * stillOffset(fluid.n);
    fluid.warm.set(unpackFloats(book.warm, older ? stillOffset(fluid.n) : fluid.warm.length));
  }
  mem.levels.clear();
  for (const [id, y] of book.levels) mem.levels.set(id, y ?? -Infinity);
  mem.wasAbove.clear();
  for (const [id, above] of book.wasAbove) mem.wasAbove.set(id, above);
  mem.arriving = [...book.arriving];
  mem.events = [...book.events];
  mem.firstFrame = book.frame;
  mem.stepsRun = book.frame * substeps;
  mem.frames = [];
}
