// Where a person's hands reach, for the camera's bounds of them (focus.ts Watcher.bounds).
import * as THREE from 'three';
import type { PersonPose } from '../../body/skeleton';
import { FINGERS_M, HAND_OWNER_HEIGHT_M, PALM_HALF } from '../../hands/hand-shape';

// Where a person's fingertips reach: on from each palm's centre along the forearm, by the hand's
// half length and its fingers at the person's size. Bounded by the palms' centres, hands raised in a
// jump for joy came within 3 px of a 120 px wide shot's top.
export function fingertips(p: PersonPose, heightM: number): THREE.Vector3[] {
  const reach = (PALM_HALF[0] + FINGERS_M) * (heightM / HAND_OWNER_HEIGHT_M);
  return (['L', 'R'] as const).map((s) => {
    const hand = new THREE.Vector3(...p[`hand${s}`]);
    return hand.clone().addScaledVector(hand.clone().sub(new THREE.Vector3(...p[`elbow${s}`])).normalize(), reach);
  });
}
