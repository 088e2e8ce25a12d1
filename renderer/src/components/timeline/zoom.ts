// Timeline zoom (pixels per second) and the ruler's tick spacing at a zoom.
export const MIN_PPS = 4;
export const MAX_PPS = 600;
export const DEFAULT_PPS = 64;

export function clampPps(pps: number): number {
  return Math.min(MAX_PPS, Math.max(MIN_PPS, pps));
}

// The zoom slider is logarithmic: 0..1000 maps to MIN_PPS..MAX_PPS.
const SLIDER_MAX = 1000;
export const ZOOM_SLIDER_MAX = SLIDER_MAX;

export function ppsToSlider(pps: number): number {
  return Math.round((Math.log(clampPps(pps) / MIN_PPS) / Math.log(MAX_PPS / MIN_PPS)) * SLIDER_MAX);
}

export function sliderToPps(value: number): number {
  return clampPps(MIN_PPS * Math.pow(MAX_PPS / MIN_PPS, value / SLIDER_MAX));
}

// Major tick steps (seconds) and their minor divisions; below a second, steps are whole frames.
const STEPS: ReadonlyArray<readonly [number, number]> = [
  [1, 4],
  [2, 4],
  [5, 5],
  [10, 5],
  [15, 3],
  [30, 3],
  [60, 6],
  [120, 4],
  [300, 5],
  [600, 5],
  [1800, 6],
];
// Timecode labels are wide: keep them apart.
const MIN_LABEL_SPACING_PX = 96;

export function rulerStep(pps: number, fps = 24): { major: number; minor: number } {
  for (const frames of [1, 2, 5, 10]) {
    const major = frames / fps;
    if (major * pps >= MIN_LABEL_SPACING_PX && frames < fps) return { major, minor: major / Math.min(frames, 5) };
  }
  for (const [major, divisions] of STEPS) {
    if (major * pps >= MIN_LABEL_SPACING_PX) return { major, minor: major / divisions };
  }
  return { major: 3600, minor: 600 };
}
