// A container's liquid at the start: particles on a cubic lattice of the liquid's spacing filling
// its cavity up to a level, in world coordinates at the container's pose.
import type { ContainerCollider } from './container';
import { rotate } from './motion';

export function fillParticles(container: ContainerCollider, levelM: number, spacingM: number): number[] {
  const s = container.shape;
  const rp = spacingM / 2;
  const out: number[] = [];
  const rMax = s.rOut(s.heightM);
  const v = [0, 0, 0];
  const { position: t, rotation: q } = container.pose;
  for (let y = s.floorM + rp; y <= levelM - rp + 1e-9; y += spacingM) {
    const rIn = s.rIn(y) - rp;
    for (let x = -rMax + rp; x <= rMax; x += spacingM) {
      for (let z = -rMax + rp; z <= rMax; z += spacingM) {
        if (Math.hypot(x, z) > rIn) continue;
        v[0] = x; v[1] = y - s.heightM / 2; v[2] = z;
        rotate(v, q, false);
        out.push(v[0]! + t.x, v[1]! + t.y, v[2]! + t.z);
      }
    }
  }
  return out;
}
