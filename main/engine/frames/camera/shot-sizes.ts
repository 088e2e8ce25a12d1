// How each shot size frames its subject, as a cinematographer's rules: the lens, how tightly the
// operator follows, and how much of the frame the subject fills. Wide: the whole action in frame,
// the main subject at least a quarter of the frame's height. Medium: the subject at least half of
// it (a person from the knees up). Close: a person's head and shoulders, or an object filling most
// of the frame. Frame heights are metres at the subject's distance. A thing (a book, a cup, a crate)
// is sized by what the frame shows of it, perspective counted: its share is how much of the frame's
// height it takes, or of its width where it lies across the frame, so a book on a table is framed as
// a book and not as if it were a person. A ball that is the subject ("a ball rolls") is framed the
// same way; a player with a ball is framed as a person (the ball in frame while it is theirs).
import type { CameraPlan } from '../../../contract/scene-plan';

export interface ShotSize {
  fovDeg: number;
  // Time constant of the critically damped follow (seconds): tighter shots follow more closely.
  followSec: number;
  // Frame height for a person of height H (metres), and for anything else of size s (a hoop, a ramp)
  // that is not a thing.
  personField: (H: number) => number;
  otherField: (s: number) => number;
  // The share of the frame a thing (or a ball that is the subject) fills.
  thingShare: number;
  // Wide shots fit everything in play between these frame heights (multiples of the subject's size);
  // a thing's wide shot widens for the action until the thing is down to `thingLeast` of the frame.
  fit: { min: number; max: number; thingLeast: number } | null;
  // Where a person's eyes sit, as a fraction of the frame height from the top (headroom).
  eyeLine: number;
  // The least a shot of someone's hand work shows (frame height, metres): the hands and what they
  // hold, not a glass alone. A wide shot shows the person doing it instead.
  workField: number | null;
  // How far round the things worked on the hands at work are kept in frame, as a share of the
  // things' size (at least HAND_REACH_MIN_M); null: the hands whole. A close-up or a medium shot of a
  // hand flicking a coin is cut at the fingers on it (whole, the hand was eight coins tall and the
  // coin a speck); a hand on a book is whole.
  workReach: number | null;
  // Things up to this share of a hand's length are cut at the fingers (workReach): a close-up of a
  // cup keeps only the fingers on it; a medium shot keeps the hand on a cup (cut at the fingers, the
  // frame of a tipping cup stayed put and the cup lay at 0.47 of the frame's height) but not on a coin.
  workReachBelow: number;
  // The least share of the frame a thing keeps while the frame widens for the landmarks beside it
  // (a glass a ball is dropped next to: camera/landmarks.ts); null: the shot does not widen for them
  // (a wide shot holds them with the action already; a close-up is of the thing).
  landmarkLeast: number | null;
}

export const HAND_REACH_MIN_M = 0.01;

// The smallest frame the lens fills (metres at the subject): a coin's close-up is a macro shot, with
// the lens a few centimetres from it (the camera's near plane is closer still).
export const MACRO_FIELD = 0.03;

export const SHOT_SIZES: Record<CameraPlan['shot'], ShotSize> = {
  wide: {
    fovDeg: 40,
    followSec: 0.55,
    personField: (H) => 2.2 * H,
    otherField: (s) => Math.max(3, 4 * s),
    // A thing's wide shot shows where it is, not only the thing: a book and the table it slides on.
    thingShare: 0.3,
    fit: { min: 1.7, max: 3.8, thingLeast: 0.26 },
    eyeLine: 0.3,
    workField: null,
    workReach: null,
    workReachBelow: 0,
    landmarkLeast: null,
  },
  medium: {
    fovDeg: 36,
    followSec: 0.35,
    personField: (H) => 0.78 * H,
    otherField: (s) => Math.max(1.2, 2 * s),
    thingShare: 0.55,
    fit: null,
    eyeLine: 0.24,
    workField: 0.5,
    // A medium shot of a coin is of the coin and the fingers on it, a little looser than a close-up
    // (the whole hand that flicks it kept the coin to a tenth of the frame at the start).
    workReach: 1,
    workReachBelow: 0.35,
    landmarkLeast: 0.3,
  },
  close: {
    fovDeg: 30,
    followSec: 0.22,
    personField: (H) => 0.3 * H,
    otherField: (s) => Math.max(0.4, 1.3 * s),
    thingShare: 0.8,
    fit: null,
    eyeLine: 0.36,
    // The things at work fill the frame: a coin is a macro shot with the fingers on it.
    workField: 0.06,
    workReach: 0.5,
    workReachBelow: 1,
    landmarkLeast: null,
  },
};
