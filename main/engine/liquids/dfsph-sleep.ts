// Still water sleeps (dfsph.ts): a particle that has moved slower than SLEEP_SPEED for SLEEP_AFTER
// substeps in a row is frozen: its velocity is zero and it is neither solved for nor moved, but it
// stays in its neighbours' lists with the pressure it had (its kappas, carried over as an awake
// particle's are), so the awake water beside it rests on it as on a wall. It wakes when an awake
// neighbour moves faster than WAKE_SPEED, when a moving solid's wall comes within a kernel radius
// (its walls' speed), when its awake neighbours squeeze it (SQUEEZE), or when a solid pushes it
// (keepOut gave it a velocity). The native twin is native/liquid/src/dfsph-sleep.cc.
// The counts of still substeps are part of the liquid's state (the warm array after its tail:
// stillOffset), so a saved liquid resumes exactly.
import { MAX_NEIGHBOURS } from './neighbours';
import type { ParticleFluid } from './pbf';

// Below this speed (m/s) a particle counts as still; a still jug jitters at about 2 cm/s mean.
export const SLEEP_SPEED = 0.02;
// Substeps a particle must be still for in a row before it sleeps (two steps at the pour's three
// substeps a step).
export const SLEEP_AFTER = 6;
// An awake neighbour this fast (m/s) wakes a sleeper: well over SLEEP_SPEED, so the still water's
// own jitter at the edge of a sleeping region does not keep waking it.
export const WAKE_SPEED = 0.05;
// A sleeper its awake neighbours have squeezed this far past the density the solve aims at (a share
// of rest density; the solve holds awake water within 0.02% on the mean) wakes, so the awake water
// never packs against a frozen layer that would not give.
export const SQUEEZE = 0.01;

// Where each particle's count of still substeps starts in the warm array (after the two kappas and
// the tail: dfsph.ts's warmLength).
export const stillOffset = (n: number): number => 2 * n + 4;

// Which particles sleep through this substep (1) by their counts, after the wakes: reads the
// neighbour lists, walls and densities the substep found (factors), the velocities it starts with.
// A sleeper's wake depends only on what the particles were before the pass, so the order (and the
// native solver's threads) never changes which wake.
export function sleepers(f: ParticleFluid, warm: Float64Array, rho: Float64Array, target: Float64Array, asleep: Uint8Array): number {
  const { v, grid, wallGradV } = f;
  const n = f.n, still = stillOffset(n), wake2 = WAKE_SPEED * WAKE_SPEED;
  for (let i = 0; i < n; i++) asleep[i] = warm[still + i]! >= SLEEP_AFTER ? 1 : 0;
  let awake = 0;
  for (let i = 0; i < n; i++) {
    if (!asleep[i]) {
      awake++;
      continue;
    }
    let wake = wallGradV[i] !== 0 || rho[i]! - target[i]! > SQUEEZE;
    const base = i * MAX_NEIGHBOURS;
    for (let k = 0; !wake && k < grid.count[i]!; k++) {
      const j = grid.list[base + k]!;
      wake = !asleep[j] && v[3 * j]! * v[3 * j]! + v[3 * j + 1]! * v[3 * j + 1]! + v[3 * j + 2]! * v[3 * j + 2]! > wake2;
    }
    if (wake) warm[still + i] = 0;
  }
  for (let i = 0; i < n; i++) {
    if (asleep[i] && warm[still + i] === 0) {
      asleep[i] = 0;
      awake++;
    }
  }
  return awake;
}

// After the substep: each awake particle's count of still substeps, and those still long enough
// fall asleep (stopped); a sleeper a solid pushed (keepOut) wakes.
export function settle(f: ParticleFluid, warm: Float64Array, asleep: Uint8Array): void {
  const { v } = f;
  const n = f.n, still = stillOffset(n), sleep2 = SLEEP_SPEED * SLEEP_SPEED;
  for (let i = 0; i < n; i++) {
    const vx = v[3 * i]!, vy = v[3 * i + 1]!, vz = v[3 * i + 2]!;
    const s2 = vx * vx + vy * vy + vz * vz;
    if (asleep[i]) {
      if (s2 > 0) warm[still + i] = 0;
      continue;
    }
    const count = s2 < sleep2 ? warm[still + i]! + 1 : 0;
    warm[still + i] = count;
    if (count >= SLEEP_AFTER) v[3 * i] = v[3 * i + 1] = v[3 * i + 2] = 0;
  }
}

// How many particles sleep (as the last substep left them).
export function asleepCount(warm: Float64Array, n: number): number {
  const still = stillOffset(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (warm[still + i]! >= SLEEP_AFTER) count++;
  return count;
}

// True when every particle sleeps (the step can be passed over while no solid moves).
export const allAsleep = (warm: Float64Array, n: number): boolean => asleepCount(warm, n) === n;
