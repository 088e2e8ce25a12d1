// Zoom slider with out/in/fit buttons.
import { MAX_PPS, MIN_PPS, ZOOM_SLIDER_MAX, clampPps, ppsToSlider, sliderToPps } from './zoom';

interface ZoomControlProps {
  pixelsPerSecond: number;
  onChange(pps: number): void;
  onFit(): void;
  canFit: boolean;
}

export function ZoomControl({ pixelsPerSecond, onChange, onFit, canFit }: ZoomControlProps) {
  return (
    <div className="zoom-control">
      <button type="button" className="icon-button icon-button-small" onClick={() => onChange(clampPps(pixelsPerSecond / 1.5))} disabled={pixelsPerSecond <= MIN_PPS} aria-label="Zoom out" title="Zoom out (Ctrl+wheel)">
        −
      </button>
      <input
        type="range"
        className="zoom-slider"
        min={0}
        max={ZOOM_SLIDER_MAX}
        value={ppsToSlider(pixelsPerSecond)}
        onChange={(event) => onChange(sliderToPps(Number(event.target.value)))}
        aria-label="Timeline zoom"
        aria-valuetext={`${Math.round(pixelsPerSecond)} pixels per second`}
        data-testid="zoom-slider"
      />
      <button type="button" className="icon-button icon-button-small" onClick={() => onChange(clampPps(pixelsPerSecond * 1.5))} disabled={pixelsPerSecond >= MAX_PPS} aria-label="Zoom in" title="Zoom in (Ctrl+wheel)">
        +
      </button>
      <button type="button" className="button button-small button-ghost" onClick={onFit} disabled={!canFit} title="Fit the whole timeline in view" data-testid="zoom-fit-button">
        Fit
      </button>
    </div>
  );
}
