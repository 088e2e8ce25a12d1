// From what the prompt mentions to a laid-out scene: ask the action table which action the prompt
// describes, let it add what it implies, build the real things, and let it lay them out.
import type { Entity } from '../../contract/scene-plan';
import { ACTIONS, type AnyActionModule } from '../actions';
import type { ActionKind, CastResult } from '../actions/types';
import { CastScene, type CastNumbers } from '../cast/cast-scene';
import { DraftContext } from '../cast/draft-context';
import { makeEntities } from '../cast/make-entities';
import { placeAside, v3 } from '../cast/arrange';
import { castStill } from '../cast/still';
import { placeLandmarks } from '../cast/landmarks';
import { stillLiquidOf } from './still-liquid';
import type { Draft } from './drafts';
import type { FoundVerbs } from './verbs';
import { WALL, type EntityKind } from './vocabulary';

export interface CastPrompt extends CastResult {
  scene: CastScene;
  // The action module that cast the scene; null for a scene where nothing is asked to happen.
  action: AnyActionModule | null;
}

// People, then balls, then the rest, so ids read naturally (person-1 shoots ball-1).
const ORDER: Record<EntityKind, number> = { person: 0, ball: 1, object: 2, hoop: 3, ramp: 4, table: 5, stairs: 6, box: 7, wall: 8 };

// Where a wall no action placed stands (its face, m behind the action along -z): behind whatever
// walks, runs or rolls along x (a wall across x at 3.5 m stood in a runner's way, and he ran through
// the fixed box), turned to run along x.
const WALL_BEHIND_M = 2.5;

function standBehind(w: Entity): void {
  const [thick = WALL.size[0], high = WALL.size[1], wide = WALL.size[2]] = w.size;
  w.size = [wide, high, thick];
  w.position = v3(0, high, -(WALL_BEHIND_M + thick));
}

// `unwanted`: the actions the prompt says do not happen ("the dominoes do not fall"), never cast.
export function castPrompt(drafts: readonly Draft[], verbs: FoundVerbs, numbers: CastNumbers, quotes = 0, unwanted: ReadonlySet<ActionKind> = new Set()): CastPrompt {
  const ctx = new DraftContext([...drafts], verbs.words, verbs.at, quotes);
  const action = ACTIONS.find((m) => !unwanted.has(m.kind) && m.claims(ctx)) ?? null;
  action?.imply?.(ctx);
  ctx.drafts.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  const scene = new CastScene(ctx, makeEntities(ctx.drafts), numbers);
  const result = action ? action.cast(scene) : castStill(scene);
  placeLandmarks(scene, result.focus);
  // Everyday things the action did not place stand aside on the floor (never inside it).
  placeAside(scene.of('object').filter((o) => o.position.every((x) => x === 0)), -2.5);
  // A wall the action did not stand somewhere (only a throw aims at one) stands clear of it, on the floor.
  for (const w of scene.of('wall').filter((e) => e.position.every((x) => x === 0))) standBehind(w);
  scene.stillLiquid = stillLiquidOf(scene);
  return { ...result, scene, action };
}

// The entity a camera phrase ("close-up of the ball") points at, if any.
export function subjectNear(scene: CastScene, subjectAt: number | null): string | null {
  if (subjectAt === null) return null;
  const draft = scene.words.drafts.find((d) => d.mentions.some((m) => m >= subjectAt && m <= subjectAt + 4));
  return draft ? (scene.idsByDraft.get(draft)?.[0] ?? null) : null;
}

export type { Entity };
