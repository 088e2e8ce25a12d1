// Turns "how far along" into what a progress bar shows: a fraction that never goes backwards and a
// remaining-time estimate from the pace so far (none until there is enough to go on), delivered at
// most every 100 ms so a fast ffmpeg does not flood the UI.
export type ProgressListener = (fraction: number, etaSec: number | null) => void;

const MIN_INTERVAL_MS = 100;
// Before this much work or time, any estimate is noise.
const MIN_FRACTION_FOR_ETA = 0.02;
const MIN_ELAPSED_MS_FOR_ETA = 1000;

export interface ProgressClock {
  report(fraction: number): void;
  // The final 1, always delivered.
  finish(): void;
}

export function createProgressClock(listener: ProgressListener | undefined, now: () => number = () => performance.now()): ProgressClock {
  const startedAt = now();
  let shown = 0;
  let lastEmit = -Infinity;
  const emit = (fraction: number, force: boolean): void => {
    if (!listener) return;
    const time = now();
    if (!force && time - lastEmit < MIN_INTERVAL_MS) return;
    lastEmit = time;
    const elapsed = time - startedAt;
    const eta = fraction >= 1 ? 0 : fraction >= MIN_FRACTION_FOR_ETA && elapsed >= MIN_ELAPSED_MS_FOR_ETA ? (elapsed * (1 - fraction)) / fraction / 1000 : null;
    listener(fraction, eta === null ? null : Math.round(eta * 10) / 10);
  };
  return {
    report(fraction) {
      const clamped = Math.min(1, Math.max(0, fraction));
      if (clamped < shown) return;
      shown = clamped;
      emit(clamped, false);
    },
    finish() {
      shown = 1;
      emit(1, true);
    },
  };
}
