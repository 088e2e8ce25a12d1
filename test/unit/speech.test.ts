// Speech: quoted lines spoken by the local synthesizer in a voice per character, placed so the
// characters take turns, heard at their times, with the speaker's jaw moving while they speak.
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_RATE } from '../../main/contract/format';
import { isAbortError } from '../../main/contract/abort';
import type { ActorTrack } from '../../main/contract/world-trace';
import { personPose } from '../../main/engine/actions/person-pose';
import { synthesizeAudio } from '../../main/engine/audio/synthesize';
import { BODY } from '../../main/engine/body/skeleton';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { speakLines } from '../../main/engine/speech/speak-lines';
import { synthesizeLine } from '../../main/engine/speech/synthesizer';
import { VOICE_RECIPES } from '../../main/engine/speech/voices';

async function spoken(prompt: string) {
  const plan = parsePrompt(prompt);
  const speech = await speakLines(plan);
  const trace = await simulate(plan, 3, { speech });
  const audio = synthesizeAudio(plan, trace, { speech, ambience: false });
  return { plan, speech, trace, audio };
}

// RMS of the mix between two times.
function rms(samples: Float32Array, from: number, to: number): number {
  let e = 0;
  const a = Math.max(0, Math.round(from * SAMPLE_RATE));
  const b = Math.min(samples.length / 2, Math.round(to * SAMPLE_RATE));
  for (let i = a; i < b; i++) e += (samples[2 * i] ?? 0) ** 2 + (samples[2 * i + 1] ?? 0) ** 2;
  return Math.sqrt(e / Math.max(1, 2 * (b - a)));
}

// How far the jaw is dropped (metres below its shut position) at time t.
function jawDrop(track: ActorTrack, H: number, t: number): number {
  const p = personPose(track, H, t);
  const up = [p.head[0] - p.neck[0], p.head[1] - p.neck[1], p.head[2] - p.neck[2]];
  const n = Math.hypot(up[0]!, up[1]!, up[2]!);
  const below = ((p.head[0] - p.chin[0]) * up[0]! + (p.head[1] - p.chin[1]) * up[1]! + (p.head[2] - p.chin[2]) * up[2]!) / n;
  return below - BODY.chinDown * BODY.headRadius * H;
}

// Median pitch (Hz) of the voiced parts of a line, by autocorrelation in 40 ms windows.
function medianPitch(x: Float32Array): number {
  const win = Math.round(0.04 * SAMPLE_RATE);
  const pitches: number[] = [];
  for (let s = 0; s + win < x.length; s += win) {
    let e = 0;
    for (let i = s; i < s + win; i++) e += x[i]! ** 2;
    if (e / win < 0.002) continue;
    let best = 0;
    let lag = 0;
    for (let l = Math.round(SAMPLE_RATE / 400); l < SAMPLE_RATE / 60; l += 2) {
      let c = 0;
      for (let i = s; i < s + win - l; i += 2) c += x[i]! * x[i + l]!;
      if (c > best) [best, lag] = [c, l];
    }
    if (lag) pitches.push(SAMPLE_RATE / lag);
  }
  return pitches.sort((a, b) => a - b)[Math.floor(pitches.length / 2)] ?? 0;
}

describe('spoken lines', () => {
  it('"A woman says hello there to a knight": both stand there, she speaks, her voice is heard then and her jaw moves with it', async () => {
    const { plan, trace, audio, speech } = await spoken('a woman says "hello there" to a knight');
    const [woman, knight] = plan.entities;
    expect(woman?.label).toBe('woman');
    expect(knight?.label).toBe('knight');
    const line = trace.events.find((e) => e.kind === 'speech');
    if (line?.kind !== 'speech') throw new Error('no speech event');
    expect(line.actor).toBe(woman!.id);
    expect(speech[0]!.samples.length / SAMPLE_RATE).toBeCloseTo(line.durationSec, 3);
    // Speech energy during the line, near silence before it (no ambience in this mix).
    expect(rms(audio.samples, line.t, line.t + line.durationSec)).toBeGreaterThan(20 * rms(audio.samples, 0, line.t - 0.05) + 1e-3);
    const track = trace.actors.find((a) => a.entityId === woman!.id)!;
    const H = woman!.size[0]!;
    const during = Array.from({ length: 40 }, (_, k) => jawDrop(track, H, line.t + (k / 40) * line.durationSec));
    expect(Math.max(...during)).toBeGreaterThan(0.015);
    expect(Math.abs(jawDrop(track, H, line.t - 0.2))).toBeLessThan(1e-6);
    expect(Math.abs(jawDrop(track, H, line.t + line.durationSec + 0.3))).toBeLessThan(1e-6);
    // The knight listens: his jaw stays shut.
    const knightTrack = trace.actors.find((a) => a.entityId === knight!.id)!;
    expect(Math.max(...during.map((_, k) => jawDrop(knightTrack, knight!.size[0]!, line.t + (k / 40) * line.durationSec)))).toBeLessThan(1e-6);
    expect(trace.outcome.summary).toMatch(/^The woman said "hello there"\./);
  });

  it('gives every character their own voice and has them take turns without talking over each other', async () => {
    const { plan, trace, speech } = await spoken('a knight says "well met, my lady" to a woman and she replies "the dragon is gone"');
    expect(plan.dialogue.map((l) => l.voice)).toEqual(['knight', 'woman']);
    const [first, second] = trace.events.filter((e) => e.kind === 'speech');
    if (first?.kind !== 'speech' || second?.kind !== 'speech') throw new Error('two lines expected');
    expect(first.actor).not.toBe(second.actor);
    expect(second.t).toBeGreaterThanOrEqual(first.t + first.durationSec + 0.3);
    // The knight's voice is well below the woman's.
    expect(medianPitch(speech[0]!.samples)).toBeLessThan(0.7 * medianPitch(speech[1]!.samples));
    expect(trace.outcome.summary).toMatch(/^The knight said "well met, my lady"\. The woman said "the dragon is gone"\./);
  });

  it('"a man says \'hello there\' then waves": the line is heard and the card says he said it, then that he waved', async () => {
    const { plan, trace } = await spoken("a man says 'hello there' then waves");
    expect(plan.actions.map((a) => a.kind)).toEqual(['wave']);
    const line = trace.events.find((e) => e.kind === 'speech');
    expect(line?.kind === 'speech' && line.actor).toBe(plan.entities[0]!.id);
    expect(trace.outcome.summary).toBe('The man said "hello there". The man raised a hand and waved.');
  });
});

describe('a line in the order the prompt says it (QA probe)', () => {
  const SHOT = 'shoots at the hoop and misses off the backboard';

  it('"says "watch this" then shoots": the line is said first, the shot after it, from the shooter\'s mouth', async () => {
    const { plan, trace } = await spoken(`a basketball player says "watch this" then ${SHOT}, 8 seconds, close-up`);
    const player = plan.entities.find((e) => e.kind === 'person')!;
    const line = trace.events.find((e) => e.kind === 'speech');
    const release = trace.events.find((e) => e.kind === 'release');
    if (line?.kind !== 'speech' || !release) throw new Error('a line and a release expected');
    const shooter = trace.actors.find((a) => a.entityId === player.id)!;
    // Said before the shot starts (it was said 1.3 s after the ball hit the board).
    expect(line.t + line.durationSec).toBeLessThanOrEqual(shooter.startSec);
    expect(line.t + line.durationSec).toBeLessThan(release.t - 0.5);
    expect(trace.outcome.summary).toMatch(/backboard/);
    // By the shooter, heard from their mouth: in front of and below the skull's centre, at head height.
    expect(line.actor).toBe(player.id);
    const head = personPose(shooter, player.size[0]!, line.t + line.durationSec / 2).head;
    const fromHead = Math.hypot(line.position[0] - head[0], line.position[1] - head[1], line.position[2] - head[2]);
    const headRadius = BODY.headRadius * player.size[0]!;
    expect(fromHead).toBeGreaterThan(0.6 * headRadius);
    expect(fromHead).toBeLessThan(1.3 * headRadius);
    expect(line.position[1]).toBeLessThan(head[1]);
    // The shooter faces the hoop (+x): the mouth is on that side of the head.
    expect(line.position[0]).toBeGreaterThan(head[0] + 0.5 * headRadius);
    expect(Math.abs(line.position[0] - player.position[0])).toBeLessThan(0.4);
    expect(line.position[1]).toBeGreaterThan(0.8 * player.size[0]!);
  });

  it('"shoots ..., then says "watch this"": the shot first, the line once the ball has hit the board', async () => {
    const { plan, trace } = await spoken(`a basketball player ${SHOT}, then says "watch this", 8 seconds, close-up`);
    const line = trace.events.find((e) => e.kind === 'speech');
    const release = trace.events.find((e) => e.kind === 'release');
    const board = trace.events.find((e) => e.kind === 'contact' && (e.a === 'hoop-1' || e.b === 'hoop-1'));
    if (line?.kind !== 'speech' || !release || !board) throw new Error('a line, a release and a hit on the board expected');
    expect(line.t).toBeGreaterThan(board.t);
    expect(line.actor).toBe(plan.entities.find((e) => e.kind === 'person')!.id);
  });
});

describe('the synthesizer as a subprocess', () => {
  const saved = process.env.FLITE_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.FLITE_PATH;
    else process.env.FLITE_PATH = saved;
  });

  it('says in a sentence that the synthesizer is missing, instead of failing obscurely', async () => {
    process.env.FLITE_PATH = '/nonexistent/flite';
    await expect(synthesizeLine('hello', VOICE_RECIPES.woman)).rejects.toMatchObject({ code: 'synthesizer_missing', message: expect.stringMatching(/apt-get install flite/) });
  });

  it('stops when the generation is cancelled and leaves no temporary files', async () => {
    const before = (await readdir(tmpdir())).filter((f) => f.startsWith('kinora-speech-')).length;
    const controller = new AbortController();
    const line = synthesizeLine('a long line that takes a while to say '.repeat(10), VOICE_RECIPES.man, controller.signal);
    setTimeout(() => controller.abort(), 5);
    const error = await line.catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
    expect((await readdir(tmpdir())).filter((f) => f.startsWith('kinora-speech-')).length).toBe(before);
  });
});
