// A tap's stream: the liquid comes out of the nozzle at a flow rate, as particles the solver already
// has. All of them exist from the start (a liquid never gains or loses particles), parked far out of
// the scene, one apart from another by more than the kernel's reach so that none feels another; at
// each step the ones due are placed at the outlet, a disc of them (the nozzle's cross-section on the
// liquid's lattice) every spacing the stream moves, falling from the outlet at the speed the flow
// needs through that disc. Only the solver's public arrays are written, between its steps.
// Released particles are the first ones (by index), so a frame lists only those in the scene.
import type { Vec3 } from '../../contract/scene-plan';
import { GRAVITY } from '../physics/constants';

export interface TapFlow {
  // The outlet's centre (world, m), its radius, the flow (m^3/s) and when it runs (s).
  outlet: Vec3;
  radiusM: number;
  flowM3PerSec: number;
  startSec: number;
  stopSec: number;
  // A dripping tap: one drop (one particle) every dripSec instead of a stream.
  dripSec?: number;
}

// Where the parked particles wait: this high above the scene, this far apart (m).
const PARK_Y = 500;
const PARK_PITCH_M = 0.2;

export class TapEmitter {
  // The particles the whole run releases, those in one layer, and the stream's speed at the outlet.
  readonly count: number;
  readonly layer: readonly (readonly [number, number])[];
  readonly speed: number;
  private readonly layers: number;

  constructor(readonly flow: TapFlow, readonly spacingM: number) {
    const s = spacingM;
    const reach = Math.floor(flow.radiusM / s);
    const disc: [number, number][] = [];
    if (flow.dripSec === undefined) {
      for (let i = -reach; i <= reach; i++) for (let j = -reach; j <= reach; j++) if (Math.hypot(i, j) * s <= flow.radiusM) disc.push([i * s, j * s]);
    }
    this.layer = disc.length > 0 ? disc : [[0, 0]];
    const openSec = Math.max(0, flow.stopSec - flow.startSec);
    const perSec = flow.dripSec === undefined ? flow.flowM3PerSec / (s * s * s * this.layer.length) : 1 / flow.dripSec;
    this.layers = Math.max(1, Math.floor(openSec * perSec));
    this.count = this.layers * this.layer.length;
    // A drop falls from rest; a stream leaves at the speed that carries a layer a spacing each 1/perSec.
    this.speed = flow.dripSec === undefined ? s * perSec : 0;
  }

  // The layers out of the outlet by time t.
  private layersBy(t: number): number {
    const perSec = this.flow.dripSec === undefined ? this.speed / this.spacingM : 1 / this.flow.dripSec;
    return Math.min(this.layers, Math.max(0, Math.floor((t - this.flow.startSec) * perSec + 1e-9)));
  }

  // The particles in the scene by time t.
  liveAt(t: number): number {
    return this.layersBy(t) * this.layer.length;
  }

  // Before a step at time t (the step before it was at tBefore): places the layers that left the
  // outlet since, where and as fast as they are now, and holds the rest still where they wait.
  release(x: Float64Array, v: Float64Array, tBefore: number, t: number): void {
    const perLayerSec = this.flow.dripSec ?? this.spacingM / this.speed;
    const [ox, oy, oz] = this.flow.outlet;
    for (let l = this.layersBy(tBefore); l < this.layersBy(t); l++) {
      // Layer l leaves the outlet once l + 1 layers have had the time to.
      const age = Math.max(0, t - (this.flow.startSec + (l + 1) * perLayerSec));
      const y = oy - this.spacingM / 2 - this.speed * age - 0.5 * GRAVITY * age * age;
      const vy = -(this.speed + GRAVITY * age);
      this.layer.forEach(([dx, dz], k) => {
        const i = l * this.layer.length + k;
        x[3 * i] = ox + dx; x[3 * i + 1] = y; x[3 * i + 2] = oz + dz;
        v[3 * i] = 0; v[3 * i + 1] = vy; v[3 * i + 2] = 0;
      });
    }
    this.park(x, v, this.liveAt(t));
  }

  // Particles from `from` on, parked out of the scene and still.
  park(x: Float64Array, v: Float64Array, from: number): void {
    const side = Math.ceil(Math.cbrt(this.count));
    for (let i = from; i < this.count; i++) {
      x[3 * i] = (i % side) * PARK_PITCH_M;
      x[3 * i + 1] = PARK_Y + (Math.floor(i / side) % side) * PARK_PITCH_M;
      x[3 * i + 2] = Math.floor(i / (side * side)) * PARK_PITCH_M;
      v[3 * i] = 0; v[3 * i + 1] = 0; v[3 * i + 2] = 0;
    }
  }
}

// The spacing a tap's liquid gets: the volume it lets out over `particles` particles.
export function tapSpacing(flow: TapFlow, particles: number, minM: number): number {
  const volume = flow.flowM3PerSec * Math.max(0.1, flow.stopSec - flow.startSec);
  return Math.max(minM, Math.cbrt(volume / particles));
}
