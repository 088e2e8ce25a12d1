// The virtual camera operator, measured on what it films: projected boxes of the subject from the
// object-ID buffer (shot-size rules), the path it takes (smooth, no jitter), and where it stands.
import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import type { ScenePlan } from '../../main/contract/scene-plan';
import type { WorldTrace } from '../../main/contract/world-trace-types';
import { createCameraRig } from '../../main/engine/frames/camera/camera-rig';
import { createFrameRenderer } from '../../main/engine/frames/frame-renderer';
import { sampleBasketballTake } from '../../main/engine/frames/sample-scene';
import { buildScene } from '../../main/engine/frames/scene/build-scene';
import { createTraceSampler } from '../../main/engine/frames/trace-sampler';
import { parsePrompt } from '../../main/engine/prompt/parse-prompt';
import { simulate } from '../../main/engine/simulate/simulate';
import { speakLines } from '../../main/engine/speech/speak-lines';
import { objectPixels } from '../helpers/frame-ids';

const W = 160;
const H = 90;
const FAST = { grain: false, antialias: false } as const;

describe('camera operator: shot sizes', () => {
  it('a wide shot keeps the whole action in frame with the shooter at least a quarter of the frame tall', () => {
    const { plan, trace } = sampleBasketballTake({ width: W, height: H, fps: 12 });
    const r = createFrameRenderer(plan, trace, FAST);
    // Before the shot, in flight, at the rim and after.
    for (const f of [2, 18, 26, 40]) {
      r.renderFrame(f);
      const player = objectPixels(r, 'person:player').box;
      const ball = objectPixels(r, 'ball:ball').box;
      const hoop = objectPixels(r, 'hoop:hoop').box;
      expect(player.maxY - player.minY + 1).toBeGreaterThanOrEqual(H / 4);
      // The person is whole: not cut by the frame's top or bottom.
      expect(player.minY).toBeGreaterThan(0);
      expect(player.maxY).toBeLessThan(H - 1);
      expect(ball.count).toBeGreaterThan(0);
      expect(hoop.count).toBeGreaterThan(0);
    }
  });

  it('a wide shot of a man jumping for joy keeps its headroom over his raised hands at the top of the jump', async () => {
    const plan = parsePrompt('a man jumps for joy, wide shot');
    plan.format = { ...plan.format, durationSec: 2, width: W, height: H };
    const r = createFrameRenderer(plan, await simulate(plan, 42), FAST);
    const id = plan.entities.find((e) => e.kind === 'person')!.id;
    // Through the flight (hands up from the takeoff, highest at about frame 27): the top of him,
    // fingertips included, stays inside the margin the shot frames with (0.08 of its height, perspective
    // and the hands' spread taking a little). Kept only 10% inside, the hands came to 0.025 of it.
    let least = H;
    for (let f = 19; f <= 33; f += 2) {
      r.renderFrame(f);
      least = Math.min(least, objectPixels(r, `person:${id}`).box.minY);
    }
    console.info(`least room over the jumping man: ${least} px of ${H}`);
    expect(least / H).toBeGreaterThanOrEqual(0.05);
  });

  it('a medium shot frames a person from about the knees up, a close-up their head and shoulders', () => {
    const heights = (shot: 'medium' | 'close'): { person: number; head: number; top: number } => {
      const { plan, trace } = sampleBasketballTake({ width: W, height: H, fps: 12, camera: { shot, subject: 'player' } });
      const r = createFrameRenderer(plan, trace, FAST);
      r.renderFrame(4);
      const person = objectPixels(r, 'person:player').box;
      const head = objectPixels(r, 'head').box;
      return { person: person.maxY - person.minY + 1, head: head.maxY - head.minY + 1, top: person.minY };
    };
    const medium = heights('medium');
    const close = heights('close');
    // Medium: the person fills the frame's height (cropped below), with headroom above.
    expect(medium.person).toBeGreaterThan(H * 0.75);
    expect(medium.top).toBeGreaterThan(0);
    expect(medium.head).toBeLessThan(H * 0.3);
    // Close: the head alone is a large part of the frame.
    expect(close.head).toBeGreaterThan(H * 0.3);
    expect(close.head).toBeGreaterThan(medium.head * 2);
  });
});

describe('camera operator: small things', () => {
  async function take(prompt: string, durationSec: number): Promise<ReturnType<typeof createFrameRenderer>> {
    const plan = parsePrompt(prompt);
    plan.format = { ...plan.format, durationSec, width: W, height: H };
    return createFrameRenderer(plan, await simulate(plan, 1), FAST);
  }
  const heightOf = (box: { minY: number; maxY: number }): number => (box.maxY - box.minY + 1) / H;

  it('a cup is sized by the cup, not by a person: a quarter of the frame wide, half of it medium, most of it close', async () => {
    const shares: Record<string, number> = {};
    for (const shot of ['wide shot', 'medium shot', 'close-up']) {
      // (2.5 s: a hand from outside the frame reaches it first, so it goes over at 0.9 s, not 0.5)
      const r = await take(`a cup tips over on the table, ${shot}`, 2.5);
      // Once it has tipped over and lies still.
      r.renderFrame(55);
      const box = objectPixels(r, 'object:object-1').box;
      // Whole in frame.
      expect(box.minX).toBeGreaterThan(0);
      expect(box.maxX).toBeLessThan(W - 1);
      expect(box.minY).toBeGreaterThan(0);
      expect(box.maxY).toBeLessThan(H - 1);
      shares[shot] = heightOf(box);
    }
    expect(shares['wide shot']).toBeGreaterThanOrEqual(0.24);
    expect(shares['wide shot']).toBeLessThan(0.4);
    expect(shares['medium shot']).toBeGreaterThanOrEqual(0.5);
    expect(shares['close-up']).toBeGreaterThanOrEqual(0.7);
  });

  it('a medium shot of a woman pouring is framed on the work and her head: jug and glass whole in frame, the glass an eighth of the frame tall, her head in frame, looked down into', async () => {
    const plan = parsePrompt('a woman pours water from a jug into a glass');
    plan.format = { ...plan.format, durationSec: 2.5, width: W, height: H };
    const r = createFrameRenderer(plan, await simulate(plan, 1), FAST);
    const pour = plan.actions.find((a) => a.kind === 'pour');
    if (pour?.kind !== 'pour') throw new Error('no pour');
    expect(plan.camera.shot).toBe('medium');
    // Clear glass is not in the object-ID buffer: its box (at its place, half extents) is projected.
    const projected = (id: string): { minX: number; maxX: number; minY: number; maxY: number } => {
      const e = plan.entities.find((x) => x.id === id)!;
      const [sx = 0, sy = sx, sz = sx] = e.size;
      const cam = r.lastFrame().camera;
      const xs: number[] = [], ys: number[] = [];
      for (const dx of [-sx, sx]) for (const dy of [-sy, sy]) for (const dz of [-sz, sz]) {
        const p = new THREE.Vector3(e.position[0] + dx, e.position[1] + dy, e.position[2] + dz).project(cam);
        xs.push(((p.x + 1) / 2) * W);
        ys.push(((1 - p.y) / 2) * H);
      }
      return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
    };
    // The jug still stands where it was cast before it is lifted; the glass stays put.
    r.renderFrame(6);
    for (const id of [pour.into, pour.from.in]) {
      const box = projected(id);
      expect(box.minX, id).toBeGreaterThan(0);
      expect(box.maxX, id).toBeLessThan(W);
      expect(box.minY, id).toBeGreaterThan(0);
      expect(box.maxY, id).toBeLessThan(H);
    }
    for (const f of [6, 40, 55]) {
      r.renderFrame(f);
      // Framed as a person from the knees up the glass was 8% of the frame's height; framed on the
      // pour alone, 20%, her head out of the frame; with her head kept, 14%.
      const glass = projected(pour.into);
      const head = objectPixels(r, 'head').box;
      expect(head.count, `frame ${f}`).toBeGreaterThan(0);
      expect(head.minY, `frame ${f}`).toBeGreaterThan(0);
      expect((glass.maxY - glass.minY) / H, `frame ${f}`).toBeGreaterThanOrEqual(0.12);
      expect(glass.minY, `frame ${f}`).toBeGreaterThan(0);
      expect(glass.maxY, `frame ${f}`).toBeLessThan(H);
    }
    // Looked down on, into the glass as it fills (as a table-top shot is), not at the table's edge.
    const view = r.lastFrame().camera.getWorldDirection(new THREE.Vector3());
    expect(THREE.MathUtils.radToDeg(Math.asin(-view.y))).toBeGreaterThan(12);
  });

  it('things dropped into a bowl of water are watched at the bowl: the bowl whole in frame, the floating block seen in it', async () => {
    const plan = parsePrompt('a wooden block floats in a bowl of water while a stone sinks');
    plan.format = { ...plan.format, durationSec: 2, width: W, height: H };
    const r = createFrameRenderer(plan, await simulate(plan, 1), FAST);
    const bowl = plan.entities.find((e) => e.form === 'mixing-bowl')!, block = plan.entities.find((e) => e.kind === 'box')!;
    // Watched at the block, a close shot stood beside it as it fell and the bowl's wall filled the frame.
    for (const f of [24, 47]) {
      r.renderFrame(f);
      const b = objectPixels(r, `object:${bowl.id}`).box;
      expect(b.minX, `frame ${f}`).toBeGreaterThan(0);
      expect(b.maxX, `frame ${f}`).toBeLessThan(W - 1);
      expect(b.maxY, `frame ${f}`).toBeLessThan(H - 1);
      expect(objectPixels(r, `box:${block.id}`).box.count, `frame ${f}`).toBeGreaterThan(40);
    }
  });

  it('a wide shot of a book sliding keeps the book at least a quarter of the frame tall and in frame all the way', async () => {
    const r = await take('a book slides across the table, wide shot', 2);
    const seen: number[] = [];
    for (const f of [0, 12, 24, 36, 47]) {
      r.renderFrame(f);
      const box = objectPixels(r, 'object:object-1').box;
      expect(box.minX).toBeGreaterThan(0);
      expect(box.maxX).toBeLessThan(W - 1);
      expect(heightOf(box)).toBeGreaterThanOrEqual(0.24);
      seen.push((box.minX + box.maxX) / 2);
    }
    // It really slides across the frame (the shot holds its way, not only the book).
    expect(Math.abs(seen[seen.length - 1]! - seen[0]!)).toBeGreaterThan(W / 6);
  });
});

describe('camera operator: balls', () => {
  async function take(prompt: string): Promise<{ r: ReturnType<typeof createFrameRenderer>; plan: ScenePlan; trace: WorldTrace }> {
    const plan = parsePrompt(prompt);
    plan.format = { ...plan.format, durationSec: 3, width: W, height: H };
    const trace = await simulate(plan, 1);
    return { r: createFrameRenderer(plan, trace, FAST), plan, trace };
  }
  const idOf = (plan: ScenePlan, kind: string): string => `${kind}:${plan.entities.find((e) => e.kind === kind)!.id}`;
  // Where the ball's middle sits in the frame just drawn, as a share of its width from the side the
  // ball comes from (its way across the frame from the trace, two frames either side).
  function fromItsSide(r: ReturnType<typeof createFrameRenderer>, plan: ScenePlan, trace: WorldTrace, f: number): number {
    const ball = plan.entities.find((e) => e.kind === 'ball')!;
    const sampler = createTraceSampler(plan, trace);
    const at = (g: number): THREE.Vector3 => {
      const p = new THREE.Vector3();
      sampler.position(ball.id, Math.min(trace.frameCount - 1, Math.max(0, g)), p);
      return p;
    };
    const right = new THREE.Vector3(1, 0, 0).applyQuaternion(r.lastFrame().camera.quaternion);
    const box = objectPixels(r, `ball:${ball.id}`).box;
    const x = (box.minX + box.maxX + 1) / 2 / W;
    return at(f + 2).sub(at(f - 2)).dot(right) > 0 ? x : 1 - x;
  }

  it('a ball on its own is the subject: about a quarter of the frame wide, about half of it medium, most of it close, in frame', async () => {
    // (A wide shot also fits the ground the ball goes over, and widens for it a little.)
    const least = { 'wide shot': 0.2, 'medium shot': 0.45, 'close-up': 0.6 };
    for (const [shot, share] of Object.entries(least)) {
      const { r, plan, trace } = await take(`a ball rolls across the street, ${shot}`);
      // Rolling steadily, from half a second in.
      for (const f of [20, 40, 60]) {
        r.renderFrame(f);
        const box = objectPixels(r, idOf(plan, 'ball')).box;
        // With lead room, room ahead of it: its middle 0.3-0.45 of the frame from the side it comes
        // from (a medium shot had it at 0.25; camera/lead-room.ts). A close-up is filled by it.
        if (shot !== 'close-up') {
          const side = fromItsSide(r, plan, trace, f);
          console.info(`${shot}, frame ${f}: the ball ${side.toFixed(2)} of the frame from the side it comes from`);
          expect(side, `${shot}, frame ${f}`).toBeGreaterThanOrEqual(0.3);
          expect(side, `${shot}, frame ${f}`).toBeLessThanOrEqual(0.45);
        }
        expect(box.minX, `${shot}, frame ${f}`).toBeGreaterThan(0);
        expect(box.maxX, `${shot}, frame ${f}`).toBeLessThan(W - 1);
        expect((box.maxY - box.minY + 1) / H, `${shot}, frame ${f}`).toBeGreaterThanOrEqual(share);
      }
    }
  });

  it('a wide shot of a ball bouncing down stairs shows the flight it goes down, the ball in frame', async () => {
    const { r, plan } = await take('a tennis ball bounces down a flight of concrete stairs, wide shot');
    for (const f of [10, 40, 70]) {
      r.renderFrame(f);
      const stairs = objectPixels(r, idOf(plan, 'stairs')).box, ball = objectPixels(r, idOf(plan, 'ball')).box;
      // The whole flight, not a step: framed by the ball's size alone it was a close-up of one.
      expect(stairs.minX, `frame ${f}`).toBeGreaterThan(0);
      expect(stairs.maxX, `frame ${f}`).toBeLessThan(W - 1);
      expect((stairs.maxY - stairs.minY + 1) / H, `frame ${f}`).toBeGreaterThan(0.3);
      expect(ball.count, `frame ${f}`).toBeGreaterThan(0);
    }
  });

  it('a medium shot of a kid kicking a ball is the kid (at least half the frame), whole with the ball while it is at their feet', async () => {
    const { r, plan } = await take('a kid kicks a soccer ball in the park, medium shot');
    for (const f of [5, 20]) {
      r.renderFrame(f);
      const kid = objectPixels(r, idOf(plan, 'person')).box, ball = objectPixels(r, idOf(plan, 'ball')).box;
      expect((kid.maxY - kid.minY + 1) / H).toBeGreaterThanOrEqual(0.5);
      // Feet and ball in frame: the kick is seen.
      expect(kid.maxY).toBeLessThan(H - 1);
      expect(ball.count).toBeGreaterThan(0);
      expect(ball.maxY).toBeLessThan(H - 1);
    }
  });

  it('a wide shot of a kick across the park pans with the ball once it leaves the kicker: in frame to the end, the kicker never shrunk to hold both, and framed closer again once it is followed', async () => {
    const plan = parsePrompt('a boy kicks a soccer ball across the park at sunset');
    plan.format = { ...plan.format, width: W, height: H };
    const trace = await simulate(plan, 42);
    const r = createFrameRenderer(plan, trace, FAST);
    const frames = Math.round(plan.format.durationSec * plan.format.fps);
    const sizes: number[] = [];
    for (let f = 0; f < frames; f += 6) {
      r.renderFrame(f);
      const ball = objectPixels(r, idOf(plan, 'ball')).box, boy = objectPixels(r, idOf(plan, 'person')).box;
      expect(ball.count, `frame ${f}: the ball is out of frame`).toBeGreaterThan(0);
      sizes.push(ball.count);
      // Followed (from two and a half seconds in, while it still rolls fast), it has its lead room
      // ahead: its middle 0.3-0.45 of the frame from the side it comes from (it sat at 0.7, the room
      // behind it, as the shot leaned back towards the boy long gone; camera/lead-room.ts).
      if (f >= 60 && f <= frames - 12) {
        const side = fromItsSide(r, plan, trace, f);
        console.info(`frame ${f}: the ball ${side.toFixed(2)} of the frame from the side it comes from`);
        expect(side, `frame ${f}`).toBeGreaterThanOrEqual(0.3);
        expect(side, `frame ${f}`).toBeLessThanOrEqual(0.45);
      }
      // While the boy is whole in the shot he is at least a quarter of it: the operator pans with the
      // ball rather than widening to hold both (he went down to 0.18 of the frame that way).
      if (boy.count > 0 && boy.minX > 0 && boy.maxX < W - 1) expect((boy.maxY - boy.minY + 1) / H, `frame ${f}`).toBeGreaterThanOrEqual(0.25);
    }
    // The ball ends bigger in frame than at its smallest, as the pan catches up with it.
    expect(sizes[sizes.length - 1]!).toBeGreaterThan(2 * Math.min(...sizes));
  });
});

describe('camera operator: conversations', () => {
  it('a medium shot of two people talking is a two-shot: both faces whole in frame, the speaker still at least half its height', async () => {
    const plan = parsePrompt("a woman says 'hello there' to a knight in the park, medium shot");
    plan.format = { ...plan.format, durationSec: 2, width: W, height: H };
    const speak = plan.actions.find((a) => a.kind === 'speak');
    expect(speak && 'to' in speak ? speak.to : undefined).toBeTruthy();
    const trace = await simulate(plan, 1, { speech: await speakLines(plan) });
    const r = createFrameRenderer(plan, trace, FAST);
    for (const f of [6, 18]) {
      r.renderFrame(f);
      for (const id of [speak!.actor, (speak as { to: string }).to]) {
        const box = objectPixels(r, `person:${id}`).box;
        console.info(`frame ${f}: ${id} ${box.minY} px under the frame's top`);
        expect(box.count).toBeGreaterThan(0);
        // Whole across: not cut by the frame's sides; the head not cut by its top, with headroom
        // over it (the taller one's too: 14 and 22 px of the 90 above their heads when measured).
        expect(box.minX).toBeGreaterThan(0);
        expect(box.maxX).toBeLessThan(W - 1);
        expect(box.minY).toBeGreaterThanOrEqual(0.05 * H);
      }
      const speaker = objectPixels(r, `person:${speak!.actor}`).box;
      expect(speaker.maxY - speaker.minY + 1).toBeGreaterThanOrEqual(H / 2);
    }
  });

  it('a two-shot from the front counts perspective: the nearer person\'s head is not cut by the frame\'s top', async () => {
    const plan = parsePrompt("a woman says 'hello there' to a knight in the park, medium shot, from the front");
    plan.format = { ...plan.format, durationSec: 1, width: W, height: H };
    const trace = await simulate(plan, 1, { speech: await speakLines(plan) });
    const r = createFrameRenderer(plan, trace, FAST);
    r.renderFrame(12);
    for (const e of plan.entities.filter((x) => x.kind === 'person')) {
      const box = objectPixels(r, `person:${e.id}`).box;
      expect(box.minY).toBeGreaterThan(0);
      expect(box.minX).toBeGreaterThan(0);
      expect(box.maxX).toBeLessThan(W - 1);
    }
  });
});

describe('camera operator: a row of things', () => {
  // (A close-up of a longer row follows the wave instead: domino-close-framing.test.ts.)
  it('a domino run is framed whole: every domino is in the frame, not only the first, also up close where perspective spreads the near end', async () => {
    for (const prompt of ['a row of dominoes falls on a kitchen table', 'a row of eight dominoes falls on a kitchen table, close-up']) {
      const plan = parsePrompt(prompt);
      plan.format = { ...plan.format, durationSec: 1, width: W, height: H };
      const run = plan.actions.find((a) => a.kind === 'dominoes');
      expect(run && 'objects' in run ? run.objects.length : 0).toBeGreaterThanOrEqual(8);
      const trace = await simulate(plan, 1);
      const r = createFrameRenderer(plan, trace, FAST);
      r.renderFrame(2);
      for (const id of (run as { objects: string[] }).objects) {
        const box = objectPixels(r, `object:${id}`).box;
        expect(box.count).toBeGreaterThan(0);
        expect(box.minX).toBeGreaterThan(0);
        expect(box.maxX).toBeLessThan(W - 1);
      }
    }
  });
});

describe('camera operator: moves', () => {
  async function cameraPath(prompt: string): Promise<{ plan: ScenePlan; position: THREE.Vector3[]; target: THREE.Vector3[] }> {
    const plan = parsePrompt(prompt);
    plan.format = { ...plan.format, durationSec: 2, width: W, height: H };
    const trace = await simulate(plan, 3);
    const built = buildScene(plan, trace);
    const rig = createCameraRig({ plan, sampler: built.sampler, layout: built.layout, aspect: W / H, poseFn: built.poseFn });
    const position: THREE.Vector3[] = [];
    const target: THREE.Vector3[] = [];
    for (let f = 0; f < trace.frameCount; f++) {
      rig.update(f);
      position.push(rig.camera.position.clone());
      target.push(rig.target.clone());
    }
    return { plan, position, target };
  }
  // The largest second difference of a path (metres per frame per frame): a jitter shows as a spike.
  const jerk = (path: THREE.Vector3[]): number =>
    Math.max(...path.slice(1, -1).map((p, i) => p.clone().multiplyScalar(2).sub(path[i]!).sub(path[i + 2]!).length()));

  it('follows smoothly: tracking a walker, handheld and a close-up of a bouncing ball have bounded second differences', async () => {
    const walk = await cameraPath('a man walks through a park, tracking shot');
    expect(walk.plan.camera.motion).toBe('track');
    // Travelling with the walker (about 1.4 m/s, 6 cm a frame) with no jolt bigger than a few mm.
    expect(walk.position[walk.position.length - 1]!.distanceTo(walk.position[0]!)).toBeGreaterThan(1.5);
    expect(jerk(walk.position)).toBeLessThan(0.01);
    expect(jerk(walk.target)).toBeLessThan(0.01);
    const handheld = await cameraPath('a man runs down a street, handheld');
    expect(handheld.plan.camera.motion).toBe('handheld');
    expect(jerk(handheld.position)).toBeLessThan(0.02);
    // A ball changes direction at every bounce; the operator's move stays continuous round them,
    // also where the shooter's body pushes the camera aside.
    const close = await cameraPath('a basketball player shoots at the hoop, close-up');
    expect(close.plan.camera.shot).toBe('close');
    expect(jerk(close.position)).toBeLessThan(0.06);
    expect(jerk(close.target)).toBeLessThan(0.06);
  });

  it('a static camera asked for stays where it stands as the ball goes; by default the camera moves along once the action leaves the frame', async () => {
    const moved = (path: THREE.Vector3[]): number => Math.max(...path.map((p) => p.distanceTo(path[0]!)));
    const held = await cameraPath('a man kicks a soccer ball across the park, static camera');
    expect(held.plan.camera.motion).toBe('static');
    expect(moved(held.position)).toBeLessThan(0.01);
    // It still turns to keep the ball.
    expect(moved(held.target)).toBeGreaterThan(1);
    const free = await cameraPath('a man kicks a soccer ball across the park');
    expect(free.plan.camera.motion).toBe('follow');
    expect(moved(free.position)).toBeGreaterThan(1);
  });

  it('an overhead shot looks straight down, a low angle looks up from near the ground', () => {
    const aim = (angle: 'overhead' | 'low'): { pitchDeg: number; y: number } => {
      const { plan, trace } = sampleBasketballTake({ width: W, height: H, fps: 12, camera: { angle } });
      const built = buildScene(plan, trace);
      const rig = createCameraRig({ plan, sampler: built.sampler, layout: built.layout, aspect: W / H, poseFn: built.poseFn });
      rig.update(10);
      const dir = rig.target.clone().sub(rig.camera.position).normalize();
      return { pitchDeg: THREE.MathUtils.radToDeg(Math.asin(-dir.y)), y: rig.camera.position.y };
    };
    expect(aim('overhead').pitchDeg).toBeGreaterThan(85);
    const low = aim('low');
    expect(low.pitchDeg).toBeLessThan(0);
    expect(low.y).toBeLessThan(1);
  });
});
