// What each kind of trace event sounds like, one entry per kind: a contact is a modal impact of its
// two materials, a footstep a shoe on the setting's ground, a score the net's swish, a break the
// crack and ring of fragments, a spoken line the character's voice, a raindrop, a wave or a
// splash their element's sound (elements/<kind>/sound.ts), a splash with the bubbles it traps. Each writes into the dry bus at the event's exact time.
import type { ScenePlan } from '../../contract/scene-plan';
import type { TraceEvent } from '../../contract/world-trace-types';
import { addDrop } from '../elements/rain/sound';
import { addSplash, addWave } from '../elements/surf/sound';
import { addPour } from '../liquids/sound';
import { addStir } from '../liquids/stir-sound';
import { addBubbles, splashBubbles } from '../liquids/bubbles';
import { addBreak } from './breaking';
import type { StereoBus } from './bus';
import type { FootstepSurface } from './footstep-surface';
import { addFootstep } from './footsteps';
import { addScrape } from './scrape';
import type { Rand } from './noise';
import type { Spatializer } from './spatial';
import { addSpeech } from './speech-voice';
import { addImpact, addSwish } from './voices';

export interface EventSoundContext {
  bus: StereoBus;
  plan: ScenePlan;
  spatial: Spatializer;
  underfoot: FootstepSurface;
  // The spoken lines' samples by line index (speech/speak-lines.ts).
  speech: ReadonlyMap<number, Float32Array>;
}

type EventSound<K extends TraceEvent['kind']> = (ctx: EventSoundContext, ev: Extract<TraceEvent, { kind: K }>, rand: Rand) => void;

const EVENT_SOUNDS: { [K in TraceEvent['kind']]: EventSound<K> } = {
  contact: (ctx, ev, rand) => addImpact(ctx.bus, ev, ctx.plan, ctx.spatial.place(ev.position, ev.t), rand),
  footstep: (ctx, ev, rand) => addFootstep(ctx.bus, ev.t, ctx.underfoot, ctx.spatial.place(ev.position, ev.t), rand),
  score: (ctx, ev, rand) => addSwish(ctx.bus, ev.t, ctx.spatial.place(ev.position, ev.t), rand),
  break: (ctx, ev, rand) => {
    const material = ctx.plan.entities.find((e) => e.id === ev.object)?.material ?? 'glass';
    addBreak(ctx.bus, ev.t, material, ev.impulse, ctx.spatial.place(ev.position, ev.t), rand);
  },
  drop: (ctx, ev, rand) => addDrop(ctx.bus, ev, ctx.spatial.place(ev.position, ev.t), rand),
  wave: (ctx, ev, rand) => addWave(ctx.bus, ev, ctx.spatial.place(ev.position, ev.t), rand),
  splash: (ctx, ev, rand) => {
    const at = ctx.spatial.place(ev.position, ev.t);
    addSplash(ctx.bus, ev, at, rand);
    addBubbles(ctx.bus, splashBubbles(ev.t, ev.speed, ev.massKg), at, rand);
  },
  scrape: (ctx, ev, rand) => addScrape(ctx.bus, ev, ctx.spatial.place(ev.position, ev.t + ev.durationSec / 2), rand),
  pour: (ctx, ev, rand) => addPour(ctx.bus, ev, ctx.spatial.place(ev.position, ev.t + ev.durationSec / 2), rand),
  stir: (ctx, ev, rand) => addStir(ctx.bus, ev, ctx.spatial.place(ev.position, ev.t + ev.durationSec / 2), rand),
  // The release itself is silent; the hands' sound is part of the shot's body motion.
  release: () => {},
  speech: (ctx, ev) => {
    const samples = ctx.speech.get(ev.line);
    if (!samples) throw new Error(`The spoken line ${ev.line + 1} has no voice: speak the plan's lines before synthesizing its sound.`);
    addSpeech(ctx.bus, ev.t, samples, ctx.spatial.place(ev.position, ev.t + ev.durationSec / 2));
  },
};

export function addEventSound(ctx: EventSoundContext, ev: TraceEvent, rand: Rand): void {
  (EVENT_SOUNDS[ev.kind] as EventSound<typeof ev.kind>)(ctx, ev as never, rand);
}
