// A cameo in the generated world, through the real pipeline (parse, simulate, load the stored
// footage with ffmpeg, rasterize, synthesize): the person's own pixels stand where the person is, at
// their real height; things in front hide them and they hide things behind; their shadow darkens the
// ground away from the light; a ball that hits them bounces off a collider of their measured size and
// is heard; their recorded sound plays at the right times, looped with the picture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as THREE from 'three';
import type { Entity, ScenePlan } from '../../main/contract/scene-plan';
import { SAMPLE_RATE } from '../../main/contract/format';
import { personPose } from '../../main/engine/actions/person-pose';
import { synthesizeAudio } from '../../main/engine/audio/synthesize';
import { footageClock, framesNeeded } from '../../main/engine/cameo/footage-clock';
import { CameoLibrary } from '../../main/cameo/cameo-library';
import { srgbToLinear } from '../../main/engine/frames/cameo/srgb-decode';
import { addReadyCameo, TONE_FROM_SEC, TONE_HZ, TONE_TO_SEC, type CameoFixture } from '../helpers/cameo-fixture';
import { CAMEO_HEIGHT_M, cameoScene, invisible, isMagenta, luma, magenta, renderFrame, repaint, SCENE_H, SCENE_W, type CameoScene } from '../helpers/cameo-scene';
import { makeTempDir } from '../helpers/temp-dir';

const TIMEOUT_MS = 120_000;

// The person's feet point at time t, as their pose puts it.
function feetAt(scene: CameoScene, t: number): THREE.Vector3 {
  const track = scene.trace.actors.find((a) => a.entityId === scene.personId)!;
  const p = personPose(track, CAMEO_HEIGHT_M, t);
  return new THREE.Vector3((p.footL[0] + p.footR[0] + 2 * p.pelvis[0]) / 4, 0, (p.footL[2] + p.footR[2] + 2 * p.pelvis[2]) / 4);
}

function maskOf(px: Uint8Array): { mask: Uint8Array; left: number; right: number; top: number; bottom: number; count: number } {
  const mask = new Uint8Array(SCENE_W * SCENE_H);
  let left = SCENE_W, right = -1, top = SCENE_H, bottom = -1, count = 0;
  for (let y = 0; y < SCENE_H; y++) {
    for (let x = 0; x < SCENE_W; x++) {
      if (!isMagenta(px, (y * SCENE_W + x) * 4)) continue;
      mask[y * SCENE_W + x] = 1;
      count++;
      left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
    }
  }
  return { mask, left, right, top, bottom, count };
}

function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(a), mb = mean(b);
  let ab = 0, aa = 0, bb = 0;
  a.forEach((x, i) => {
    ab += (x - ma) * (b[i]! - mb); aa += (x - ma) ** 2; bb += (b[i]! - mb) ** 2;
  });
  return ab / Math.sqrt(aa * bb);
}

// Energy at one frequency over a window (Goertzel), for a mono signal.
function toneLevel(samples: Float32Array, sampleRate: number, fromSec: number, toSec: number, hz: number): number {
  const from = Math.round(fromSec * sampleRate), to = Math.round(toSec * sampleRate);
  const k = 2 * Math.cos((2 * Math.PI * hz) / sampleRate);
  let s1 = 0, s2 = 0;
  for (let n = from; n < to; n++) {
    const s0 = samples[n]! + k * s1 - s2;
    s2 = s1; s1 = s0;
  }
  return Math.sqrt(Math.max(0, s1 * s1 + s2 * s2 - k * s1 * s2)) / (to - from);
}

// Luma in linear light (the scene's light multiplies linear colour, so this is what it scales).
const linearLuma = (px: Uint8Array, i: number): number => 0.2126 * srgbToLinear(px[i]!) + 0.7152 * srgbToLinear(px[i + 1]!) + 0.0722 * srgbToLinear(px[i + 2]!);

// Mean linear luma of the photo over a rectangle.
function photoLuma(picture: Picture, x0: number, y0: number, w: number, h: number): number {
  let sum = 0, n = 0;
  const cx = (v: number): number => Math.min(picture.width - 1, Math.max(0, v));
  const cy = (v: number): number => Math.min(picture.height - 1, Math.max(0, v));
  for (let y = Math.floor(y0); y < Math.ceil(y0 + h); y++) {
    for (let x = Math.floor(x0); x < Math.ceil(x0 + w); x++) {
      sum += linearLuma(picture.rgba, (cy(y) * picture.width + cx(x)) * 4);
      n++;
    }
  }
  return sum / n;
}

// Where the ray through pixel (x, y) meets the upright plane through `feet` that faces the camera:
// metres to the picture's right of the feet and up from the ground, and how many metres one pixel
// spans there.
function onCard(camera: THREE.PerspectiveCamera, feet: THREE.Vector3, x: number, y: number): { across: number; up: number; pixelM: number } {
  const right = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 0).setY(0).normalize();
  const normal = new THREE.Vector3().crossVectors(right, new THREE.Vector3(0, 1, 0));
  const dir = new THREE.Vector3((x / SCENE_W) * 2 - 1, 1 - (y / SCENE_H) * 2, 0.5).unproject(camera).sub(camera.position).normalize();
  const distance = feet.clone().sub(camera.position).dot(normal) / dir.dot(normal);
  const point = camera.position.clone().addScaledVector(dir, distance);
  const pixelM = (2 * distance * Math.tan(THREE.MathUtils.degToRad(camera.fov / 2))) / SCENE_H;
  return { across: point.clone().sub(feet).dot(right), up: point.y - feet.y, pixelM };
}

interface Picture {
  rgba: Uint8Array;
  width: number;
  height: number;
}

// The box of her opaque pixels in a stored picture: what the silhouette on screen shows.
function alphaBox(picture: Picture): { l: number; t: number; r: number; b: number } {
  let l = picture.width, t = picture.height, r = 0, b = 0;
  for (let y = 0; y < picture.height; y++) {
    for (let x = 0; x < picture.width; x++) {
      if (picture.rgba[(y * picture.width + x) * 4 + 3]! < 128) continue;
      l = Math.min(l, x); t = Math.min(t, y); r = Math.max(r, x + 1); b = Math.max(b, y + 1);
    }
  }
  return { l, t, r, b };
}

function box(id: string, position: [number, number, number], half: [number, number, number], color: number): Entity {
  return { id, kind: 'box', label: 'box', material: 'wood', color, size: half, position, restitution: 0.2, friction: 0.8, mass: 20 };
}

describe('a cameo in the scene', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let library: CameoLibrary;
  let fixture: CameoFixture;

  beforeAll(async () => {
    temp = makeTempDir('kinora-cameo-scene-');
    library = new CameoLibrary(temp.dir);
    fixture = await addReadyCameo(library, 'alex', { size: 128, durationSec: 0.75, heightM: CAMEO_HEIGHT_M });
  }, TIMEOUT_MS);
  afterAll(() => {
    library.close();
    temp.cleanup();
  });

  it('"@alex shoots at the hoop and misses": her matted pixels fill the projected area, at her real height', async () => {
    const scene = await cameoScene(fixture, '@alex shoots at the hoop and misses', { durationSec: 1.5 });
    const frame = 3;
    const silhouette = maskOf(renderFrame(scene, repaint(scene.footage, magenta), frame).pixels);
    // She stands square to the camera, near enough a mirror image of herself: shaded darker towards
    // the left half of her picture, a mirrored card cannot match.
    const width = scene.footage.width;
    const footage = repaint(scene.footage, (rgba) => {
      for (let i = 0; i < rgba.length; i += 4) {
        const k = (i / 4) % width < width / 2 ? 0.2 : 1;
        for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(rgba[i + c]! * k);
      }
    });
    const real = renderFrame(scene, footage, frame);
    // Where the person stands, and how tall 1.8 m is there, seen through the same camera.
    const feet = feetAt(scene, frame / scene.plan.format.fps);
    const foot = real.project(feet);
    const head = real.project(feet.clone().setY(CAMEO_HEIGHT_M));
    expect(silhouette.count).toBeGreaterThan(400);
    expect(Math.abs(silhouette.bottom + 1 - foot.y)).toBeLessThan(2.5);
    expect(Math.abs(silhouette.top - head.y)).toBeLessThan(2.5);
    expect(Math.abs((silhouette.left + silhouette.right + 1) / 2 - foot.x)).toBeLessThan(4);

    // Inside the silhouette the picture is her photo (correlated with it where the card maps it),
    // the right way round: a mirrored photo does not match.
    // What the card shows: her matted frame as stored (decoded from the cameo's alpha video).
    const stored: Picture = { rgba: footage.frames[footage.clock.frameAt(frame / scene.plan.format.fps)]!, width: footage.width, height: footage.height };
    const box = alphaBox(stored);
    const rendered: number[] = [], photo: number[] = [], mirrored: number[] = [];
    for (let y = silhouette.top + 1; y < silhouette.bottom; y++) {
      for (let x = silhouette.left + 1; x < silhouette.right; x++) {
        const m = silhouette.mask;
        if (!m[y * SCENE_W + x] || !m[y * SCENE_W + x - 1] || !m[y * SCENE_W + x + 1] || !m[(y - 1) * SCENE_W + x] || !m[(y + 1) * SCENE_W + x]) continue;
        // The part of the stored frame this pixel shows, by geometry alone: the pixel's ray meets the
        // upright plane through her feet facing the camera; 1.8 m up that plane is her box's height,
        // its foot is her box's bottom centre.
        const hit = onCard(real.camera, feet, x + 0.5, y + 0.5);
        const scale = (box.b - box.t) / CAMEO_HEIGHT_M;
        const x0 = (box.l + box.r) / 2 + hit.across * scale - 0.5 * hit.pixelM * scale;
        const y0 = box.b - hit.up * scale - 0.5 * hit.pixelM * scale;
        rendered.push(linearLuma(real.pixels, (y * SCENE_W + x) * 4));
        photo.push(photoLuma(stored, x0, y0, hit.pixelM * scale, hit.pixelM * scale));
        mirrored.push(photoLuma(stored, box.l + box.r - x0 - hit.pixelM * scale, y0, hit.pixelM * scale, hit.pixelM * scale));
      }
    }
    expect(rendered.length).toBeGreaterThan(200);
    console.info(`cameo picture vs photo: correlation ${correlation(rendered, photo).toFixed(3)}, mirrored ${correlation(rendered, mirrored).toFixed(3)}`);
    expect(correlation(rendered, photo)).toBeGreaterThan(0.85);
    expect(correlation(rendered, mirrored)).toBeLessThan(0.5);
  }, TIMEOUT_MS);

  it('stands behind what is in front of her and in front of what is behind her', async () => {
    // A wide shot keeps her whole body in frame (a medium one frames her from the knees up).
    const plain = await cameoScene(fixture, '@alex stands in a park, wide shot', { durationSec: 1 });
    const bare = renderFrame(plain, repaint(plain.footage, magenta), 6);
    // Two points on her body (her suit, her chest), a point on the camera's ray through the first
    // nearer the camera, and one on the ray through the second beyond her: a box stands round each.
    const feet = feetAt(plain, 6 / plain.plan.format.fps);
    const right = new THREE.Vector3().setFromMatrixColumn(bare.camera.matrixWorld, 0).setY(0).normalize();
    const low = feet.clone().addScaledVector(right, -0.1).setY(0.5);
    const high = feet.clone().addScaledVector(right, 0.05).setY(1.2);
    const front = low.clone().addScaledVector(bare.camera.position.clone().sub(low), 0.3);
    const back = high.clone().addScaledVector(bare.camera.position.clone().sub(high), -0.4);
    const standing = (id: string, p: THREE.Vector3, color: number): Entity => box(id, [p.x, (p.y + 0.2) / 2, p.z], [0.12, (p.y + 0.2) / 2, 0.12], color);
    const scene = await cameoScene(fixture, '@alex stands in a park, wide shot', {
      durationSec: 1,
      edit: (plan: ScenePlan) => ({ ...plan, entities: [...plan.entities, standing('box-1', front, 0x2255ee), standing('box-2', back, 0x22bb44)] }),
    });
    const seen = renderFrame(scene, repaint(scene.footage, magenta), 6);
    const at = (p: THREE.Vector3): number => {
      const s = seen.project(p);
      return (Math.floor(s.y) * SCENE_W + Math.floor(s.x)) * 4;
    };
    // Without the boxes both points are her; the near box hides her there (it shows, blue); she
    // hides the far box (she is what shows, not its green).
    expect(isMagenta(bare.pixels, at(low))).toBe(true);
    expect(isMagenta(bare.pixels, at(high))).toBe(true);
    expect(isMagenta(seen.pixels, at(front))).toBe(false);
    expect(seen.pixels[at(front) + 2]!).toBeGreaterThan(seen.pixels[at(front)]! + 40);
    expect(isMagenta(seen.pixels, at(back))).toBe(true);
    expect(maskOf(seen.pixels).count).toBeLessThan(maskOf(bare.pixels).count);
  }, TIMEOUT_MS);

  it('takes the light of the place and hour: warmer at sunset, darker at night than by day', async () => {
    const cardColour = async (prompt: string): Promise<[number, number, number]> => {
      const scene = await cameoScene(fixture, prompt, { durationSec: 1 });
      // The card repainted magenta, found by hue rather than isMagenta's fixed margins: by moonlight
      // the magenta is too dim for those (and green stays near none under any light).
      const painted = renderFrame(scene, repaint(scene.footage, magenta), 6).pixels;
      const mask = Uint8Array.from({ length: SCENE_W * SCENE_H }, (_, i) => {
        const [r, g, b] = [painted[i * 4]!, painted[i * 4 + 1]!, painted[i * 4 + 2]!];
        return Math.min(r, b) > 6 && g < 0.5 * Math.min(r, b) ? 1 : 0;
      });
      const px = renderFrame(scene, scene.footage, 6).pixels;
      const sum = [0, 0, 0];
      let n = 0;
      mask.forEach((inside, i) => {
        if (!inside) return;
        for (let k = 0; k < 3; k++) sum[k]! += srgbToLinear(px[i * 4 + k]!);
        n++;
      });
      return [sum[0]! / n, sum[1]! / n, sum[2]! / n];
    };
    const day = await cardColour('@alex stands on the beach');
    const sunset = await cardColour('@alex stands on the beach at sunset');
    const night = await cardColour('@alex stands on the beach at night');
    expect(sunset[0] / sunset[2]).toBeGreaterThan(1.2 * (day[0] / day[2]));
    expect(night[0] + night[1] + night[2]).toBeLessThan(0.5 * (day[0] + day[1] + day[2]));
  }, TIMEOUT_MS);

  it('casts a shadow: the ground darkens on the side away from the light, nowhere else', async () => {
    const scene = await cameoScene(fixture, '@alex stands in a park, high angle', { durationSec: 1 });
    const lit = renderFrame(scene, scene.footage, 6);
    const without = renderFrame(scene, repaint(scene.footage, invisible), 6);
    const card = maskOf(renderFrame(scene, repaint(scene.footage, magenta), 6).pixels).mask;
    const feet = feetAt(scene, 6 / scene.plan.format.fps);
    const key = lit.env.keyDir;
    let darker = 0, awayFromLight = 0;
    const ray = new THREE.Vector3();
    for (let y = 0; y < SCENE_H; y++) {
      for (let x = 0; x < SCENE_W; x++) {
        const i = y * SCENE_W + x;
        if (card[i] || luma(lit.pixels, i * 4) > 0.9 * luma(without.pixels, i * 4)) continue;
        darker++;
        // Where this pixel's ray meets the ground: it must lie on the far side from the light.
        ray.set(((x + 0.5) / SCENE_W) * 2 - 1, 1 - ((y + 0.5) / SCENE_H) * 2, 0.5).unproject(lit.camera).sub(lit.camera.position).normalize();
        const ground = lit.camera.position.clone().addScaledVector(ray, -lit.camera.position.y / ray.y);
        if ((ground.x - feet.x) * key.x + (ground.z - feet.z) * key.z < 0) awayFromLight++;
      }
    }
    expect(darker).toBeGreaterThan(30);
    expect(awayFromLight / darker).toBeGreaterThan(0.95);
  }, TIMEOUT_MS);

  it('a ball rolled at her bounces off a collider of her measured width, and the hit is heard', async () => {
    const scene = await cameoScene(fixture, '@alex stands in a park', {
      durationSec: 2,
      edit: (plan: ScenePlan) => {
        const person = plan.entities[0]!;
        const ball: Entity = { id: 'ball-1', kind: 'ball', label: 'soccer ball', material: 'leather', color: 0xffffff, size: [0.11], position: [person.position[0] - 2.5, 0.11, person.position[2]], restitution: 0.78, friction: 0.5, mass: 0.43 };
        return { ...plan, entities: [...plan.entities, ball], actions: [{ kind: 'roll', object: 'ball-1', velocity: [5, 0, 0], startSec: 0 }] };
      },
    });
    const person = scene.plan.entities.find((e) => e.id === scene.personId)!;
    const radius = person.size[1]!;
    expect(radius).toBeGreaterThan(0.1);
    const hit = scene.trace.events.find((e) => e.kind === 'contact' && [e.a, e.b].includes('ball-1') && [e.a, e.b].includes(scene.personId));
    expect(hit?.kind).toBe('contact');
    if (hit?.kind !== 'contact') return;
    expect([hit.materialA, hit.materialB]).toContain('flesh');
    const fps = scene.trace.fps;
    const xAt = (id: string, t: number): number => scene.trace.frames[Math.round(t * fps)]![scene.plan.entities.findIndex((e) => e.id === id) * 7]!;
    // It met the surface of her body as measured from her footage (a typical build is 12 cm slimmer).
    expect(Math.abs(xAt(scene.personId, hit.t) - radius - hit.position[0])).toBeLessThan(0.05);
    // ...and came back off it.
    expect(xAt('ball-1', hit.t + 0.5)).toBeLessThan(xAt('ball-1', hit.t) - 0.15);
    // Heard: the mix jumps at the hit (ambience off, so nothing else sounds).
    const audio = synthesizeAudio({ ...scene.plan, cameos: undefined }, scene.trace, { ambience: false });
    const mono = audio.samples.filter((_, i) => i % 2 === 0);
    const peak = (from: number, to: number): number => Math.max(...mono.slice(Math.round(from * audio.sampleRate), Math.round(to * audio.sampleRate)).map(Math.abs));
    expect(peak(hit.t, hit.t + 0.05)).toBeGreaterThan(10 * peak(hit.t - 0.1, hit.t - 0.01) + 1e-4);
  }, TIMEOUT_MS);

  it('plays her recorded sound in the clip when her picture plays it, looping with the footage', async () => {
    const scene = await cameoScene(fixture, '@alex stands in a park', { durationSec: 2 });
    const audio = synthesizeAudio(scene.plan, scene.trace, { ambience: false, cameos: new Map([[fixture.id, scene.footage]]) });
    const mono = new Float32Array(audio.samples.length / 2).map((_, i) => audio.samples[2 * i]! + audio.samples[2 * i + 1]!);
    const loop = scene.footage.clock.durationSec;
    expect(loop).toBeCloseTo(0.75, 5);
    const on: number[] = [], off: number[] = [];
    for (let pass = 0; pass * loop < 2; pass++) {
      const start = pass * loop;
      if (start + TONE_TO_SEC < 2) on.push(toneLevel(mono, audio.sampleRate, start + TONE_FROM_SEC + 0.02, start + TONE_TO_SEC - 0.02, TONE_HZ));
      if (start + loop < 2) off.push(toneLevel(mono, audio.sampleRate, start + TONE_TO_SEC + 0.1, start + loop - 0.05, TONE_HZ));
    }
    expect(on).toHaveLength(3);
    expect(Math.min(...on)).toBeGreaterThan(20 * Math.max(...off));
    // The second pass starts exactly one footage length later, to a few milliseconds.
    const second = Math.round((loop + TONE_FROM_SEC - 0.02) * audio.sampleRate);
    let onset = second;
    while (Math.abs(mono[onset]!) < 0.05 && onset < second + audio.sampleRate * 0.1) onset++;
    expect(Math.abs(onset / audio.sampleRate - (loop + TONE_FROM_SEC))).toBeLessThan(0.004);
  }, TIMEOUT_MS);

  it('her sound cut short (a long recording trimmed by the clip, a short one looped) starts on its sample and ends without a click', async () => {
    const sr = SAMPLE_RATE;
    // A recording that is silent, then at 0.2 s starts a 1 kHz tone at its crest (a step: its onset
    // is one exact sample) and holds it to the end, so the clip's end cuts it mid-tone.
    const recording = (sec: number): Float32Array => new Float32Array(Math.round(sec * sr)).map((_, i) => (i >= 0.2 * sr ? 0.5 * Math.cos(2 * Math.PI * 1000 * (i / sr - 0.2)) : 0));
    for (const [clipSec, footageSec] of [[1, 2], [2, 0.75]] as const) {
      const scene = await cameoScene(fixture, '@alex stands in a park', { durationSec: clipSec });
      const tone = recording(footageSec);
      const footage = { ...scene.footage, clock: footageClock(Math.round(footageSec * 12), 12), sound: { sampleRate: sr, left: tone, right: tone } };
      const audio = synthesizeAudio(scene.plan, scene.trace, { ambience: false, sampleRate: sr, cameos: new Map([[fixture.id, footage]]) });
      const left = audio.samples.filter((_, i) => i % 2 === 0);
      const peak = Math.max(...left.slice(0.3 * sr, 0.6 * sr).map(Math.abs));
      // Onsets: at 0.2 s of every pass of the footage, to the sample.
      for (let start = 0; start + 0.2 < clipSec; start += footageSec) {
        const from = Math.round((start + 0.2) * sr) - 200;
        const onset = from + left.slice(from, from + 400).findIndex((v) => Math.abs(v) > 0.5 * peak);
        expect(onset, `onset of the pass at ${start} s (clip ${clipSec} s)`).toBe(Math.round((start + 0.2) * sr));
      }
      // The end: the tone is whole until the last 10 ms, then fades out; what is left on the last
      // sample is the place's reverb dying away (a step there would click against what follows).
      const n = left.length;
      const last = Math.abs(left[n - 1]!);
      const before = Math.max(...left.slice(n - 0.03 * sr, n - 0.02 * sr).map(Math.abs));
      const lastMs = Math.max(...left.slice(n - 0.001 * sr).map(Math.abs));
      console.info(`clip ${clipSec} s, footage ${footageSec} s: peak ${peak.toFixed(3)}, 20-30 ms before the end ${before.toFixed(3)}, last ms ${lastMs.toFixed(3)}, last sample ${last.toFixed(4)}`);
      expect(before).toBeGreaterThan(0.9 * peak);
      expect(lastMs).toBeLessThan(0.15 * peak);
      expect(last).toBeLessThan(0.03 * peak);
    }
  }, TIMEOUT_MS);

  it('the footage clock loops a short recording, trims a long one and holds a still', () => {
    const short = footageClock(9, 12);
    expect([0, 0.5, 0.74, 0.75, 1.0].map((t) => short.frameAt(t))).toEqual([0, 6, 8, 0, 3]);
    const long = footageClock(240, 12);
    expect(long.frameAt(1.99)).toBe(23);
    expect(framesNeeded(240, 12, 2)).toBe(25);
    expect(footageClock(1, 1).frameAt(7)).toBe(0);
  });
});
