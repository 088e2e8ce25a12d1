// A turned solid with crisp edges where its profile turns sharply. three.js's LatheGeometry smooths
// every vertex's normal between the profile's two segments, so a can's rim and base shade as if
// rounded (it reads as a pill) and a glass's lip looks soft. Repeating a corner point gives each
// side of the corner its own normal (the segment between the twins has no length, so it adds none)
// and the lighting breaks there, as it does on a real rim.
import * as THREE from 'three';

// A turn of more than this between two segments of the profile is an edge, not a curve.
const CREASE_RAD = (35 * Math.PI) / 180;

export function creasedProfile(points: readonly THREE.Vector2[]): THREE.Vector2[] {
  const out: THREE.Vector2[] = [];
  points.forEach((p, i) => {
    out.push(p);
    const prev = points[i - 1], next = points[i + 1];
    if (!prev || !next) return;
    const a = Math.atan2(p.y - prev.y, p.x - prev.x), b = Math.atan2(next.y - p.y, next.x - p.x);
    const turn = Math.abs(Math.atan2(Math.sin(b - a), Math.cos(b - a)));
    if (turn > CREASE_RAD) out.push(p.clone());
  });
  return out;
}

export function creasedLathe(points: readonly THREE.Vector2[], segments: number): THREE.LatheGeometry {
  return new THREE.LatheGeometry(creasedProfile(points), segments);
}
