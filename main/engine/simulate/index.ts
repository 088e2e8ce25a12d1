// Public surface of the simulator.
export { simulate, traceBodies, type SimulateOptions } from './simulate';
export { FLOOR_ID, hoopGeometry, rampGeometry, tableGeometry, RIM_HEIGHT, RIM_RADIUS } from './fixtures';
export type { Ground, HoopGeometry, RampGeometry, TableGeometry, BoxPart } from './fixtures';
export { personCapsule } from './schedule';
