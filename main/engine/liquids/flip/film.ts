// The FLIP liquid's particles the grid cannot carry: a film one or two particles thick on a tipped
// jug's wall. Its cell holds a few particles and the cell below it is behind the wall, so the face
// between them is blocked and holds the wall's speed (nought for a jug held still); the grid's
// velocity at a particle just over that face is near nought too, and the film hung on the wall (the
// pour "until full" left 62 of its 2.6k particles on the jug's wall at 5 s, none under DFSPH). Such
// a particle moves on its own velocity under gravity instead, and the colliders (advect.ts's
// settle: friction included) slide it down the wall. A cell with liquid below it (the top of a
// still glass, by its wall) is the grid's: its particles are held up by the liquid under them.
import { LIQUID, type FlipGrid } from './grid';

// Particles a cell holds at most for its particles to move on their own (of eight at rest), and
// their SPH density (walls included) at most, over rest: a particle deep by a round jug's wall is
// in a cell the wall leaves little of, with none below it, but packed as at rest it is the bulk's.
// Left on the jug's wall at 5 s of the pour "until full" (2.6k particles): 55 at a density of 0.6,
// 36 at 0.7, 13 at 0.85. With no bound on it a still jug's particles by its wall (0.7-0.9 where its
// lattice meets the round wall) fell through the liquid at 0.3 m/s; at 0.85 they settle, the jug's
// fastest particle at 0.002 m/s after 60 steps.
const FILM_MOST = 3;
const FILM_DENSITY = 0.85;

let counts = new Int32Array(0);

// out[i] = 1 for a particle of a film (cellOf: each particle's cell or -1; the cells marked;
// density: each one's at the last step's end).
export function markFilm(g: FlipGrid, cellOf: Int32Array, density: Float64Array, out: Uint8Array): void {
  if (counts.length < g.cells) counts = new Int32Array(g.cells);
  counts.fill(0, 0, g.cells);
  for (const c of cellOf) if (c >= 0) counts[c]!++;
  cellOf.forEach((c, i) => {
    out[i] = c >= 0 && counts[c]! <= FILM_MOST && density[i]! < FILM_DENSITY && (Math.floor(c / g.nx) % g.ny === 0 || g.kind[c - g.nx] !== LIQUID) ? 1 : 0;
  });
}
