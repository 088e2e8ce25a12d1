// Timeline zoom (pixels per second) and the ruler's tick spacing at a zoom.
export const MIN_PPS = 8;
export const MAX_PPS = 480;
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

// Major tick step (seconds) and how many minor divisions it has.
const STEPS: ReadonlyArray<readonly [number, number]> = [
  [0.1, 5],
  [0.2, 4],
  [0.5, 5],
  [1, 5],
  [2, 4],
  [5, 5],
  [10, 5],
  [15, 3],
  [30, 3],
  [60, 6],
  [120, 4],
  [300, 5],
  [600, 5],
];
const MIN_LABEL_SPACING_PX = 80;

export function rulerStep(pps: number): { major: number; minor: number } {
  for (const [major, divisions] of STEPS) {
    if (major * pps >= MIN_LABEL_SPACING_PX) return { major, minor: major / divisions };
  }
  return { major: 600, minor: 120 };
}

export function formatRulerLabel(seconds: number, major: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds - m * 60;
  if (major < 1) {
    const whole = Math.floor(s + 1e-6);
    const tenths = Math.round((s - whole) * 10) % 10;
    return `${m}:${String(whole).padStart(2, '0')}.${tenths}`;
  }
  return `${m}:${String(Math.round(s)).padStart(2, '0')}`;
}
