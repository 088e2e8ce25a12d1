// Physical constants the simulator, the planners, the poses and the parser share: one home each.
import type { RigidBodyType } from '@dimforge/rapier3d-compat';

// Standard gravity (m/s^2), pointing down -y.
export const GRAVITY = 9.81;

// Physics runs at least this often (Hz), in a whole number of steps per video frame so every frame
// lands exactly on a step.
export const MIN_PHYSICS_HZ = 240;

// Collision groups (16-bit membership << 16 | 16-bit filter). A ball just released by a person
// ignores people until its flight is over, so it cannot clip the thrower's own body on the way up
// (the shot planner's small world has no people either, and the two must agree).
export const GROUP_ALL = 0xffffffff;
export const GROUP_PERSON = (0x0002 << 16) | 0xffff;
export const GROUP_RELEASED_BALL = (0x0001 << 16) | (0xffff & ~0x0002);

// How long after a release (or a kick) a ball keeps ignoring people (a shot waits for its outcome).
export const RELEASED_BALL_CLEAR_SEC = 0.4;

// Air at sea level and 15 C, and fresh water (kg/m^3): rain's drag and the sea's splashes.
export const AIR_DENSITY = 1.225;
export const WATER_DENSITY = 1000;
// Ice at 0 C (kg/m^3): it floats with 917/1000 of itself under fresh water.
export const ICE_DENSITY = 917;

// A Rapier contact whose gap is wider than this (m) is only predicted, not touching (rolling
// resistance and scrapes both ask whether two things really touch).
export const MAX_CONTACT_GAP_M = 0.003;

// Rapier's KinematicPositionBased body type, for hooks that move a planned body along a path (a tipped
// jug, a stirring spoon, a fixed tap). Written as its value so that reading a prompt, which loads the
// action modules, never loads Rapier itself (test/unit/registry.test.ts).
export const KINEMATIC_BODY = 2 as RigidBodyType;
// Rapier's Dynamic body type: a moved body let go (a spoon laid down) falls under physics again.
export const DYNAMIC_BODY = 0 as RigidBodyType;
