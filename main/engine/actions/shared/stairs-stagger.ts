// Balls sent down a flight of stairs together, each in its own lane, go over its edge one after
// another: each after the first starts a little slower, all from the top tread (there is nothing
// behind the flight to start from).
export const STAIRS_STAGGER = 0.15;

// The share of the first ball's speed the i-th one starts with.
export const staggered = (i: number): number => Math.max(0.4, 1 - STAIRS_STAGGER * i);
