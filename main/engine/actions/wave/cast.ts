// A wave: the one who waves faces whom they wave at, a street's width away so both are in frame, or
// the camera when they wave at it (or at no one in the scene): the camera then stands in front.
// People named together ("a man and a woman wave") wave at the camera side by side.
import { ABREAST_M, placeAside, placeBystanders, v3 } from '../../cast/arrange';
import type { CastScene } from '../../cast/cast-scene';
import type { DraftContext } from '../../cast/draft-context';
import type { Entity } from '../../../contract/scene-plan';
import type { CastResult } from '../types';
import { atCamera } from './words';

// Half the distance between the one waving and the one waved at (metres).
const HALF_GAP_M = 1.3;
const START_SEC = 0.5;

export function implyWave(ctx: DraftContext): void {
  if (!ctx.has('person')) ctx.addImplied('person', { kind: 'person', key: 'person' });
}

// Whom they wave at: the person named after "at" or "to" ("waves at her friend").
function wavedAt(scene: CastScene, waver: Entity): Entity | undefined {
  const words = scene.words.words;
  const at = scene.words.verbAt('wave');
  for (let i = at + 1; i < Math.min(words.length, at + 4); i++) {
    if (words[i] !== 'to' && words[i] !== 'at' && words[i] !== 'towards') continue;
    const draft = scene.words.draftNear('person', i + 1);
    const id = draft ? scene.idsByDraft.get(draft)?.[0] : undefined;
    if (id && id !== waver.id) return scene.people.find((p) => p.id === id);
  }
  return undefined;
}

// Everyone joined by "and" in the wave's subject waves ("a man and a woman wave"), side by side at
// the camera, when they wave at no one in the scene.
function castWaveTogether(scene: CastScene, wavers: readonly Entity[]): CastResult {
  wavers.forEach((w, i) => {
    w.position = v3((i - (wavers.length - 1) / 2) * ABREAST_M, 0, 0);
    scene.actions.push({ kind: 'wave', actor: w.id, startSec: scene.startAt(START_SEC) });
  });
  placeBystanders(scene.people.filter((p) => !wavers.includes(p)), -1.5 - wavers.length * ABREAST_M);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], 3);
  return { focus: wavers[0]?.id ?? null, defaultSetting: 'park', shot: 'medium', angle: 'front' };
}

export function castWave(scene: CastScene): CastResult {
  const at = scene.words.verbAt('wave');
  const waver = scene.actorFor(at, false);
  if (!waver) throw new Error('A wave was cast without anyone to wave.');
  const to = atCamera(scene.words.words, at + 1) ? undefined : wavedAt(scene, waver);
  const ids = new Set(scene.words.subjectsOf('wave').flatMap((d) => (d.kind === 'person' ? (scene.idsByDraft.get(d) ?? []) : [])));
  const together = scene.people.filter((p) => ids.has(p.id));
  if (!to && together.length > 1) return castWaveTogether(scene, together);
  waver.position = v3(to ? -HALF_GAP_M : 0, 0, 0);
  if (to) to.position = v3(HALF_GAP_M, 0, 0);
  placeBystanders(scene.people.filter((p) => p !== waver && p !== to), -1.5);
  placeAside([...scene.balls, ...scene.boxes, ...scene.of('hoop'), ...scene.of('ramp'), ...scene.of('table'), ...scene.of('stairs')], 3);
  scene.actions.push({ kind: 'wave', actor: waver.id, ...(to ? { to: to.id } : {}), startSec: scene.startAt(START_SEC) });
  return { focus: waver.id, defaultSetting: 'park', shot: 'medium', ...(to ? {} : { angle: 'front' as const }) };
}
