// Where the park's trees stand: scattered over the lawn, off the gravel path, off the court when
// there is one, and clear of everywhere the action goes. One home for the spots: build.ts plants
// trees on them and the camera keeps out of them (obstacles).
import { rng } from '../../frames/scene/builder';
import { courtToWorld, distanceToAction, type Obstacle, type SceneLayout } from '../../frames/scene/layout';
import { crownReach } from '../../frames/scene/trees';

// How far every tree, crown and all, stands from anywhere the action goes (metres): a ball kicked
// across the park never runs into the grove, and the camera, which stands closer to the action than
// this (up to 13.8 m off it, following an 8 s kick in a wide shot), has no tree between it and what
// it films. Further off, the camera rig swings round the trees (obstacles).
const TREES_CLEAR_OF_ACTION_M = 15;
const TREES = 46;

// A tree's spot in the court frame (metres along u and v) and its size.
export interface TreeSpot {
  s: number;
  t: number;
  scale: number;
}

// The gravel path's centre line across the action (m along v at s m along u).
export function parkPathT(s: number): number {
  return 13 + 3 * Math.sin(s / 14);
}

export function parkTreeSpots(layout: SceneLayout): TreeSpot[] {
  const hasHoop = layout.hoops.length > 0;
  const rand = rng(23);
  const spots: TreeSpot[] = [];
  for (let tries = 0; tries < 400 && spots.length < TREES; tries++) {
    const s = (rand() - 0.5) * 140;
    const t = (rand() - 0.5) * 140;
    const scale = 0.9 + rand() * 0.6;
    const onCourt = hasHoop && Math.abs(s) < 19 && Math.abs(t) < 12;
    const inAction = distanceToAction(layout, s, t) - crownReach(scale) < TREES_CLEAR_OF_ACTION_M;
    if (onCourt || inAction || Math.abs(t - parkPathT(s)) < 2.5) continue;
    spots.push({ s, t, scale });
  }
  return spots;
}

export function parkObstacles(layout: SceneLayout): Obstacle[] {
  return parkTreeSpots(layout).map(({ s, t, scale }) => {
    const [x, , z] = courtToWorld(layout, s, t);
    return { x, z, radius: crownReach(scale) };
  });
}
