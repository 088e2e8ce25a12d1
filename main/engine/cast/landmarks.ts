// Things the prompt names only as where something happens ("a ball is dropped next to a glass of
// water", "beside the mug"): no action moves them, and they stand beside the action's focus, on the
// floor, where "next to" puts them (not aside with the things the action had no use for).
import type { Entity } from '../../contract/scene-plan';
import { v3 } from './arrange';
import type { CastScene } from './cast-scene';

// How far beside the focus a landmark stands (m, across the shot's usual side view), and between
// landmarks: near enough to read as "next to" it, clear of a dropped ball's first bounce.
const BESIDE_M = 0.35;

// Whether the prompt names this entity only as a place (landmarkOnly, per draft).
export function isLandmark(scene: CastScene, e: Entity): boolean {
  return [...scene.idsByDraft].some(([draft, ids]) => ids.includes(e.id) && scene.words.landmarkOnly(draft));
}

export function placeLandmarks(scene: CastScene, focusId: string | null): void {
  const focus = scene.entities.find((e) => e.id === focusId);
  if (!focus) return;
  const unplaced = (e: Entity): boolean => e.kind === 'object' && e.position.every((x) => x === 0);
  let at = focus.position[0] + BESIDE_M + (focus.size[0] ?? 0.1);
  for (const e of scene.entities.filter((x) => unplaced(x) && isLandmark(scene, x))) {
    e.position = v3(at + (e.size[0] ?? 0.05), e.size[1] ?? 0.05, focus.position[2]);
    at += BESIDE_M;
  }
}
