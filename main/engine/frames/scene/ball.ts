// Balls, with a print chosen from the prompt's label so spin is visible and the object reads as what
// was asked for: basketball seams, a football's panels, a tennis ball's curve, beach-ball segments,
// a bowling ball's finger holes, or a contrasting band on anything else. The print is a procedural
// surface in the ball's own frame (shading/surfaces/balls.ts), sharp at any resolution.
import * as THREE from 'three';
import type { Entity } from '../../../contract/scene-plan';
import { type BallPrint, ballSurface, MATERIAL_LOOKS, patternedMaterial } from '../shading/surfaces';

export function ballPattern(label: string): BallPrint {
  const l = label.toLowerCase();
  if (l.includes('basket')) return 'basketball';
  if (l.includes('tennis')) return 'tennis';
  if (l.includes('soccer') || l.includes('football')) return 'soccer';
  if (l.includes('beach')) return 'beach';
  if (l.includes('bowling')) return 'bowling';
  return 'band';
}

export function buildBall(entity: Entity): THREE.Group {
  const radius = entity.size[0] ?? 0.12;
  const print = ballPattern(entity.label);
  const group = new THREE.Group();
  group.name = `ball:${entity.id}`;
  const look = MATERIAL_LOOKS[entity.material];
  const material = patternedMaterial(ballSurface(print, radius), { color: entity.color, roughness: look.roughness, metalness: look.metalness });
  const body = new THREE.Mesh(new THREE.SphereGeometry(radius, 32, 20), material);
  body.name = 'ball-body';
  group.add(body);
  return group;
}
