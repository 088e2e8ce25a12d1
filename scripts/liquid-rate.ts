// Why the liquid cannot step at 120 Hz at fine spacing, in figures: a jug of water standing still
// (a deep column, the pour's hardest case for the density solve) is stepped for half a second at
// several rates and iteration counts, and each prints how many particles left the jug, the fastest
// particle, how much the settled liquid is compressed (the volume below its surface against its
// particles' rest volume; and the volume its particles fill as they are packed, volume.ts) and the CPU time per simulated second. A rate that holds keeps every
// particle with its fastest under a few cm/s; one that does not bursts within a quarter second.
// Usage: node --import tsx scripts/liquid-rate.ts [particles] [hz x iterations ...]
//   e.g. node --import tsx scripts/liquid-rate.ts 7000 120x4 120x12 240x4 480x2
import { ContainerCollider, ContainerShape } from '../main/engine/liquids/container';
import { fillParticles } from '../main/engine/liquids/fill';
import { nativeSolverStatus } from '../main/engine/liquids/native-solver';
import { ParticleFluid } from '../main/engine/liquids/pbf';
import { liquidRate } from '../main/engine/liquids/scene-liquid';
import { FloorCollider } from '../main/engine/liquids/solids';
import { objectModule } from '../main/engine/objects';
import { liquidVolume } from '../main/engine/liquids/volume';
import { MIN_PHYSICS_HZ } from '../main/engine/physics/constants';

const SECONDS = 0.5;
const FILL = 0.6;
const SURFACE_PERCENTILE = 0.97;

interface Held {
  out: number;
  fastest: number;
  volumeRatio: number;
  // The particles' own volume (engine/liquids/volume.ts) over their rest volume.
  packedRatio: number;
  cpuPerSec: number;
}

export function stillJug(particles: number): { jug: ContainerCollider; fluid: (iterations: number) => ParticleFluid; spacingM: number } {
  const jug = new ContainerCollider(new ContainerShape(objectModule('jug')));
  jug.moveTo({ position: { x: 0, y: jug.shape.heightM / 2, z: 0 }, rotation: { x: 0, y: 0, z: 0, w: 1 } });
  const level = jug.shape.heightM * FILL;
  const spacingM = Math.cbrt(jug.shape.volumeBelow(level) / particles);
  const x = new Float64Array(fillParticles(jug, level, spacingM));
  const fluid = (iterations: number): ParticleFluid => {
    const f = new ParticleFluid(x, { spacingM, viscosity: 0.02, iterations, method: 'pbf' });
    f.colliders.push(jug, new FloorCollider(0));
    return f;
  };
  return { jug, fluid, spacingM };
}

function hold(particles: number, hz: number, iterations: number): Held {
  const { jug, fluid: make, spacingM } = stillJug(particles);
  const fluid = make(iterations);
  const cpu0 = process.cpuUsage();
  for (let s = 0; s < Math.round(SECONDS * hz); s++) fluid.step(1 / hz);
  const cpu = process.cpuUsage(cpu0);
  const local = [0, 0, 0];
  const heights: number[] = [];
  let fastest = 0;
  for (let i = 0; i < fluid.n; i++) {
    jug.toLocal(fluid.x[3 * i]!, fluid.x[3 * i + 1]!, fluid.x[3 * i + 2]!, local);
    if (jug.shape.isInside(Math.hypot(local[0]!, local[2]!), local[1]!)) heights.push(local[1]!);
    fastest = Math.max(fastest, Math.hypot(fluid.v[3 * i]!, fluid.v[3 * i + 1]!, fluid.v[3 * i + 2]!));
  }
  heights.sort((a, b) => a - b);
  const surface = heights[Math.floor(SURFACE_PERCENTILE * (heights.length - 1))]! + spacingM / 2;
  return {
    out: fluid.n - heights.length,
    fastest,
    volumeRatio: jug.shape.volumeBelow(surface) / (heights.length * spacingM ** 3),
    packedRatio: liquidVolume(fluid).ratio,
    cpuPerSec: (cpu.user + cpu.system) / 1e6 / SECONDS,
  };
}

const isMain = process.argv[1]?.endsWith('liquid-rate.ts');
if (isMain) {
  const particles = Number(process.argv[2] ?? 7000);
  const configs = process.argv.slice(3).length > 0 ? process.argv.slice(3) : ['120x4', '120x12', '240x4', '480x2'];
  const { spacingM, fluid } = stillJug(particles);
  const picked = liquidRate(spacingM, 1 / MIN_PHYSICS_HZ, 'pbf');
  console.info(`liquid solver: ${nativeSolverStatus()}`);
  console.info(`a still jug of ${fluid(1).n} particles (${(1000 * spacingM).toFixed(2)} mm apart), ${SECONDS} s; liquidRate picks ${picked.hz} Hz`);
  for (const config of configs) {
    const [hz, iterations] = config.split('x').map(Number) as [number, number];
    const held = hold(particles, hz, iterations);
    console.info(
      `${hz} Hz x ${iterations} iterations: ${held.out} particles out of the jug, fastest ${held.fastest.toFixed(2)} m/s, ` +
        `volume ${(100 * held.volumeRatio).toFixed(1)}% of rest below its surface, ${(100 * held.packedRatio).toFixed(1)}% as its particles pack, CPU ${held.cpuPerSec.toFixed(1)} s per simulated second`,
    );
  }
}
